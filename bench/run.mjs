// The Verdict benchmark (npm run bench): builds the app, serves the production build on port
// 4180, drives it in Chromium with Playwright and times what a fact-checker feels with 5,000
// claims on a 200,000-character article. It asserts nothing; see bench/README.md.
//
//   node bench/run.mjs [--runs=5] [--profile] [--only=open_article,add_claim,...] [--skip-build]
//
// --profile adds, per scenario, one run under the CPU profiler and one under a Chrome trace
// (main thread time by source file, and by style/layout/paint); see bench/.tmp/details.json.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { generate } from './generate.mjs';
import { installBench } from './in-page.mjs';
import {
  TRACE_CATEGORIES,
  bundleComposition,
  loadSourceMaps,
  mainThreadBusy,
  summarizeProfile,
  summarizeTrace,
} from './profile.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const TMP = join(BENCH, '.tmp');
// The app is built into bench/.tmp/app rather than dist/, so that a test run serving dist/ on
// port 4173 at the same time is never disturbed.
const APP_DIR = join(TMP, 'app');
const ANCHOR_DIR = join(TMP, 'anchor');
const PORT = 4180;
const BASE = `http://127.0.0.1:${PORT}`;

const args = process.argv.slice(2);
const arg = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const RUNS = Number(arg('runs') ?? 5);
const PROFILE = args.includes('--profile');
const SKIP_BUILD = args.includes('--skip-build');
const ONLY = arg('only')?.split(',');
const wanted = (name) => !ONLY || ONLY.includes(name);

/** Targets for reference (ms, or bytes for sizes). */
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

const samples = new Map();
/** The machine's load average when each phase starts: other work on the cores skews timings. */
const load = [];
function noteLoad(phase) {
  const [one] = loadavg();
  load.push({ phase, loadavg1: Math.round(one * 100) / 100, cores: cpus().length });
}
const details = {};
const notes = [];
const skipped = {};

function record(name, ms, n) {
  const entry = samples.get(name) ?? { values: [], n };
  entry.values.push(ms);
  samples.set(name, entry);
}

function detail(name, value) {
  (details[name] ??= []).push(value);
}

const log = (...parts) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);
const round = (x) => Math.round(x * 10) / 10;

// ---------------------------------------------------------------- build and serve

function sh(command, commandArgs) {
  const started = Date.now();
  try {
    execFileSync(command, commandArgs, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    process.stderr.write(String(error.stdout ?? ''));
    process.stderr.write(String(error.stderr ?? ''));
    throw new Error(`${command} ${commandArgs.join(' ')} failed`, { cause: error });
  }
  log(`${command} ${commandArgs.join(' ')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

function build() {
  // Hidden source maps: the JavaScript is byte for byte what a plain build ships (no
  // sourceMappingURL comment); the maps only serve to attribute time and bytes to sources.
  sh('npx', ['vite', 'build', '--outDir', APP_DIR, '--emptyOutDir', '--sourcemap', 'hidden']);
  sh('npx', ['vite', 'build', '--config', join(BENCH, 'vite.bench.config.mjs')]);
}

let server = null;

async function startServer() {
  try {
    await fetch(`${BASE}/`);
    throw new Error(`port ${PORT} is already in use: stop what listens there first`);
  } catch (error) {
    if (error.message.startsWith('port')) throw error;
  }
  let output = '';
  server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'].concat([
      '--outDir',
      APP_DIR,
    ]),
    { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let exited = null;
  server.on('exit', (code) => {
    exited = code ?? -1;
  });
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`vite preview exited (${exited}):\n${output}`);
    try {
      const response = await fetch(`${BASE}/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`vite preview did not answer on ${BASE} within 60 s:\n${output}`);
}

async function stopServer() {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 3000);
  await exited;
  clearTimeout(timer);
  server = null;
}

// ---------------------------------------------------------------- browser

let browser = null;

async function launch() {
  const system = '/usr/lib/chromium/chromium';
  browser = await chromium.launch({
    executablePath: existsSync(system) ? system : undefined,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  log(`Chromium ${browser.version()}`);
}

async function newPage() {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 860 },
    locale: 'en-GB',
    timezoneId: 'Europe/Paris',
    acceptDownloads: true,
    // No service worker: its precaching would compete for the two cores during measurements.
    serviceWorkers: 'block',
  });
  await context.addInitScript(installBench);
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  return page;
}

const settle = (page, quietMs = 300) => page.evaluate((q) => window.__bench.settle(q), quietMs);

/** Opens the library and waits for it; a dialog left open by a first-run prompt is closed. */
async function openApp(page) {
  await page.goto(`${BASE}/`);
  await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
  const stray = page.locator('dialog[open]');
  if (await stray.count()) {
    notes.push('A dialog was open at start-up; it was closed with Escape.');
    await page.keyboard.press('Escape');
  }
}

// ---------------------------------------------------------------- import and export

/** Imports a file through the import dialog; times from the file choice to "Imported…" painted. */
async function importThroughDialog(page, file, around = direct) {
  const libraryImport = page.getByRole('main').getByRole('button', { name: /^Import/ });
  if (await libraryImport.count()) {
    await libraryImport.first().click();
  } else {
    // The name may carry a warning mark ("Storage !") while storage is not persistent.
    await page
      .getByRole('banner')
      .getByRole('button', { name: /^Storage/ })
      .click();
    await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  }
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });
  await dialog.waitFor();
  await page.evaluate(() => {
    const B = window.__bench;
    B.importResult = new Promise((resolveResult) => {
      let t0 = 0;
      let preview = 0;
      const input = document.querySelector('dialog[open] input[type=file]');
      input.addEventListener('change', (e) => (t0 = e.timeStamp), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const open = document.querySelector('dialog[open]');
        if (!open) return;
        if (!preview) {
          const button = [...open.querySelectorAll('button')].find(
            (b) => b.textContent.trim() === 'Import',
          );
          if (button) {
            preview = performance.now();
            button.click();
          }
        }
        const done = [...open.querySelectorAll('[role=status]')].find((s) =>
          s.textContent.trim().startsWith('Imported'),
        );
        const problem = open.querySelector('[role=alert]');
        if (done || problem) {
          observer.disconnect();
          const at = performance.now();
          B.afterPaint().then((painted) =>
            resolveResult({
              ok: Boolean(done),
              text: (done ?? problem).textContent,
              t0,
              preview,
              done: at,
              painted,
              loaf: B.loafBetween(t0, painted),
            }),
          );
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  });
  const r = await around(async () => {
    await dialog.getByLabel('Annotation file').setInputFiles(file);
    return page.evaluate(() => window.__bench.importResult);
  });
  if (!r.ok) throw new Error(`import failed: ${r.text}`);
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await dialog.waitFor({ state: 'hidden' });
  return {
    ms: r.painted - r.t0,
    checkMs: round(r.preview - r.t0),
    saveMs: round(r.done - r.preview),
    status: r.text.trim(),
    mainThread: r.loaf,
  };
}

// ---------------------------------------------------------------- reader helpers

/** Runs the measured action as is; --profile passes a wrapper that profiles or traces it. */
const direct = (fn) => fn();

// With 5,000 claim cards in the page (each with buttons, radios and a text area), Playwright's
// role and label queries take seconds to minutes and run on the page's main thread: the reader
// is driven with CSS selectors only.
const articleEditor = (page) => page.locator('.ProseMirror');
const readerButton = (page, name) =>
  page.locator('.reader-actions button', { hasText: new RegExp(`^${name}`) });

/** Selects (or puts the caret after) words in the visible part of the article; returns them. */
async function selectVisibleWords(page, run, collapse) {
  await articleEditor(page).focus();
  return page.evaluate(
    ({ run, collapse }) => {
      const scroller = document.querySelector('.article-scroller');
      const editor = document.querySelector('.ProseMirror');
      const box = scroller.getBoundingClientRect();
      const area = editor.getBoundingClientRect();
      let caret = null;
      for (let dy = 0; dy < 200 && !caret; dy += 9) {
        const y = Math.max(box.top, area.top) + 70 + (run % 5) * 85 + dy;
        const found = document.caretPositionFromPoint(area.left + 12 + (run % 3) * 60, y);
        if (found?.offsetNode.nodeType === Node.TEXT_NODE) caret = found;
      }
      if (!caret) throw new Error('no article text at the probe point');
      const node = caret.offsetNode;
      const text = node.data;
      const range = document.createRange();
      let start = caret.offset;
      while (start > 0 && /\S/.test(text[start - 1])) start--;
      while (start < text.length && /\s/.test(text[start])) start++;
      if (collapse) {
        let end = start;
        while (end < text.length && /[\p{L}\d]/u.test(text[end])) end++;
        range.setStart(node, end);
        range.collapse(true);
      } else {
        let end = Math.min(text.length, start + 28 + (run % 5) * 6);
        while (end < text.length && /[\p{L}\d]/u.test(text[end])) end++;
        while (end > start && /\s/.test(text[end - 1])) end--;
        range.setStart(node, start);
        range.setEnd(node, end);
      }
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return range.toString() || text.slice(start, start + 20);
    },
    { run, collapse },
  );
}

async function backToLibrary(page) {
  const crumb = page.locator('nav.breadcrumb a');
  if (await crumb.count()) await crumb.click();
  else await page.goto(`${BASE}/#/`);
  await page.locator('h1', { hasText: /^Library$/ }).waitFor();
}

/** Opens an article from the library by clicking its title; times until its highlights are painted. */
async function openArticleFromLibrary(page, title, paragraphs, around = direct) {
  await page.locator('main a', { hasText: title }).first().waitFor();
  await settle(page);
  return around(() =>
    page.evaluate(
      async ({ title, paragraphs }) => {
        const B = window.__bench;
        const link = [...document.querySelectorAll('a')].find(
          (a) => a.textContent.trim() === title,
        );
        const seen = {};
        B.mark('action');
        const t0 = performance.now();
        link.click();
        const shown = await B.frameWhen(() => {
          const now = performance.now();
          const editor = document.querySelector('.ProseMirror');
          if (!seen.text && editor && editor.childElementCount >= paragraphs) seen.text = now;
          if (!seen.cards && B.cards.length > 0) seen.cards = now;
          return Boolean(seen.text) && B.verdictRanges() > 0;
        });
        B.mark('done');
        return {
          ms: shown.next - t0,
          paintedMs: shown.painted - t0,
          textFrameMs: seen.text - t0,
          cardsFrameMs: seen.cards ? seen.cards - t0 : null,
          ranges: B.verdictRanges(),
          cards: document.querySelectorAll('.claim-card').length,
          mainThread: B.loafBetween(t0, shown.next),
          domElements: document.getElementsByTagName('*').length,
        };
      },
      { title, paragraphs },
    ),
  );
}

/** The raw CSS Custom Highlight API painting the ranges the app registered (rAF×2). */
async function paintFloor(page) {
  return page.evaluate(async () => {
    const B = window.__bench;
    const saved = [...CSS.highlights.entries()];
    const specs = saved
      .map(([name, h]) => ({ name, priority: h.priority, ranges: [...h] }))
      .filter((s) => s.ranges.length > 0);
    CSS.highlights.clear();
    await B.raf();
    await B.raf();
    await new Promise((r) => setTimeout(r, 0));
    const t0 = performance.now();
    for (const spec of specs) {
      const highlight = new Highlight(...spec.ranges);
      highlight.priority = spec.priority;
      CSS.highlights.set(spec.name, highlight);
    }
    await B.raf();
    const t1 = await B.raf();
    // Give the app its own Highlight objects back, so that it keeps painting.
    CSS.highlights.clear();
    for (const [name, highlight] of saved) CSS.highlights.set(name, highlight);
    await B.raf();
    return { ms: t1 - t0, ranges: specs.reduce((n, s) => n + s.ranges.length, 0) };
  });
}

async function scrollToTop(page) {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('.article-scroller, .claims-panel'))
      el.scrollTop = 0;
  });
  await settle(page);
}

// ---------------------------------------------------------------- measurements

async function measureAddClaim(page, run, around = direct) {
  const quote = await selectVisibleWords(page, run, false);
  await page.locator('[role=toolbar][aria-label="Mark the selection as a claim"]').waitFor();
  await settle(page);
  await page.evaluate((quote) => {
    const B = window.__bench;
    // The claims panel may be virtualised: the new claim's card is looked for by its quote.
    const hasCard = () =>
      [...B.cards].some((card) => card.querySelector('.claim-quote')?.textContent === quote);
    B.pending = B.nextEvent('keydown').then(async (t0) => {
      B.mark('action');
      const painted = await B.afterPaint();
      B.mark('first-paint');
      // Persisted: the highlight is painted from claims read back from the database.
      const shown = await B.frameWhen(() => B.highlightShows(['claim-selected'], quote), 60_000);
      B.mark('done');
      let card = null;
      try {
        card = (await B.frameWhen(hasCard, 5000)).painted - t0;
      } catch {
        card = null;
      }
      return {
        ms: painted - t0,
        highlightMs: shown.painted - t0,
        cardMs: card,
        firstFrame: B.loafBetween(t0, painted),
        mainThread: B.loafBetween(t0, shown.next),
        slowEvents: B.slowEventsBetween(t0, shown.next),
      };
    });
  }, quote);
  const r = await around(async () => {
    await page.keyboard.press(['c', 'd', 'u'][run % 3]);
    return page.evaluate(() => window.__bench.pending);
  });
  await settle(page);
  return { quote, ...r };
}

/**
 * The floor of the keydown-to-paint method: the same selection, then a key nothing listens to
 * (Shift). What is left is the browser's own delivery of the key and the wait for the next
 * frame, which every key measurement here includes.
 */
async function measureInputFloor(page, run) {
  await selectVisibleWords(page, run, false);
  await settle(page);
  await page.evaluate(() => {
    const B = window.__bench;
    B.pending = B.nextEvent('keydown').then(async (t0) => ({ ms: (await B.afterPaint()) - t0 }));
  });
  await page.keyboard.press('Shift');
  const r = await page.evaluate(() => window.__bench.pending);
  await settle(page);
  return r;
}

async function measureScrollJump(page, run, around = direct) {
  await scrollToTop(page);
  // The panel lists claims in reading order (and may be virtualised): scroll it 80-96 % down,
  // then take a card it shows; its claim is as far down the article.
  await page.evaluate((run) => {
    const panel = document.querySelector('.claims-panel');
    panel.scrollTop = (panel.scrollHeight - panel.clientHeight) * (0.8 + 0.04 * (run % 5));
  }, run);
  await settle(page);
  const target = await page.evaluate(() => {
    const box = document.querySelector('.claims-panel').getBoundingClientRect();
    // A quote the mouse can reach (not under the panel's sticky header).
    const card = [...document.querySelectorAll('.claims-panel .claim-card')].find((c) => {
      const quote = c.querySelector('.claim-quote');
      const rect = quote.getBoundingClientRect();
      if (rect.top < box.top || rect.bottom > box.bottom) return false;
      const x = rect.left + Math.min(40, rect.width / 2);
      return (
        document.elementFromPoint(x, rect.top + rect.height / 2)?.closest('.claim-quote') === quote
      );
    });
    return { id: card.dataset.claimId, quote: card.querySelector('.claim-quote').textContent };
  });
  await page.evaluate((quote) => {
    const B = window.__bench;
    B.pending = B.nextEvent('click', (e) => Boolean(e.target.closest?.('.claim-quote'))).then(
      async (t0) => {
        B.mark('action');
        const shown = await B.frameWhen(
          () => B.highlightShows(['claim-selected'], quote),
          30_000,
          'first-paint',
        );
        B.mark('done');
        return {
          ms: shown.painted - t0,
          mainThread: B.loafBetween(t0, shown.next),
          slowEvents: B.slowEventsBetween(t0, shown.next),
        };
      },
    );
  }, target.quote);
  // A plain mouse click at the button's centre: a locator click would first hit-test the
  // 200,000-element page (elementsFromPoint), which is Playwright's cost, not the app's.
  const point = await page.evaluate((id) => {
    const rect = document
      .querySelector(`[data-claim-id="${id}"] .claim-quote`)
      .getBoundingClientRect();
    return { x: rect.left + Math.min(40, rect.width / 2), y: rect.top + rect.height / 2 };
  }, target.id);
  const r = await around(async () => {
    await page.mouse.click(point.x, point.y);
    return page.evaluate(() => window.__bench.pending);
  });
  await settle(page);
  return { quote: target.quote, ...r };
}

/**
 * The same kind of jump by setting the scroller's scrollTop (no React work), until the claim's
 * highlight is painted in view. `target` is a claim of the bundle: its paragraph and offsets.
 */
async function measureScrollTop(page, target) {
  await scrollToTop(page);
  const r = await page.evaluate(async ({ paragraph, from, to, quote }) => {
    const B = window.__bench;
    const scroller = document.querySelector('.article-scroller');
    const node = document.querySelector('.ProseMirror').children[paragraph].firstChild;
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    if (range.toString() !== quote) throw new Error(`not the claim's words: ${range.toString()}`);
    const box = scroller.getBoundingClientRect();
    const top = range.getBoundingClientRect().top - box.top + scroller.scrollTop - box.height / 3;
    const names = ['verdict-confirmed', 'verdict-disputed', 'verdict-unverified'];
    const done = new Promise((resolveDone) => {
      // Registered after the painter's own listener: the polling rAF runs after its repaint.
      const onScroll = () => {
        scroller.removeEventListener('scroll', onScroll);
        resolveDone(B.frameWhen(() => B.highlightShows(names, quote), 30_000));
      };
      scroller.addEventListener('scroll', onScroll);
    });
    B.mark('action');
    const t0 = performance.now();
    scroller.scrollTop = top;
    const shown = await done;
    B.mark('first-paint');
    return { ms: shown.painted - t0, mainThread: B.loafBetween(t0, shown.next) };
  }, target);
  await settle(page);
  return r;
}

/** Claims of the bundle far down the article, located by paragraph (one text node each). */
function farClaims(bundleFile, count) {
  const bundle = JSON.parse(readFileSync(bundleFile, 'utf8'));
  const text = bundle.articles[0].text;
  const starts = [];
  for (let at = 0, i = 0; at >= 0; i++) {
    starts.push(at);
    at = text.indexOf('\n\n', at);
    if (at >= 0) at += 2;
  }
  const claims = [...bundle.claims].sort((a, b) => a.anchor.start - b.anchor.start);
  return Array.from({ length: count }, (_, run) => {
    const { anchor } = claims[Math.floor(claims.length * (0.83 + 0.03 * (run % 5)))];
    const paragraph = starts.findLastIndex((s) => s <= anchor.start);
    const base = starts[paragraph];
    return { paragraph, from: anchor.start - base, to: anchor.end - base, quote: anchor.exact };
  });
}

async function waitSaved(page) {
  await page.waitForFunction(
    () => document.querySelector('.save-status')?.textContent !== 'Saving…',
    null,
    { polling: 50 },
  );
}

async function measureKeystroke(page, run, around = direct, aroundSave = direct) {
  const word = await selectVisibleWords(page, run, true);
  await settle(page);
  await page.evaluate(() => {
    const B = window.__bench;
    B.pending = B.nextEvent('keydown').then(async (t0) => {
      B.mark('action');
      const painted = await B.afterPaint();
      B.mark('first-paint');
      B.keyAt = t0;
      return { ms: painted - t0, firstFrame: B.loafBetween(t0, painted) };
    });
  });
  const r = await around(async () => {
    await page.keyboard.press('x');
    return page.evaluate(() => window.__bench.pending);
  });
  // The autosave comes 500 ms after the last keystroke: wait for it, then for quiet.
  const save = await aroundSave(() =>
    page.evaluate(async () => {
      const B = window.__bench;
      const t0 = B.keyAt;
      await new Promise((resolveWait) =>
        setTimeout(resolveWait, Math.max(0, t0 + 650 - performance.now())),
      );
      await B.settle(400);
      const end = performance.now();
      return {
        beforeSave: B.loafBetween(t0, t0 + 450),
        autosave: B.loafBetween(t0 + 450, end),
        slowEvents: B.slowEventsBetween(t0, end),
      };
    }),
  );
  await waitSaved(page);
  await settle(page);
  return { after: word, ...r, ...save };
}

/** The claims filter: a box in the reader's panel if there is one, else the All claims view's. */
async function findFilterBox(page) {
  const panelBox = page.locator('.claims-panel input[type=search], .claims-panel [role=searchbox]');
  if (await panelBox.count()) return { box: panelBox.first(), where: 'reader claims panel' };
  const nav = page.locator('nav a[href="#/claims"]');
  if (!(await nav.count())) return null;
  await nav.first().click();
  await page.locator('h1', { hasText: /^All claims$/ }).waitFor();
  const box = page.getByLabel('Search claims');
  if (!(await box.count())) return null;
  await page.waitForFunction(() => window.__bench.listSignature() !== '');
  return { box, where: '"All claims" view, "Search claims" box' };
}

async function measureFilter(page, box, run, around = direct) {
  await box.fill('');
  await page.waitForFunction(() => window.__bench.listUnfiltered());
  await box.focus();
  await settle(page);
  await page.evaluate(() => {
    const B = window.__bench;
    const signature = B.listSignature;
    const before = signature();
    B.pending = B.nextEvent('keydown').then(async (t0) => {
      B.mark('action');
      const echo = await B.afterPaint();
      B.mark('first-paint');
      const shown = await B.frameWhen(() => signature() !== before, 30_000, 'shown');
      B.mark('done');
      return {
        ms: shown.painted - t0,
        inputEchoMs: echo - t0,
        before,
        after: signature(),
        mainThread: B.loafBetween(t0, shown.next),
      };
    });
  });
  const r = await around(async () => {
    await page.keyboard.press(['q', 'z', 'j', 'x', 'k'][run % 5]);
    return page.evaluate(() => window.__bench.pending);
  });
  await settle(page);
  return r;
}

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

// ---------------------------------------------------------------- profiling (--profile)

let sourceMaps = new Map();
const profiles = {};

/** A wrapper that runs an action under the CPU profiler (main thread, by source file). */
const cpuProfiled = (getPage, name) => async (fn) => {
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
    (profiles[name] ??= {}).cpu = summarizeProfile(profile, sourceMaps);
    log(
      `profiled ${name}: ${profiles[name].cpu.busyMs} ms of main-thread JavaScript and browser work`,
    );
  }
};

/** A wrapper that runs an action under a Chrome trace (style, layout, paint, script). */
const traced = (getPage, name) => async (fn) => {
  await browser.startTracing(getPage(), { categories: TRACE_CATEGORIES });
  try {
    return await fn();
  } finally {
    const buffer = await browser.stopTracing();
    mkdirSync(join(TMP, 'profiles'), { recursive: true });
    writeFileSync(join(TMP, 'profiles', `${name}.trace.json`), buffer);
    (profiles[name] ??= {}).trace = summarizeTrace(buffer);
    const first = summarizeTrace(buffer, 12, ['bench:action', 'bench:first-paint']);
    if (first.window) profiles[name].traceFirstFrame = first;
    log(`traced ${name}: main thread busy ${profiles[name].trace.busyMs} ms`);
  }
};

/** Main-thread work per interaction (traced runs, after the timed ones), by measurement. */
const mainThread = {};
const MAIN_THREAD_RUNS = 3;

/**
 * A wrapper that runs an action under a light trace (tasks and marks only) and keeps its
 * main-thread work: busy time from the task that handled the input to `endMark` (see
 * mainThreadBusy). Traced runs are not timed runs: even a light trace adds a little work.
 */
const mainThreadTraced = (page, name, endMark) => async (fn) => {
  // Tasks and marks only: richer categories make the traced work itself slower.
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  try {
    return await fn();
  } finally {
    const busy = mainThreadBusy(await browser.stopTracing(), 'bench:action', endMark);
    if (busy) (mainThread[name] ??= []).push(busy);
  }
};

/** Runs `once(around)` a few times under mainThreadTraced. */
async function measureMainThread(page, name, endMark, once) {
  for (let k = 0; k < MAIN_THREAD_RUNS; k++) await once(mainThreadTraced(page, name, endMark), k);
  const runs = mainThread[name] ?? [];
  details[`main thread: ${name}`] = runs;
  log(`${name} main-thread work: ${runs.map((r) => r.busyMs).join(', ')} ms`);
}

/**
 * With --profile: the scenario once under the CPU profiler, once under a trace. The page is
 * read when the measured action starts (`once` may replace it).
 */
async function instrument(getPage, name, once) {
  if (!PROFILE) return;
  await once(cpuProfiled(getPage, name));
  await once(traced(getPage, name));
}

/**
 * With --profile, a control experiment: the same interactions with the claims panel taken out of
 * layout (display: none, set through the CSSOM; React still renders every card). What remains
 * is the cost of everything but laying out and painting the panel's cards.
 */
async function diagnosePanel(page, far) {
  if (!PROFILE) return;
  const hide = (hidden) =>
    page.evaluate((h) => {
      document.querySelector('.claims-panel').style.display = h ? 'none' : '';
    }, hidden);
  const runs = Math.min(RUNS, 3);
  const out = { paint_floor: [], add_claim: [], scroll_jump_scrolltop: [], keystroke_edit: [] };
  await scrollToTop(page);
  await hide(true);
  await settle(page);
  for (let run = 0; run < runs; run++) {
    out.paint_floor.push(round((await paintFloor(page)).ms));
    out.scroll_jump_scrolltop.push(round((await measureScrollTop(page, far[run])).ms));
  }
  await scrollToTop(page);
  for (let run = 0; run < runs; run++) {
    out.add_claim.push(round((await measureAddClaim(page, run + 2)).ms));
  }
  await readerButton(page, 'Edit text').click();
  await readerButton(page, 'Done editing').waitFor();
  await settle(page);
  for (let run = 0; run < runs; run++) {
    out.keystroke_edit.push(round((await measureKeystroke(page, run + 2)).ms));
  }
  await readerButton(page, 'Done editing').click();
  await waitSaved(page);
  await hide(false);
  await settle(page);
  details['control: claims panel display:none (ms per run)'] = out;
  log('control runs with the claims panel out of layout:', out);
}

/**
 * With --profile: how long IndexedDB itself takes to hand over the article and its claims (raw
 * API, read-only, no Dexie): the floor under the reader's article-then-claims queries.
 */
async function diagnoseStorage(page, articleId) {
  if (!PROFILE) return;
  const runs = [];
  for (let run = 0; run < Math.min(RUNS, 3); run++) {
    runs.push(
      await page.evaluate(async (id) => {
        const request = (r) =>
          new Promise((resolveRequest, reject) => {
            r.onsuccess = () => resolveRequest(r.result);
            r.onerror = () => reject(r.error);
          });
        const db = await request(indexedDB.open('verdict'));
        try {
          const t0 = performance.now();
          const tx = db.transaction(['articles', 'claims'], 'readonly');
          await request(tx.objectStore('articles').get(id));
          const t1 = performance.now();
          const claims = await request(tx.objectStore('claims').index('articleId').getAll(id));
          const t2 = performance.now();
          return {
            articleMs: Math.round((t1 - t0) * 10) / 10,
            claimsMs: Math.round((t2 - t1) * 10) / 10,
            claims: claims.length,
          };
        } finally {
          db.close();
        }
      }, articleId),
    );
  }
  details['control: raw IndexedDB reads of the open article'] = runs;
  log('raw IndexedDB reads (article, then its claims):', runs);
}

// ---------------------------------------------------------------- phases

async function phaseJsGzip() {
  noteLoad('jsgzip');
  const page = await newPage();
  const scripts = new Set();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' && response.url().startsWith(BASE)) {
      scripts.add(new URL(response.url()).pathname);
    }
  });
  await page.goto(`${BASE}/`, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
  await settle(page);
  let bytes = 0;
  const files = [];
  for (const path of scripts) {
    const content = readFileSync(join(APP_DIR, decodeURIComponent(path)));
    const gzip = gzipSync(content).length;
    bytes += gzip;
    files.push({ path, bytes: content.length, gzip });
    const name = path.split('/').pop();
    if (sourceMaps.has(name) && content.length > 100_000) {
      details[`js_composition ${name}`] = bundleComposition(
        join(APP_DIR, decodeURIComponent(path)),
        sourceMaps.get(name),
      );
    }
  }
  details.js_gzip = files;
  await page.context().close();
  return bytes;
}

async function phaseAnchors(data) {
  noteLoad('anchors');
  const page = await newPage();
  await page.route('http://anchor.bench/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join(ANCHOR_DIR, decodeURIComponent(path));
    const type = path.endsWith('.js') ? 'text/javascript' : 'text/html';
    return route.fulfill({ body: readFileSync(file), contentType: type });
  });
  await page.goto('http://anchor.bench/anchor-page.html');
  await page.waitForFunction(() => window.benchAnchor);
  await page.evaluate((d) => (window.benchData = d), data);
  if (wanted('anchor_exact')) {
    for (let run = 0; run < RUNS; run++) {
      const r = await page.evaluate(() =>
        window.benchAnchor.run(window.benchData.text, window.benchData.anchors),
      );
      record('anchor_exact', r.ms, data.anchors.length);
      detail('anchor_exact', { ms: round(r.ms), statuses: r.statuses });
    }
    const runs = details.anchor_exact;
    log(`anchor_exact: ${runs.map((d) => d.ms).join(', ')} ms`, runs[0].statuses);
  }
  if (wanted('anchor_fuzzy')) {
    // As the reader locates them: in slices with a task between them (the page never held for
    // long). The one-shot figure of the same work is kept beside it.
    for (let run = 0; run < RUNS; run++) {
      const sliced = await page.evaluate(() =>
        window.benchAnchor.runSliced(window.benchData.text, window.benchData.fuzzyAnchors),
      );
      const once = await page.evaluate(() =>
        window.benchAnchor.run(window.benchData.text, window.benchData.fuzzyAnchors),
      );
      record('anchor_fuzzy', sliced.ms, data.fuzzyAnchors.length);
      detail('anchor_fuzzy', {
        ms: round(sliced.ms),
        longestSliceMs: round(sliced.longestSliceMs),
        slices: sliced.slices,
        oneShotMs: round(once.ms),
        statuses: sliced.statuses,
      });
    }
    const runs = details.anchor_fuzzy;
    log(
      `anchor_fuzzy: ${runs.map((d) => d.ms).join(', ')} ms in slices (longest ${Math.max(...runs.map((d) => d.longestSliceMs))} ms); one shot ${runs.map((d) => d.oneShotMs).join(', ')} ms`,
      runs[0].statuses,
    );
  }
  await page.context().close();
}

async function phaseReader(inputs) {
  noteLoad('reader');
  const { files, article, description } = inputs;
  const page = await newPage();
  await openApp(page);
  const imported = await importThroughDialog(page, files.bundle);
  detail('import_5000 (setup)', imported);
  log(`imported ${description.claims} claims in ${round(imported.ms)} ms (setup)`);
  const paragraphs = description.paragraphs;

  if (wanted('open_article') || wanted('paint_floor')) {
    for (let run = 0; run < RUNS; run++) {
      const r = await openArticleFromLibrary(page, article.title, paragraphs);
      record('open_article', r.ms, description.claims);
      detail('open_article', r);
      await settle(page);
      const floor = await paintFloor(page);
      record('paint_floor', floor.ms, description.claims);
      detail('paint_floor', floor);
      log(
        `open_article run ${run + 1}: ${round(r.ms)} ms (text at ${round(r.textFrameMs)} ms, ` +
          `${r.ranges} ranges registered, ${r.cards} cards); paint floor ${round(floor.ms)} ms`,
      );
      await backToLibrary(page);
    }
  }
  await instrument(
    () => page,
    'open_article',
    async (around) => {
      await openArticleFromLibrary(page, article.title, paragraphs, around);
      await backToLibrary(page);
    },
  );
  await openArticleFromLibrary(page, article.title, paragraphs);
  await settle(page);
  await diagnoseStorage(page, article.id);

  if (wanted('add_claim')) {
    await scrollToTop(page);
    const floor = [];
    for (let run = 0; run < RUNS; run++) floor.push(round((await measureInputFloor(page, run)).ms));
    details['control: keydown of a key nothing handles, to the next paint (ms per run)'] = floor;
    log(`input floor (Shift, no work): ${floor.join(', ')} ms`);
    for (let run = 0; run < RUNS; run++) {
      const r = await measureAddClaim(page, run);
      record('add_claim', r.ms, description.claims + run);
      detail('add_claim', r);
      log(
        `add_claim run ${run + 1}: ${round(r.ms)} ms to the next paint; highlight painted after ${round(r.highlightMs)} ms, card after ${r.cardMs === null ? '(not shown)' : `${round(r.cardMs)} ms`}`,
      );
    }
    await measureMainThread(page, 'add_claim', 'bench:first-paint', (around, k) =>
      measureAddClaim(page, RUNS + 1 + k, around),
    );
    await instrument(
      () => page,
      'add_claim',
      (around) => measureAddClaim(page, RUNS, around),
    );
  }

  if (wanted('scroll_jump')) {
    const far = farClaims(files.bundle, RUNS);
    for (let run = 0; run < RUNS; run++) {
      const r = await measureScrollJump(page, run);
      record('scroll_jump', r.ms, description.claims);
      detail('scroll_jump', r);
      const s = await measureScrollTop(page, far[run]);
      detail('scroll_jump via scrollTop (no click)', s);
      log(
        `scroll_jump run ${run + 1}: ${round(r.ms)} ms (claims panel click); ${round(s.ms)} ms (scrollTop only)`,
      );
    }
    await measureMainThread(page, 'scroll_jump', 'bench:first-paint', (around, k) =>
      measureScrollJump(page, k, around),
    );
    await instrument(
      () => page,
      'scroll_jump',
      (around) => measureScrollJump(page, 2, around),
    );
    await instrument(
      () => page,
      'scroll_jump via scrollTop (no click)',
      (around) => around(() => measureScrollTop(page, far[1])),
    );
  }

  if (wanted('keystroke_edit')) {
    await scrollToTop(page);
    await readerButton(page, 'Edit text').click();
    await readerButton(page, 'Done editing').waitFor();
    await settle(page);
    for (let run = 0; run < RUNS; run++) {
      const r = await measureKeystroke(page, run);
      record('keystroke_edit', r.ms, description.claims);
      detail('keystroke_edit', r);
      log(
        `keystroke_edit run ${run + 1}: ${round(r.ms)} ms; autosave busy ${r.autosave.frameMs} ms (longest frame ${r.autosave.longestMs} ms)`,
      );
    }
    await measureMainThread(page, 'keystroke_edit', 'bench:first-paint', (around, k) =>
      measureKeystroke(page, k, around),
    );
    await instrument(
      () => page,
      'keystroke_edit',
      (around) => measureKeystroke(page, 1, around),
    );
    await instrument(
      () => page,
      'autosave after a keystroke',
      (around) => measureKeystroke(page, 2, direct, around),
    );
    await readerButton(page, 'Done editing').click();
    await waitSaved(page);
    await settle(page);
  }
  await diagnosePanel(page, farClaims(files.bundle, RUNS));

  if (wanted('filter_claims')) {
    const filter = await findFilterBox(page);
    if (!filter) {
      skipped.filter_claims =
        'no claims filter box in the reader panel nor a "Search claims" box in an "All claims" view';
    } else {
      notes.push(`filter_claims measured in the ${filter.where}.`);
      for (let run = 0; run < RUNS; run++) {
        const r = await measureFilter(page, filter.box, run);
        const total = Number(/of (\d+) claims/.exec(r.after)?.[1] ?? description.claims);
        record('filter_claims', r.ms, total);
        detail('filter_claims', r);
        log(
          `filter_claims run ${run + 1}: ${round(r.ms)} ms to the filtered list (input echo ${round(r.inputEchoMs)} ms): ${r.before} → ${r.after}`,
        );
      }
      await measureMainThread(page, 'filter_claims', 'bench:shown', (around, k) =>
        measureFilter(page, filter.box, k, around),
      );
      await instrument(
        () => page,
        'filter_claims',
        (around) => measureFilter(page, filter.box, 0, around),
      );
    }
  }
  await page.context().close();
}

async function phaseImportExport(inputs) {
  noteLoad('importexport');
  const { files, bigArticle, description } = inputs;
  let page = null;
  for (let run = 0; run < RUNS; run++) {
    if (page) await page.context().close();
    page = await newPage();
    await openApp(page);
    await settle(page);
    const r = await importThroughDialog(page, files.bigBundle);
    record('import_bundle', r.ms, description.importClaims);
    detail('import_bundle', r);
    log(
      `import_bundle run ${run + 1}: ${round(r.ms)} ms (file → preview ${r.checkMs} ms, Import → "Imported" ${r.saveMs} ms)`,
    );
  }
  await instrument(
    () => page,
    'import_bundle (main thread only)',
    async (around) => {
      await page.context().close();
      page = await newPage();
      await openApp(page);
      await settle(page);
      await importThroughDialog(page, files.bigBundle, around);
    },
  );
  if (wanted('export_bundle')) {
    const open = await openArticleFromLibrary(page, bigArticle.title, description.paragraphs);
    detail('open_article with 10,000 claims (setup of export)', open);
    log(`opened the 10,000-claim article in ${round(open.ms)} ms (setup)`);
    await settle(page);
    for (let run = 0; run < RUNS; run++) {
      const r = await measureExport(page);
      record('export_bundle', r.ms, description.importClaims);
      detail('export_bundle', r);
      log(`export_bundle run ${run + 1}: ${round(r.ms)} ms, ${r.bytes} bytes (${r.name})`);
    }
    await instrument(
      () => page,
      'export_bundle',
      (around) => measureExport(page, around),
    );
  }
  await page.context().close();
}

// ---------------------------------------------------------------- report

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

function report(jsBytes) {
  const results = {};
  const rows = [];
  const fmt = (ms) => (ms >= 100 ? Math.round(ms).toLocaleString('en') : ms.toFixed(1));
  for (const name of Object.keys(TARGETS)) {
    if (name === 'js_gzip') {
      if (jsBytes === null) continue;
      results.js_gzip = { bytes: jsBytes };
      const ok = jsBytes <= TARGETS.js_gzip;
      rows.push([name, `${(jsBytes / 1000).toFixed(1)} kB`, '', '≤ 250 kB', ok ? '✓' : '✗', '']);
      continue;
    }
    const entry = samples.get(name);
    if (!entry) {
      if (skipped[name]) rows.push([name, 'skipped', '', '', '', '']);
      continue;
    }
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
  for (const [name, why] of Object.entries(skipped)) console.log(`\nskipped ${name}: ${why}`);
  const traced = Object.entries(mainThread);
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
    details['control: keydown of a key nothing handles, to the next paint (ms per run)'];
  if (floor) {
    console.log(
      `input floor: a key nothing handles, keydown to the next paint: ${stats(floor).median.toFixed(1)} ms (median); every keydown-to-paint figure above includes it`,
    );
  }
  for (const note of notes) console.log(`note: ${note}`);
  const busy = load.filter((l) => l.loadavg1 > l.cores);
  if (busy.length > 0) {
    console.log(
      `warning: the machine was busy with other work (load average ${busy.map((l) => `${l.loadavg1} at ${l.phase}`).join(', ')} on ${busy[0].cores} cores); timings are inflated`,
    );
  }
  return results;
}

// ---------------------------------------------------------------- main

async function main() {
  const started = Date.now();
  mkdirSync(TMP, { recursive: true });
  if (!SKIP_BUILD) build();
  sourceMaps = await loadSourceMaps(join(APP_DIR, 'assets'));
  const inputs = generate(join(TMP, 'data'));
  log('inputs', inputs.description);
  await startServer();
  log(`serving the production build on ${BASE}`);
  let jsBytes = null;
  let failure = null;
  try {
    await launch();
    if (wanted('js_gzip')) jsBytes = await phaseJsGzip();
    if (wanted('anchor_exact') || wanted('anchor_fuzzy')) {
      await phaseAnchors(JSON.parse(readFileSync(inputs.files.anchors, 'utf8')));
    }
    const readerPhase = [
      'open_article',
      'paint_floor',
      'add_claim',
      'scroll_jump',
      'keystroke_edit',
      'filter_claims',
    ];
    if (readerPhase.some(wanted)) await phaseReader(inputs);
    if (wanted('import_bundle') || wanted('export_bundle')) await phaseImportExport(inputs);
  } catch (error) {
    failure = error;
  } finally {
    await browser?.close().catch(() => {});
    await stopServer();
  }
  const results = report(jsBytes);
  // A partial, profiled or failed run never overwrites the full results.
  const out =
    ONLY || PROFILE || failure ? join(TMP, 'results-partial.json') : join(BENCH, 'results.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(
    join(TMP, 'details.json'),
    `${JSON.stringify({ inputs: inputs.description, load, notes, skipped, details, profiles }, null, 2)}\n`,
  );
  console.log(
    `\nWrote ${out.slice(ROOT.length + 1)} and bench/.tmp/details.json in ${Math.round((Date.now() - started) / 1000)} s.`,
  );
  if (failure) throw failure;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    void stopServer().finally(() => process.exit(130));
  });
}

main().catch(async (error) => {
  console.error(error);
  await browser?.close().catch(() => {});
  await stopServer();
  process.exit(1);
});
