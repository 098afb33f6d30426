// export_bundle: the reader's Export menu → "Verdict bundle" with the 10,000-claim article open,
// from the click on the menu item to the click on the download link.
import { statSync } from 'node:fs';
import { settle } from '../lib/browser.mjs';
import { direct, instrument, measureMainThread } from '../lib/instrument.mjs';
import { log, round } from '../lib/log.mjs';
import { openArticleFromLibrary, readerButton } from '../lib/reader.mjs';

/** One export, checked against Playwright's download event. */
async function measureExport(page, around = direct) {
  await readerButton(page, 'Export').click();
  const item = page.locator('[role=menuitem]', { hasText: /^Verdict bundle/ });
  await item.waitFor();
  await settle(page, 200);
  await page.evaluate(() => {
    const B = window.__bench;
    B.pending = B.nextEvent('click', (e) => Boolean(e.target.closest?.('[role=menuitem]'))).then(
      (t0) =>
        new Promise((resolveExport) => {
          B.mark('action');
          const onClick = (e) => {
            if (!(e.target instanceof HTMLAnchorElement) || !e.target.download) return;
            window.removeEventListener('click', onClick, true);
            B.mark('done');
            resolveExport({
              ms: e.timeStamp - t0,
              name: e.target.download,
              mainThread: B.loafBetween(t0, e.timeStamp),
            });
          };
          window.addEventListener('click', onClick, true);
        }),
    );
  });
  const box = await item.boundingBox();
  let nodeMs = 0;
  const { r, file } = await around(async () => {
    const download = page.waitForEvent('download');
    const started = Date.now();
    await page.mouse.click(box.x + 20, box.y + box.height / 2);
    const downloaded = await download;
    nodeMs = Date.now() - started;
    return { r: await page.evaluate(() => window.__bench.pending), file: downloaded };
  });
  const bytes = statSync(await file.path()).size;
  await file.delete();
  await settle(page);
  return { ...r, bytes, nodeSideMs: nodeMs };
}

/**
 * Runs on the page import_bundle leaves (the 10,000 claims imported).
 * @param {import('../lib/record.mjs').Context} ctx
 */
export async function exportBundle(ctx, { page, inputs }) {
  const { bigArticle, description } = inputs;
  const open = await openArticleFromLibrary(page, bigArticle.title, description.paragraphs);
  ctx.detail('open_article with 10,000 claims (setup of export)', open);
  log(`opened the 10,000-claim article in ${round(open.ms)} ms (setup)`);
  await settle(page);
  for (let run = 0; run < ctx.runs; run++) {
    const r = await measureExport(page);
    ctx.record('export_bundle', r.ms, description.importClaims);
    ctx.detail('export_bundle', r);
    log(`export_bundle run ${run + 1}: ${round(r.ms)} ms, ${r.bytes} bytes (${r.name})`);
  }
  await measureMainThread(ctx, page, 'export_bundle', 'bench:done', (around) =>
    measureExport(page, around),
  );
  await instrument(
    ctx,
    () => page,
    'export_bundle',
    (around) => measureExport(page, around),
  );
}
