// The pages that groups of scenarios share (`stage`: `{ page, inputs }`), prepared once per group.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importThroughDialog, newPage, openApp, settle } from './browser.mjs';
import { instrument } from './instrument.mjs';
import { log, round } from './log.mjs';
import { ANCHOR_DIR } from './paths.mjs';
import { backToLibrary, openArticleFromLibrary } from './reader.mjs';

/** The library page (js_gzip loads it itself). */
export async function libraryStage(ctx, inputs) {
  ctx.noteLoad('jsgzip');
  return { page: await newPage(ctx), inputs };
}

/** The anchoring page (bench/anchor-page.html, built into bench/.tmp/anchor) with its data. */
export async function anchorStage(ctx, inputs) {
  const data = JSON.parse(readFileSync(inputs.files.anchors, 'utf8'));
  ctx.noteLoad('anchors');
  const page = await newPage(ctx);
  await page.route('http://anchor.bench/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join(ANCHOR_DIR, decodeURIComponent(path));
    const type = path.endsWith('.js') ? 'text/javascript' : 'text/html';
    return route.fulfill({ body: readFileSync(file), contentType: type });
  });
  await page.goto('http://anchor.bench/anchor-page.html');
  await page.waitForFunction(() => window.benchAnchor);
  await page.evaluate((d) => (window.benchData = d), data);
  return { page, inputs, data };
}

/** The library with the 5,000-claim bundle imported through the import dialog. */
export async function readerStage(ctx, inputs) {
  ctx.noteLoad('reader');
  const page = await newPage(ctx);
  await openApp(ctx, page);
  const imported = await importThroughDialog(page, inputs.files.bundle);
  ctx.detail('import_5000 (setup)', imported);
  log(`imported ${inputs.description.claims} claims in ${round(imported.ms)} ms (setup)`);
  return { page, inputs };
}

/**
 * Opens the 5,000-claim article for the reader's scenarios; with --profile, the opening is
 * first profiled and traced (whichever measurements are wanted).
 */
export async function openReader(ctx, { page, inputs }) {
  const { article, description } = inputs;
  await instrument(
    ctx,
    () => page,
    'open_article',
    async (around) => {
      await openArticleFromLibrary(page, article.title, description.paragraphs, around);
      await backToLibrary(page);
    },
  );
  await openArticleFromLibrary(page, article.title, description.paragraphs);
  await settle(page);
}

/**
 * The library of 2,000 articles and 100,000 claims (bench/generate-library.mjs), imported through
 * the import dialog into a fresh browser profile.
 */
export async function libraryScaleStage(ctx, library) {
  ctx.noteLoad('library setup');
  const page = await newPage(ctx);
  page.setDefaultTimeout(600_000);
  await openApp(ctx, page);
  const imported = await importThroughDialog(page, library.file);
  ctx.detail('library import (setup)', imported);
  log(
    `imported ${library.description.articles} articles and ${library.description.claims} claims in ${round(imported.ms)} ms (setup)`,
  );
  await settle(page);
  return { page, library };
}

/** No page yet: import_bundle opens one per run and leaves the last one to export_bundle. */
export function importStage(ctx, inputs) {
  ctx.noteLoad('importexport');
  return { page: null, inputs };
}
