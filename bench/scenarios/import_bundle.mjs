// import_bundle: 10,000 claims imported through the import dialog in a fresh browser profile
// each run, from the file choice to the painted "Imported…" status.
import { importThroughDialog, newPage, openApp, settle } from '../lib/browser.mjs';
import { instrument, measureMainThread } from '../lib/instrument.mjs';
import { log, round } from '../lib/log.mjs';

/**
 * Leaves `stage.page` on the last run's page (the 10,000 claims imported) for export_bundle.
 * @param {import('../lib/record.mjs').Context} ctx
 */
export async function importBundle(ctx, stage) {
  const { files, description } = stage.inputs;
  const freshLibrary = async () => {
    if (stage.page) await stage.page.context().close();
    stage.page = await newPage(ctx);
    await openApp(ctx, stage.page);
    await settle(stage.page);
  };
  for (let run = 0; run < ctx.runs; run++) {
    await freshLibrary();
    const r = await importThroughDialog(stage.page, files.bigBundle);
    ctx.record('import_bundle', r.ms, description.importClaims);
    ctx.detail('import_bundle', r);
    log(
      `import_bundle run ${run + 1}: ${round(r.ms)} ms (file → preview ${r.checkMs} ms, Import → "Imported" ${r.saveMs} ms)`,
    );
  }
  await measureMainThread(
    ctx,
    () => stage.page,
    'import_bundle',
    'bench:done',
    async (around) => {
      await freshLibrary();
      await importThroughDialog(stage.page, files.bigBundle, around);
    },
  );
  await instrument(
    ctx,
    () => stage.page,
    'import_bundle (main thread only)',
    async (around) => {
      await freshLibrary();
      await importThroughDialog(stage.page, files.bigBundle, around);
    },
  );
}
