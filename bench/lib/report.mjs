// The printed table (median, min–max, target) and the results files: bench/results.json, or
// bench/.tmp/results-partial.json, and bench/.tmp/details.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAIN_THREAD_RUNS } from './instrument.mjs';
import { round } from './log.mjs';
import { BENCH, ROOT, TMP } from './paths.mjs';
import { stats } from './record.mjs';

/** Targets for reference (ms, or bytes for sizes), in the order of the table and the results. */
const TARGETS = {
  open_article: 300,
  paint_floor: null,
  add_claim: 16,
  keystroke_edit: 16,
  scroll_jump: 20,
  anchor_exact: 30,
  anchor_fuzzy: 750,
  import_bundle: 1500,
  export_bundle: 500,
  filter_claims: 50,
  js_gzip: 250_000,
};

/** Prints the table and what follows it; returns the results by measurement. */
export function report(ctx) {
  const results = {};
  const rows = [];
  const fmt = (ms) => (ms >= 100 ? Math.round(ms).toLocaleString('en') : ms.toFixed(1));
  for (const name of Object.keys(TARGETS)) {
    if (name === 'js_gzip') {
      const jsBytes = ctx.bytes.js_gzip;
      if (jsBytes === undefined) continue;
      results.js_gzip = { bytes: jsBytes };
      const ok = jsBytes <= TARGETS.js_gzip;
      rows.push([name, `${(jsBytes / 1000).toFixed(1)} kB`, '', '≤ 250 kB', ok ? '✓' : '✗', '']);
      continue;
    }
    const entry = ctx.samples.get(name);
    if (!entry) continue;
    const s = stats(entry.values);
    results[name] = {
      median_ms: round(s.median),
      min_ms: round(s.min),
      max_ms: round(s.max),
      runs: entry.values.length,
      n: entry.n,
    };
    const target = TARGETS[name];
    rows.push([
      name,
      `${fmt(s.median)} ms`,
      `${fmt(s.min)}–${fmt(s.max)} ms`,
      target === null ? '(floor)' : `≤ ${target.toLocaleString('en')} ms`,
      target === null ? '' : s.median <= target ? '✓' : '✗',
      `${entry.values.length}×, n=${entry.n}`,
    ]);
  }
  const header = ['measurement', 'median', 'min–max', 'target', '', 'runs'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) =>
    r.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(r));
  const traced = Object.entries(ctx.mainThread);
  if (traced.length > 0) {
    console.log(
      `\nmain-thread work (${MAIN_THREAD_RUNS} traced runs, median): the input's task to the paint, idle waits for the frame left out`,
    );
    for (const [name, runs] of traced) {
      const busyMs = stats(runs.map((r) => r.busyMs)).median;
      const target = TARGETS[name];
      const mark = target === null ? '' : busyMs <= target ? ' ✓' : ' ✗';
      console.log(
        `  ${name.padEnd(16)}${`${busyMs.toFixed(1)} ms`.padStart(9)}  (≤ ${target} ms)${mark}`,
      );
    }
  }
  const floor =
    ctx.details['control: keydown of a key nothing handles, to the next paint (ms per run)'];
  if (floor) {
    console.log(
      `input floor: a key nothing handles, keydown to the next paint: ${stats(floor).median.toFixed(1)} ms (median); every keydown-to-paint figure above includes it`,
    );
  }
  for (const note of ctx.notes) console.log(`note: ${note}`);
  const busy = ctx.load.filter((l) => l.loadavg1 > l.cores);
  if (busy.length > 0) {
    console.log(
      `warning: the machine was busy with other work (load average ${busy.map((l) => `${l.loadavg1} at ${l.phase}`).join(', ')} on ${busy[0].cores} cores); timings are inflated`,
    );
  }
  return results;
}

/**
 * Writes the results and the details. A partial (--only), profiled (--profile) or failed run
 * writes bench/.tmp/results-partial.json, never bench/results.json.
 */
export function writeResults(ctx, results, { failed, inputs, started }) {
  const partial = ctx.only || ctx.profile || failed;
  const out = partial ? join(TMP, 'results-partial.json') : join(BENCH, 'results.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  const { load, notes, details, profiles } = ctx;
  // `skipped` stays in details.json for its readers; every wanted measurement is taken.
  const all = { inputs: inputs.description, load, notes, skipped: {}, details, profiles };
  writeFileSync(join(TMP, 'details.json'), `${JSON.stringify(all, null, 2)}\n`);
  console.log(
    `\nWrote ${out.slice(ROOT.length + 1)} and bench/.tmp/details.json in ${Math.round((Date.now() - started) / 1000)} s.`,
  );
}
