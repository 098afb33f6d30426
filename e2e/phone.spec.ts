import { expect, test, type Locator } from '@playwright/test';
import {
  BERCY_QUOTE,
  FRENCH_ARTICLE,
  addArticleFromText,
  articleText,
  claimCard,
  claimsPanel,
  expectNoViolations,
  openCard,
  selectPhrase,
} from './helpers';

// A phone (390x844, touch): the library, the reader and its claims sheet fit the screen, and a
// claim is made, judged and kept across a reload with the fingers only.

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** Every visible button (and navigation link) of a part of the page is at least 44 px high. */
async function expectTouchTargets(within: Locator, where: string): Promise<void> {
  const small = await within
    .locator('button:visible, nav a:visible, [role="menuitem"]:visible')
    .evaluateAll((targets) =>
      targets
        .map((target) => ({
          name: target.textContent?.trim() || target.getAttribute('aria-label'),
          box: target.getBoundingClientRect(),
        }))
        .filter(({ box }) => box.height < 44 - 0.5)
        .map(({ name, box }) => `${name} (${Math.round(box.height)} px)`),
    );
  expect(small, `targets under 44 px in ${where}`).toEqual([]);
}

/** Nothing of a part of the page is cut off at the sides of the screen. */
async function expectWithinWidth(within: Locator, where: string): Promise<void> {
  const overflow = await within.evaluate((el) => ({
    scroll: el.scrollWidth - el.clientWidth,
    right: Math.max(...[...el.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right)),
  }));
  expect(overflow.scroll, `horizontal overflow of ${where}`).toBeLessThanOrEqual(0);
  expect(overflow.right, `the right edge of ${where}`).toBeLessThanOrEqual(390);
}

test('from the library to a judged claim and back after a reload, on a phone', async ({ page }) => {
  await page.goto('/');
  await addArticleFromText(page, FRENCH_ARTICLE(), {
    title: 'Cloudwatt aurait lui-même demandé son audit',
    publisher: 'Next INpact',
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).tap();

  // The library: its articles as cards, its actions on screen.
  const library = page.getByRole('main');
  await expect(library.getByRole('link', { name: /^Cloudwatt aurait/ })).toBeVisible();
  await expectWithinWidth(library, 'the library');
  await expect(page.getByRole('button', { name: 'Add article' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: 'Menu' })).toBeInViewport({ ratio: 1 });
  await expectTouchTargets(page.locator('body'), 'the library');
  await page.getByRole('button', { name: 'Menu' }).tap();
  await expect(page.getByRole('menuitem', { name: 'Storage' })).toBeInViewport({ ratio: 1 });
  await expectTouchTargets(page.getByRole('menu'), 'the header menu');
  await page.keyboard.press('Escape');

  // The reader: its header fits, its claims are a sheet at half height.
  await library.getByRole('link', { name: /^Cloudwatt aurait/ }).tap();
  await expect(articleText(page)).toBeVisible();
  await expectWithinWidth(page.getByRole('main'), 'the reader');
  for (const name of ['Find', 'More actions']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
  }

  // Words selected (as a long press does): the verdict toolbar shows whole, on screen.
  await selectPhrase(page, BERCY_QUOTE);
  const toolbar = page.getByRole('toolbar', { name: 'Mark the selection as a claim' });
  await expect(toolbar).toBeInViewport({ ratio: 1 });
  await expectTouchTargets(toolbar, 'the verdict toolbar');
  await toolbar.getByRole('button', { name: /Disputed/ }).tap();
  const card = claimCard(page, 'disputed', BERCY_QUOTE);
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect(card.getByRole('group', { name: 'Verdict' })).toBeInViewport({ ratio: 1 });
  await expect(card.getByRole('button', { name: BERCY_QUOTE })).toBeInViewport({ ratio: 1 });
  await expectTouchTargets(claimsPanel(page), 'the claims sheet');
  await expectNoViolations(page, 'the reader on a phone, with its sheet and a selected card');
  await page.getByRole('button', { name: 'More actions' }).tap();
  await expect(page.getByRole('menuitem', { name: 'Edit details' })).toBeInViewport();
  await expectNoViolations(page, "the reader's menu on a phone");
  await page.keyboard.press('Escape');

  // The sheet is dragged to full height, then tapped down to its header.
  const handle = page.getByRole('button', { name: 'Resize the claims panel' });
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, 120, { steps: 8 });
  await page.mouse.up();
  await expect(handle).toHaveAttribute('data-size', 'full');
  await expect(card.getByLabel('Rationale')).toBeInViewport();
  await card.getByLabel('Rationale').fill('Démenti publié par Cloudwatt le lendemain.');
  await card.getByRole('group', { name: 'Verdict' }).getByText('Confirmed').tap();
  const judged = claimCard(page, 'confirmed', BERCY_QUOTE);
  await expect(judged.getByRole('radio', { name: 'Confirmed' })).toBeChecked();
  await expect(judged.getByRole('status')).toHaveText('Saved');
  await handle.tap();
  await expect(handle).toHaveAttribute('data-size', 'collapsed');
  await expect(articleText(page)).toBeInViewport();

  await page.reload();
  await expect(articleText(page)).toBeVisible();
  const after = claimCard(page, 'confirmed', BERCY_QUOTE);
  await expect(after.getByRole('radio', { name: 'Confirmed' })).toBeChecked();
  await openCard(after);
  await expect(after.getByLabel('Rationale')).toHaveValue(
    'Démenti publié par Cloudwatt le lendemain.',
  );
});
