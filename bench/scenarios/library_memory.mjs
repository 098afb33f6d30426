// storage_bytes: what IndexedDB holds for the whole library (the browser's usage estimate);
// heap_mb: the page's JavaScript heap after a garbage collection, once the library, All claims and
// the largest article have been opened.
import { settle } from '../lib/browser.mjs';
import { log } from '../lib/log.mjs';
import { openArticleFromLibrary } from '../lib/reader.mjs';

/** @param {import('../lib/record.mjs').Context} ctx */
export async function libraryMemory(ctx, { page, library }) {
  const estimate = await page.evaluate(() => navigator.storage.estimate());
  const bytes = estimate.usageDetails?.indexedDB ?? estimate.usage;
  ctx.bytes.storage_bytes = bytes;
  ctx.detail('storage_bytes', estimate);
  log(`storage_bytes: ${bytes} (IndexedDB; usage ${estimate.usage})`);

  // The library, then All claims, then the largest article, as a fact-checker would go.
  await page.goto(page.url().replace(/#.*$/, '#/'));
  await page.locator('h1', { hasText: /^Library$/ }).waitFor();
  await settle(page);
  await page.locator('nav a', { hasText: /^All claims$/ }).click();
  await page.locator('.claim-rows-list li').first().waitFor();
  await settle(page);
  await page.locator('nav a', { hasText: /^Library$/ }).click();
  await page.locator('#library-search').fill(library.largest.title);
  const paragraphs = 100;
  await openArticleFromLibrary(page, library.largest.title, paragraphs);
  await settle(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  ctx.bytes.heap_mb = usedSize;
  ctx.detail('heap_mb', { usedSize, totalSize });
  log(
    `heap_mb: ${Math.round(usedSize / 1e5) / 10} MB used (${Math.round(totalSize / 1e5) / 10} MB allocated)`,
  );
}
