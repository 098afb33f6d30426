import { expect, type Locator, type Page } from '@playwright/test';
import { claimsPanel } from './helpers';

// The layout spec's checks: a card shown whole, scrollers that do not scroll the page.

/** Where a card's quote and verdict buttons are, against the panel's visible part. */
export async function expectShownWhole(page: Page, card: Locator): Promise<void> {
  await expect(card).toHaveAttribute('aria-current', 'true');
  const panel = claimsPanel(page);
  const header = panel.locator('header').first();
  const parts = [card.getByRole('button').first(), card.getByRole('group', { name: 'Verdict' })];
  await expect
    .poll(async () => {
      const [panelBox, headerBox] = [await panel.boundingBox(), await header.boundingBox()];
      const viewport = page.viewportSize()!;
      const top = headerBox!.y + headerBox!.height;
      const bottom = Math.min(panelBox!.y + panelBox!.height, viewport.height);
      const hidden: string[] = [];
      for (const part of parts) {
        const box = await part.boundingBox();
        if (!box || box.y < top - 1 || box.y + box.height > bottom + 1) {
          hidden.push(`${await part.evaluate((el) => el.tagName)} ${JSON.stringify(box)}`);
        }
      }
      return hidden.length === 0 ? 'shown' : `${hidden.join(', ')} outside ${top}–${bottom}`;
    })
    .toBe('shown');
}

/** Scrolls the claims panel to its end, so that an early card is out of view. */
export async function scrollPanelToEnd(page: Page): Promise<void> {
  await claimsPanel(page).evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
}

/** Chooses one of the reader's actions, from its menu on a phone. */
export async function readerAction(page: Page, name: string): Promise<void> {
  const more = page.getByRole('button', { name: 'More actions' });
  if (await more.isVisible()) {
    await more.click();
    await page.getByRole('menuitem', { name }).click();
  } else await page.getByRole('button', { name, exact: true }).click();
}

/** Opens Settings or Storage, from the header's menu on a phone. */
export async function headerAction(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) {
    await menu.click();
    await page.getByRole('menuitem', { name }).click();
  } else {
    // Storage says "!" after its name when the browser may evict the data.
    const button = page.getByRole('banner').getByRole('button', { name: new RegExp(`^${name}`) });
    await button.click();
  }
}

/** The page never scrolls: its scroll position is 0 and the header is wholly on screen. */
export async function expectFixed(page: Page, where: string): Promise<void> {
  const page_ = await page.evaluate(() => {
    const root = document.scrollingElement!;
    return { top: root.scrollTop, left: root.scrollLeft, body: document.body.scrollTop };
  });
  expect(page_, `the page's scroll position, ${where}`).toEqual({ top: 0, left: 0, body: 0 });
  await expect(page.getByRole('banner').first(), `the header, ${where}`).toBeInViewport({
    ratio: 1,
  });
}

/** Wheels well past both ends of what is under a locator, then checks the page stayed put. */
export async function wheelPast(page: Page, target: Locator, where: string): Promise<void> {
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40));
  for (const dy of [4000, 4000, 4000, -4000, -4000, -4000, 4000]) await page.mouse.wheel(0, dy);
  await page.waitForTimeout(100);
  await expectFixed(page, where);
}
