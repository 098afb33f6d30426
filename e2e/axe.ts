import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Checks a screen against axe's WCAG 2.1 A and AA rules, softly (every scene is checked and
 * reported, even after one fails), one line per violation and element: rule, what it asks, where.
 */
export async function expectNoViolations(page: Page, scene: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}: ${v.help}) at ${n.target.join(' ')}`),
  );
  expect.soft(found, `axe violations on ${scene}`).toEqual([]);
}
