import { expect, test } from '@playwright/test';
import {
  BERCY_QUOTE,
  FRENCH_ARTICLE,
  addArticleFromText,
  paintedTexts,
  selectPhrase,
} from './helpers';

test('after one visit the app opens, annotates and keeps work with the network off', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  // The service worker precaches everything while it installs; `ready` means it is active.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();

  await addArticleFromText(page, FRENCH_ARTICLE(), { title: 'Cloudwatt hors ligne' });
  await selectPhrase(page, BERCY_QUOTE);
  await page.keyboard.press('d');
  await expect(page.getByRole('article', { name: `Disputed claim: ${BERCY_QUOTE}` })).toBeVisible();
  await expect(page.getByText('All changes saved')).toBeVisible();

  const again = await page.reload();
  expect(again?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { name: 'Cloudwatt hors ligne' })).toBeVisible();
  await expect(page.getByRole('article', { name: `Disputed claim: ${BERCY_QUOTE}` })).toBeVisible();
  await expect.poll(() => paintedTexts(page)).toMatchObject({ disputed: [BERCY_QUOTE] });

  await page.getByRole('link', { name: '← Library' }).click();
  await expect(page.getByRole('link', { name: 'Cloudwatt hors ligne' })).toBeVisible();
});

test('the web manifest makes the app installable', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ name: expect.stringContaining('Verdict'), start_url: '/' });
  expect(manifest.theme_color).toMatch(/^#/);
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    expect((await request.get(icon.src)).ok()).toBe(true);
  }
});
