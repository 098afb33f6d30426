// The context every scenario receives: the run's options, the browser and what the scenarios
// record (timed runs, sizes, details, notes, profiles, the machine's load average).
import { cpus, loadavg } from 'node:os';

/**
 * @typedef {object} Options
 * @property {number} runs timed runs per measurement (--runs=)
 * @property {boolean} profile --profile: CPU profiles, traces and the control experiments
 * @property {string[] | undefined} only --only= measurement names
 * @property {(name: string) => boolean} wanted whether a measurement is to be taken
 */

/**
 * @param {Options} options
 * @param {Map<string, unknown>} sourceMaps the build's source maps by file name (profile.mjs)
 */
export function createContext(options, sourceMaps) {
  const samples = new Map();
  const details = {};
  const load = [];
  return {
    ...options,
    sourceMaps,
    /** The browser; main sets it once Chromium is launched. */
    browser: null,
    /**
     * Timed runs by measurement: `{ values: ms[], n, loads }` (n: claims involved, from the first
     * run; loads: the load averages of the phases its runs belong to).
     */
    samples,
    /** Sizes by measurement, in bytes (js_gzip). */
    bytes: {},
    /** Per-run details by name (bench/.tmp/details.json). */
    details,
    /** Lines printed after the table. */
    notes: [],
    /** The machine's load average when each phase starts: other work on the cores skews timings. */
    load,
    /** CPU profile and trace summaries by name (--profile). */
    profiles: {},
    /** Main-thread work of traced runs by measurement (mainThreadBusy results). */
    mainThread: {},
    record(name, ms, n) {
      const entry = samples.get(name) ?? { values: [], n, loads: [] };
      entry.values.push(ms);
      // The load average of the phase the run belongs to (the last one noted).
      const phase = load[load.length - 1];
      if (phase && !entry.loads.includes(phase.loadavg1)) entry.loads.push(phase.loadavg1);
      samples.set(name, entry);
    },
    detail(name, value) {
      (details[name] ??= []).push(value);
    },
    noteLoad(phase) {
      const [one] = loadavg();
      load.push({ phase, loadavg1: Math.round(one * 100) / 100, cores: cpus().length });
    },
  };
}

/** @typedef {ReturnType<typeof createContext>} Context */

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}
