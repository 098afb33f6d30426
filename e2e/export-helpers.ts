import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { openCard } from './helpers';

/** Opens Settings from the header, lets `fill` change the form, saves and waits for it to close. */
export async function changeSettings(
  page: Page,
  fill: (dialog: Locator) => Promise<void>,
  names = { settings: 'Settings', save: /^Save/ },
): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: names.settings, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: names.settings });
  await fill(dialog);
  await dialog.getByRole('button', { name: names.save }).click();
  await expect(dialog).toHaveCount(0);
}

/** Sets the name recorded on claims and approvals. */
export async function setReviewer(page: Page, name: string): Promise<void> {
  await changeSettings(page, (dialog) => dialog.getByLabel('Your name').fill(name));
}

/** A reviewer in a browser context of their own, on the library, named when `name` is given. */
export async function reviewerPage(browser: Browser, name?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/');
  if (name !== undefined) await setReviewer(page, name);
  return page;
}

/** Sets the fact-check URL template that ClaimReview exports need. */
export async function setFactCheckTemplate(page: Page, template: string): Promise<void> {
  await changeSettings(page, (dialog) =>
    dialog.getByLabel('Fact-check URL template').fill(template),
  );
}

/** A downloaded export: its file name, path and bytes. */
export interface Exported {
  name: string;
  path: string;
  bytes: Buffer;
  text: string;
}

/**
 * Exports from a menu button ("Export ▾" in the reader): picks the format, and for a format
 * with choices lets `choose` set them in the export dialog before Download.
 */
export async function exportAs(
  page: Page,
  item: RegExp,
  options: {
    menu?: string;
    download?: string;
    choose?: (dialog: Locator) => Promise<void>;
  } = {},
): Promise<Exported> {
  await page.getByRole('button', { name: options.menu ?? 'Export ▾' }).click();
  // Listening before the click: a format without choices downloads at once.
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const dialog = page.getByRole('dialog', { name: /^(Export|Exporter)/ });
  if (!/bundle/i.test(item.source)) {
    const button = dialog.getByRole('button', { name: options.download ?? 'Download' });
    await expect(dialog.getByText(/^(Counting the claims|Décompte des affirmations)/)).toHaveCount(
      0,
    );
    await options.choose?.(dialog);
    await expect(button).toBeEnabled();
    await button.click();
  }
  const file = await download;
  const path = test.info().outputPath(`${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  await expect(dialog).toHaveCount(0);
  const bytes = readFileSync(path);
  return { name: file.suggestedFilename(), path, bytes, text: bytes.toString('utf8') };
}

/** Exports the open article as a Verdict bundle; gives the downloaded file's path. */
export async function exportBundle(page: Page): Promise<string> {
  return (await exportAs(page, /^Verdict bundle/)).path;
}

/** Sends a claim's card for review (opening it first). */
export async function sendForReview(card: Locator): Promise<void> {
  await openCard(card);
  const review = card.getByRole('group', { name: 'Review' });
  await review.getByRole('button', { name: 'Send for review' }).click();
  await expect(review).toContainText('In review');
}

/** Approves a claim in review (opening its card first). */
export async function approve(card: Locator): Promise<void> {
  await openCard(card);
  const review = card.getByRole('group', { name: 'Review' });
  await review.getByRole('button', { name: 'Approve' }).click();
  await expect(review).toContainText('Approved');
}
