// The Verdict benchmark (npm run bench): builds and serves the app, runs the chosen scenarios in
// Chromium and writes the results; see bench/README.md.
//
//   node bench/run.mjs [--runs=5] [--profile] [--only=open_article,add_claim,...] [--skip-build]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from './generate.mjs';
import { generateLibrary } from './generate-library.mjs';
import { launch } from './lib/browser.mjs';
import { log } from './lib/log.mjs';
import { APP_DIR, BASE, TMP } from './lib/paths.mjs';
import { loadSourceMaps } from './lib/profile.mjs';
import { createContext } from './lib/record.mjs';
import { report, writeResults } from './lib/report.mjs';
import { build, startServer } from './lib/serve.mjs';
import * as stages from './lib/stages.mjs';
import { teamStage } from './lib/team.mjs';
import { addClaim } from './scenarios/add_claim.mjs';
import { allClaims } from './scenarios/all_claims.mjs';
import { anchorExact } from './scenarios/anchor_exact.mjs';
import { anchorFuzzy } from './scenarios/anchor_fuzzy.mjs';
import { controlPanel } from './scenarios/control_panel.mjs';
import { controlStorage } from './scenarios/control_storage.mjs';
import { exportBundle } from './scenarios/export_bundle.mjs';
import { filterClaims } from './scenarios/filter_claims.mjs';
import { importBundle } from './scenarios/import_bundle.mjs';
import { inputFloor } from './scenarios/input_floor.mjs';
import { jsGzip } from './scenarios/js_gzip.mjs';
import { keystrokeEdit } from './scenarios/keystroke_edit.mjs';
import { libraryExport, libraryImport } from './scenarios/library_exchange.mjs';
import { libraryMemory } from './scenarios/library_memory.mjs';
import { libraryOpen } from './scenarios/library_open.mjs';
import { librarySearch } from './scenarios/library_search.mjs';
import { openArticle } from './scenarios/open_article.mjs';
import { scrollJump } from './scenarios/scroll_jump.mjs';
import { syncChange, syncFirstLoad } from './scenarios/sync.mjs';

const args = process.argv.slice(2);
const arg = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const only = arg('only')?.split(',');
const options = {
  runs: Number(arg('runs') ?? 5),
  profile: args.includes('--profile'),
  only,
  wanted: (name) => !only || only.includes(name),
};
/** The measurements taken in the reader, on the 5,000-claim article. */
const READER = [
  'open_article',
  'paint_floor',
  'add_claim',
  'scroll_jump',
  'keystroke_edit',
  'filter_claims',
];

/** The measurements taken on the library of 2,000 articles and 100,000 claims. */
const LIBRARY = [
  'library_open',
  'library_search',
  'all_claims_open',
  'all_claims_filter',
  'storage_bytes',
  'heap_mb',
  'library_export',
  'library_import',
];

/** The team sync measurements, through the bench's own team server (lib/team.mjs). */
const SYNC = ['sync_first_load', 'sync_change'];

/** The library-scale scenarios, on the generated library; the load is noted at each phase. */
async function runLibrary(ctx, library) {
  const { wanted } = ctx;
  const stage = await stages.libraryScaleStage(ctx, library);
  const phase = async (names, fn) => {
    if (!names.some(wanted)) return undefined;
    ctx.noteLoad(names[0]);
    return fn();
  };
  await phase(['library_open'], () => libraryOpen(ctx, stage));
  await phase(['library_search'], () => librarySearch(ctx, stage));
  await phase(['all_claims_open', 'all_claims_filter'], () => allClaims(ctx, stage));
  await phase(['storage_bytes', 'heap_mb'], () => libraryMemory(ctx, stage));
  const exported = await phase(['library_export', 'library_import'], () =>
    libraryExport(ctx, stage),
  );
  await stage.page.context().close();
  await phase(['library_import'], () => libraryImport(ctx, exported, library));
}

/** Runs the wanted scenarios, grouped by the page they share, in a fixed order. */
async function runScenarios(ctx, inputs, library) {
  const { wanted } = ctx;
  if (wanted('js_gzip')) {
    const stage = await stages.libraryStage(ctx, inputs);
    await jsGzip(ctx, stage);
    await stage.page.context().close();
  }
  if (wanted('anchor_exact') || wanted('anchor_fuzzy')) {
    const stage = await stages.anchorStage(ctx, inputs);
    if (wanted('anchor_exact')) await anchorExact(ctx, stage);
    if (wanted('anchor_fuzzy')) {
      ctx.noteLoad('anchor_fuzzy');
      await anchorFuzzy(ctx, stage);
    }
    await stage.page.context().close();
  }
  // The load average is noted as each measurement starts (phase = its name).
  const step = async (name, fn) => {
    if (!wanted(name)) return;
    ctx.noteLoad(name);
    await fn();
  };
  if (READER.some(wanted)) {
    const stage = await stages.readerStage(ctx, inputs);
    if (wanted('open_article') || wanted('paint_floor')) {
      ctx.noteLoad('open_article');
      await openArticle(ctx, stage);
    }
    await stages.openReader(ctx, stage);
    if (ctx.profile) await controlStorage(ctx, stage);
    await step('add_claim', async () => {
      await inputFloor(ctx, stage);
      await addClaim(ctx, stage);
    });
    await step('scroll_jump', () => scrollJump(ctx, stage));
    await step('keystroke_edit', () => keystrokeEdit(ctx, stage));
    if (ctx.profile) await controlPanel(ctx, stage);
    await step('filter_claims', () => filterClaims(ctx, stage));
    await stage.page.context().close();
  }
  if (wanted('import_bundle') || wanted('export_bundle')) {
    // import_bundle always runs here: export_bundle exports what it imported.
    const stage = stages.importStage(ctx, inputs);
    ctx.noteLoad('import_bundle');
    await importBundle(ctx, stage);
    await step('export_bundle', () => exportBundle(ctx, stage));
    await stage.page.context().close();
  }
  if (SYNC.some(wanted)) {
    const stage = await teamStage(ctx, inputs);
    try {
      await step('sync_first_load', () => syncFirstLoad(ctx, stage));
      await step('sync_change', () => syncChange(ctx, stage));
    } finally {
      await stage.page.context().close();
      await stage.team.stop();
    }
  }
  if (LIBRARY.some(wanted)) await runLibrary(ctx, library);
}

async function main() {
  const started = Date.now();
  mkdirSync(TMP, { recursive: true });
  if (!args.includes('--skip-build')) build();
  const ctx = createContext(options, await loadSourceMaps(join(APP_DIR, 'assets')));
  const inputs = generate(join(TMP, 'data'));
  log('inputs', inputs.description);
  const library = LIBRARY.some(options.wanted) ? generateLibrary(join(TMP, 'data')) : null;
  if (library) log('library', library.description);
  const server = await startServer();
  log(`serving the production build on ${BASE}`);
  let failure = null;
  try {
    ctx.browser = await launch();
    await runScenarios(ctx, inputs, library);
  } catch (error) {
    failure = error;
  } finally {
    await ctx.browser?.close().catch(() => {});
    await server.stop();
  }
  const results = report(ctx);
  writeResults(ctx, results, { failed: Boolean(failure), inputs, library, started });
  if (failure) throw failure;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
