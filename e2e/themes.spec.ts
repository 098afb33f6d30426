import { expect, test, type Page } from '@playwright/test';
import {
  BERCY_QUOTE,
  FRENCH_ARTICLE,
  addArticleFromText,
  claimCard,
  expectNoViolations,
  markPhrase,
  openCard,
  selectPhrase,
} from './helpers';

// The dark theme follows the system, or the choice made in Settings (kept in this browser and
// applied before the first paint); both themes pass axe's WCAG 2.1 A and AA rules, the
// verdicts' colours included.

/** The page's background colour, as the browser computes it. */
const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** Whether a computed colour is dark (its channels' mean under the middle). */
const isDark = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return (r! + g! + b!) / 3 < 128;
};

test.describe('with the system in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('every screen is dark and passes axe', async ({ page }) => {
    await page.goto('/');
    expect(isDark(await background(page))).toBe(true);
    await expectNoViolations(page, 'the empty library, dark');
    await addArticleFromText(page, FRENCH_ARTICLE(), {
      title: 'Cloudwatt aurait lui-même demandé son audit',
      publisher: 'Next INpact',
    });
    await markPhrase(page, BERCY_QUOTE, 'disputed');
    await markPhrase(page, 'Patrick Starck', 'confirmed');
    await markPhrase(page, 'Une affaire à suivre.', 'unverified');
    await openCard(claimCard(page, 'disputed', BERCY_QUOTE));
    await claimCard(page, 'disputed', BERCY_QUOTE)
      .getByRole('button', { name: 'Send for review' })
      .click();
    await selectPhrase(page, 'Pierre Paperon');
    await expectNoViolations(page, 'the reader with claims, a selected card and the toolbar, dark');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'All claims' })
      .click();
    await expect(page.getByRole('list', { name: 'Claims' }).getByRole('link')).toHaveCount(3);
    await expectNoViolations(page, 'All claims, dark');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Library' })
      .click();
    await expect(page.getByRole('link', { name: /^Cloudwatt aurait/ })).toBeVisible();
    await expectNoViolations(page, 'the library, dark');
    await page.getByRole('banner').getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
    await expectNoViolations(page, 'the settings dialog, dark');
  });

  test('Settings chooses the light theme, kept after a reload', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('banner').getByRole('button', { name: 'Settings', exact: true }).click();
    const theme = page.getByRole('dialog', { name: 'Settings' }).getByLabel('Theme');
    await expect(theme).toHaveValue('system');
    await theme.selectOption({ label: 'Light' });
    // Applied at once, before the form is saved.
    await expect.poll(async () => isDark(await background(page))).toBe(false);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(isDark(await background(page))).toBe(false);
    await expectNoViolations(page, 'the library, light on a dark system');
  });
});

test('Settings chooses the dark theme on a light system, and back to the system', async ({
  page,
}) => {
  await page.goto('/');
  expect(isDark(await background(page))).toBe(false);
  await page.getByRole('banner').getByRole('button', { name: 'Settings', exact: true }).click();
  const theme = page.getByRole('dialog', { name: 'Settings' }).getByLabel('Theme');
  await theme.selectOption({ label: 'Dark' });
  await expect.poll(async () => isDark(await background(page))).toBe(true);
  await page.reload();
  // The choice applies before the app starts: the attribute is set by a script in <head>.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(isDark(await background(page))).toBe(true);
  await page.getByRole('banner').getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Theme').selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  await expect.poll(async () => isDark(await background(page))).toBe(false);
});
