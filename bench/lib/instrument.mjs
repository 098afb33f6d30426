// Wrappers that run a measured action as is, under the CPU profiler, under a Chrome trace, or
// under a light trace that keeps its main-thread work.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { log } from './log.mjs';
import { TMP } from './paths.mjs';
import { TRACE_CATEGORIES, mainThreadBusy, summarizeProfile, summarizeTrace } from './profile.mjs';

/**
 * Main-thread work is taken from this many traced runs per interaction, after the timed ones
 * (BENCH_CPU_RUNS, 7 by default: with 3, the median of a short interaction moved by a third
 * between two runs on this 2-core virtual machine; README, "Benchmark", run to run).
 */
export const MAIN_THREAD_RUNS = Math.max(1, Number(process.env.BENCH_CPU_RUNS ?? 7) || 7);

/** Runs the measured action as is; --profile passes a wrapper that profiles or traces it. */
export const direct = (fn) => fn();

/** A wrapper that runs an action under the CPU profiler (main thread, by source file). */
const cpuProfiled = (ctx, getPage, name) => async (fn) => {
  const page = getPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    mkdirSync(join(TMP, 'profiles'), { recursive: true });
    writeFileSync(join(TMP, 'profiles', `${name}.cpuprofile`), JSON.stringify(profile));
    (ctx.profiles[name] ??= {}).cpu = summarizeProfile(profile, ctx.sourceMaps);
    log(
      `profiled ${name}: ${ctx.profiles[name].cpu.busyMs} ms of main-thread JavaScript and browser work`,
    );
  }
};

/** A wrapper that runs an action under a Chrome trace (style, layout, paint, script). */
const traced = (ctx, getPage, name) => async (fn) => {
  await ctx.browser.startTracing(getPage(), { categories: TRACE_CATEGORIES });
  try {
    return await fn();
  } finally {
    const buffer = await ctx.browser.stopTracing();
    mkdirSync(join(TMP, 'profiles'), { recursive: true });
    writeFileSync(join(TMP, 'profiles', `${name}.trace.json`), buffer);
    (ctx.profiles[name] ??= {}).trace = summarizeTrace(buffer);
    const first = summarizeTrace(buffer, 12, ['bench:action', 'bench:first-paint']);
    if (first.window) ctx.profiles[name].traceFirstFrame = first;
    log(`traced ${name}: main thread busy ${ctx.profiles[name].trace.busyMs} ms`);
  }
};

/**
 * A wrapper that runs an action under a light trace (tasks and marks only) and keeps its
 * main-thread work: busy time from the task that handled the input to `endMark` (see
 * mainThreadBusy). Traced runs are not timed runs: even a light trace adds a little work.
 */
const mainThreadTraced = (ctx, page, name, endMark) => async (fn) => {
  // Tasks and marks only: richer categories make the traced work itself slower.
  const traced = typeof page === 'function' ? page() : page;
  await ctx.browser.startTracing(traced, { categories: ['toplevel', 'blink.user_timing'] });
  try {
    return await fn();
  } finally {
    const busy = mainThreadBusy(await ctx.browser.stopTracing(), 'bench:action', endMark);
    if (busy) (ctx.mainThread[name] ??= []).push(busy);
  }
};

/**
 * Runs `once(around, k)` `runs` times (MAIN_THREAD_RUNS by default) under mainThreadTraced;
 * `page` is the page or a function that gives it when a run starts (a run may replace it).
 */
export async function measureMainThread(ctx, page, name, endMark, once, runs = MAIN_THREAD_RUNS) {
  for (let k = 0; k < runs; k++) {
    await once(mainThreadTraced(ctx, page, name, endMark), k);
  }
  const traced = ctx.mainThread[name] ?? [];
  ctx.details[`main thread: ${name}`] = traced;
  log(
    `${name} main-thread work: ${traced.map((r) => r.busyMs).join(', ')} ms busy, ${traced.map((r) => r.cpuMs).join(', ')} ms CPU`,
  );
}

/**
 * With --profile: `once(around)` under the CPU profiler, then under a trace. The page is read
 * when the measured action starts (`once` may replace it).
 */
export async function instrument(ctx, getPage, name, once) {
  if (!ctx.profile) return;
  await once(cpuProfiled(ctx, getPage, name));
  await once(traced(ctx, getPage, name));
}
