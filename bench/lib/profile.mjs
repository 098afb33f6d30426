// Attribution helpers for the benchmark's evidence: which source files (through the build's
// hidden source maps) the main thread's CPU time and the first screen's JavaScript come from.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Loads the source maps of the built JavaScript (empty when source-map-js is unavailable). */
export async function loadSourceMaps(assetsDir) {
  const maps = new Map();
  let SourceMapConsumer;
  try {
    ({ SourceMapConsumer } = await import('source-map-js'));
  } catch {
    return maps;
  }
  for (const file of readdirSync(assetsDir)) {
    const map = join(assetsDir, `${file}.map`);
    if (!file.endsWith('.js') || !existsSync(map)) continue;
    maps.set(file, new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8'))));
  }
  return maps;
}

/** A source path as a short group: an npm package name, or the path under src/. */
export function groupOf(source) {
  if (!source) return '(unmapped)';
  const modules = source.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = source.slice(modules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const src = source.lastIndexOf('src/');
  if (src >= 0) return source.slice(src);
  return source.replace(/^(\.\.\/)+/, '');
}

/** Where a CPU profile's call frame comes from: { group, fn }. */
function attribute(callFrame, maps) {
  const { url, functionName, lineNumber, columnNumber } = callFrame;
  if (!url) {
    if (functionName.startsWith('(')) return { group: functionName, fn: functionName };
    return { group: '(native)', fn: functionName || '(anonymous)' };
  }
  const file = url.split('/').pop().split('?')[0];
  const map = maps.get(file);
  if (!map)
    return { group: file, fn: `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}` };
  const pos = map.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
  const group = groupOf(pos.source);
  const where = pos.source ? `${group}:${pos.line}` : file;
  return { group, fn: `${pos.name || functionName || '(anonymous)'} @ ${where}` };
}

/** Self time of a CPU profile by source group and by function (idle excluded), in ms. */
export function summarizeProfile(profile, maps, top = 15) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const { samples = [], timeDeltas = [] } = profile;
  for (let i = 0; i < samples.length; i++) {
    const dt = timeDeltas[i + 1] ?? 0;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
  }
  const groups = new Map();
  const fns = new Map();
  let total = 0;
  for (const [id, us] of self) {
    const { group, fn } = attribute(nodes.get(id).callFrame, maps);
    if (group === '(idle)') continue;
    total += us;
    groups.set(group, (groups.get(group) ?? 0) + us);
    fns.set(fn, (fns.get(fn) ?? 0) + us);
  }
  const list = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({
        name,
        ms: Math.round(us / 100) / 10,
        share: total ? Math.round((1000 * us) / total) / 10 : 0,
      }));
  return { busyMs: Math.round(total / 100) / 10, groups: list(groups), functions: list(fns) };
}

/** Trace categories for splitting the main thread's time into script, style, layout and paint. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
];

const TRACE_NAMES = {
  UpdateLayoutTree: 'Recalculate style',
  Layout: 'Layout',
  PrePaint: 'Pre-paint',
  Paint: 'Paint',
  Layerize: 'Layerize',
  Commit: 'Commit',
  HitTest: 'Hit test',
  FunctionCall: 'JavaScript (function call)',
  EventDispatch: 'JavaScript (event dispatch)',
  TimerFire: 'JavaScript (timer)',
  FireAnimationFrame: 'JavaScript (animation frame)',
  RunMicrotasks: 'JavaScript (microtasks)',
  'V8.Execute': 'JavaScript (V8 execute)',
  MinorGC: 'Garbage collection (minor)',
  MajorGC: 'Garbage collection (major)',
  ParseHTML: 'Parse HTML',
};

/**
 * Self time per trace event on the page's renderer main thread (the busiest CrRendererMain),
 * in ms: what the CPU profile's "(program)" hides (style, layout, paint) becomes visible here.
 */
export function summarizeTrace(buffer, top = 12, marks = null) {
  const { traceEvents = [] } = JSON.parse(buffer.toString('utf8'));
  // Optionally only between two user-timing marks (the last of each name).
  let from = -Infinity;
  let to = Infinity;
  let window = null;
  if (marks) {
    const at = (name) =>
      traceEvents.filter((e) => e.name === name && e.cat?.includes('user_timing')).pop()?.ts;
    const [start, end] = marks.map(at);
    if (start === undefined || end === undefined) return { window: null };
    [from, to] = [start, end];
    window = { marks, ms: Math.round((end - start) / 100) / 10 };
  }
  const mains = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const threads = new Map();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || typeof e.dur !== 'number' || e.ts < from || e.ts > to) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!mains.has(key)) continue;
    const list = threads.get(key) ?? [];
    list.push(e);
    threads.set(key, list);
  }
  let events = [];
  let busiest = -1;
  for (const list of threads.values()) {
    const total = list.reduce((sum, e) => sum + e.dur, 0);
    if (total > busiest) {
      busiest = total;
      events = list;
    }
  }
  events.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  let topLevel = 0;
  for (const e of events) {
    while (stack.length > 0 && stack[stack.length - 1].end <= e.ts) {
      const done = stack.pop();
      self.set(done.name, (self.get(done.name) ?? 0) + done.dur - done.children);
    }
    if (stack.length > 0) stack[stack.length - 1].children += e.dur;
    else topLevel += e.dur;
    stack.push({ name: TRACE_NAMES[e.name] ?? e.name, end: e.ts + e.dur, dur: e.dur, children: 0 });
  }
  for (const done of stack)
    self.set(done.name, (self.get(done.name) ?? 0) + done.dur - done.children);
  return {
    window,
    busyMs: Math.round(topLevel / 100) / 10,
    selfTime: [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({
        name,
        ms: Math.round(us / 100) / 10,
        share: topLevel ? Math.round((1000 * us) / topLevel) / 10 : 0,
      })),
  };
}

/** The top-level tasks of one thread (events not nested in another), in time order. */
function topLevelTasks(traceEvents, thread) {
  const events = traceEvents
    .filter((e) => e.ph === 'X' && typeof e.dur === 'number' && `${e.pid}:${e.tid}` === thread)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  for (const e of events) {
    const last = tasks[tasks.length - 1];
    if (last && e.ts < last.ts + last.dur) continue;
    tasks.push(e);
  }
  return tasks;
}

/**
 * Busy (wall) and CPU time of tasks within [from, to], in µs: a task cut by the window counts in
 * proportion. CPU time is the trace's thread time (`tdur`): what the thread itself ran, whatever
 * else the machine's cores did meanwhile.
 */
function workWithin(tasks, from, to) {
  let busy = 0;
  let cpu = 0;
  let longest = 0;
  let longestCpu = 0;
  for (const t of tasks) {
    const overlap = Math.min(t.ts + t.dur, to) - Math.max(t.ts, from);
    if (overlap <= 0) continue;
    busy += overlap;
    cpu += t.dur > 0 ? ((t.tdur ?? t.dur) * overlap) / t.dur : 0;
    longest = Math.max(longest, t.dur);
    longestCpu = Math.max(longestCpu, t.tdur ?? t.dur);
  }
  return { busy, cpu, longest, longestCpu };
}

const ms = (us) => Math.round(us / 100) / 10;

/**
 * Main-thread work of one interaction from a trace: the time the page's renderer main thread
 * was busy from the start of the task that handled the input (the one running when the
 * `startMark` was made) to the `endMark`, idle gaps (waiting for the next frame) left out, and
 * the CPU time of that work (thread time, which a busy machine does not inflate). Returns
 * `{ busyMs, cpuMs, windowMs, longestTaskMs, longestTaskCpuMs, workerCpuMs }` or null when the
 * marks are missing; `longestTaskCpuMs` is the longest task's own CPU time (a loaded machine
 * stretches a task's wall time, not its CPU time), `workerCpuMs` the CPU time of the page's
 * dedicated workers in the same window. When the end mark was made in another page (sync_change:
 * a change made in one browser, painted in another), that page's main thread and workers in the
 * same window are added: the work of both ends.
 */
export function mainThreadBusy(buffer, startMark, endMark) {
  const { traceEvents = [] } = JSON.parse(buffer.toString('utf8'));
  const at = (name) =>
    traceEvents.filter((e) => e.name === name && e.cat?.includes('user_timing')).pop();
  const start = at(startMark);
  const end = at(endMark);
  if (!start || !end) return null;
  const tasks = topLevelTasks(traceEvents, `${start.pid}:${start.tid}`);
  const handling = tasks.find((t) => t.ts <= start.ts && start.ts <= t.ts + t.dur);
  const from = handling ? handling.ts : start.ts;
  const threads = [`${start.pid}:${start.tid}`];
  if (`${end.pid}:${end.tid}` !== threads[0]) threads.push(`${end.pid}:${end.tid}`);
  const mains = threads.map((thread) =>
    workWithin(topLevelTasks(traceEvents, thread), from, end.ts),
  );
  const pids = new Set([start.pid, end.pid]);
  const workers = traceEvents
    .filter(
      (e) =>
        e.ph === 'M' &&
        e.name === 'thread_name' &&
        pids.has(e.pid) &&
        e.args?.name === 'DedicatedWorker thread',
    )
    .map((e) => workWithin(topLevelTasks(traceEvents, `${e.pid}:${e.tid}`), from, end.ts).cpu);
  const sum = (key) => mains.reduce((total, main) => total + main[key], 0);
  const most = (key) => Math.max(...mains.map((main) => main[key]));
  return {
    busyMs: ms(sum('busy')),
    cpuMs: ms(sum('cpu')),
    windowMs: ms(end.ts - from),
    longestTaskMs: ms(most('longest')),
    longestTaskCpuMs: ms(most('longestCpu')),
    workerCpuMs: ms(workers.reduce((a, b) => a + b, 0)),
    /** The CPU time of each main thread: the input's page first, then the end mark's. */
    cpuMsByThread: mains.map((main) => ms(main.cpu)),
  };
}
