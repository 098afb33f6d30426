// library_export: the library's "Export library" → "Verdict bundle" with 2,000 articles and
// 100,000 claims, from the click on the menu item to the download; library_import: that file
// imported through the import dialog into an empty browser, from the file choice to the painted
// "Imported…" status. Both report the page's longest frame meanwhile (the work stays in workers).
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { importThroughDialog, newPage, openApp, settle } from '../lib/browser.mjs';
import { direct, measureMainThread } from '../lib/instrument.mjs';
import { log, round } from '../lib/log.mjs';
import { TMP } from '../lib/paths.mjs';

/** One export of the whole library, saved to `saveAs`; checked against Playwright's download. */
async function measureExport(page, saveAs, around = direct) {
  await page
    .getByRole('main')
    .getByRole('button', { name: /^Export library/ })
    .click();
  const item = page.locator('[role=menuitem]', { hasText: /^Verdict bundle/ });
  await item.waitFor();
  await settle(page, 200);
  await page.evaluate(() => {
    const B = window.__bench;
    B.pending = B.nextEvent('click', (e) => Boolean(e.target.closest?.('[role=menuitem]'))).then(
      (t0) =>
        new Promise((resolveExport) => {
          B.mark('action');
          let progress = false;
          const observer = new MutationObserver(() => {
            progress ||= document.querySelector('progress, [role=progressbar]') !== null;
          });
          observer.observe(document.body, { subtree: true, childList: true });
          const onClick = (e) => {
            if (!(e.target instanceof HTMLAnchorElement) || !e.target.download) return;
            window.removeEventListener('click', onClick, true);
            observer.disconnect();
            B.mark('done');
            resolveExport({
              ms: e.timeStamp - t0,
              name: e.target.download,
              progressShown: progress,
              mainThread: B.loafBetween(t0, e.timeStamp),
            });
          };
          window.addEventListener('click', onClick, true);
        }),
    );
  });
  const box = await item.boundingBox();
  const { r, file } = await around(async () => {
    const download = page.waitForEvent('download', { timeout: 600_000 });
    await page.mouse.click(box.x + 20, box.y + box.height / 2);
    const downloaded = await download;
    return { r: await page.evaluate(() => window.__bench.pending), file: downloaded };
  });
  await file.saveAs(saveAs);
  await file.delete();
  await settle(page);
  return { ...r, bytes: statSync(saveAs).size };
}

/** @param {import('../lib/record.mjs').Context} ctx */
export async function libraryExport(ctx, { page, library }) {
  await page.goto(page.url().replace(/#.*$/, '#/'));
  await page.locator('h1', { hasText: /^Library$/ }).waitFor();
  const saveAs = join(TMP, 'data', 'library-export.verdict.json');
  const runs = Math.min(ctx.runs, 3);
  for (let run = 0; run < runs; run++) {
    const r = await measureExport(page, saveAs);
    ctx.record('library_export', r.ms, library.description.claims);
    ctx.detail('library_export', r);
    log(
      `library_export run ${run + 1}: ${round(r.ms)} ms, ${r.bytes} bytes, longest frame ${r.mainThread.longestMs} ms, progress ${r.progressShown ? 'shown' : 'not shown'}`,
    );
  }
  await measureMainThread(
    ctx,
    page,
    'library_export',
    'bench:done',
    (around) => measureExport(page, saveAs, around),
    1,
  );
  return saveAs;
}

/** @param {import('../lib/record.mjs').Context} ctx */
export async function libraryImport(ctx, file, library) {
  const runs = Math.min(ctx.runs, 3);
  let page = null;
  const fresh = async () => {
    if (page) await page.context().close();
    page = await newPage(ctx);
    await openApp(ctx, page);
    await settle(page);
  };
  for (let run = 0; run < runs; run++) {
    await fresh();
    const r = await importThroughDialog(page, file);
    ctx.record('library_import', r.ms, library.description.claims);
    ctx.detail('library_import', r);
    log(
      `library_import run ${run + 1}: ${round(r.ms)} ms (file → preview ${r.checkMs} ms, Import → "Imported" ${r.saveMs} ms), longest frame ${r.mainThread.longestMs} ms`,
    );
  }
  await measureMainThread(
    ctx,
    () => page,
    'library_import',
    'bench:done',
    async (around) => {
      await fresh();
      await importThroughDialog(page, file, around);
    },
    1,
  );
  await page.context().close();
}
