// Single measured interactions in the reader that both a scenario and the claims panel control
// (control_panel, with --profile) run.
import { settle } from './browser.mjs';
import { direct } from './instrument.mjs';
import { scrollToTop, selectVisibleWords, waitSaved } from './reader.mjs';

/** The raw CSS Custom Highlight API painting the ranges the app registered (rAF×2). */
export async function measurePaintFloor(page) {
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

/** Words selected in view, then a verdict key (c/d/u): keydown to the next paint, and more. */
export async function measureAddClaim(page, run, around = direct) {
  const quote = await selectVisibleWords(page, run, false);
  await page.locator('[role=toolbar][aria-label="Mark the selection as a claim"]').waitFor();
  await settle(page);
  await page.evaluate((quote) => {
    const B = window.__bench;
    // The claims panel is virtualised: the new claim's card is looked for by its quote.
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
 * A jump by setting the scroller's scrollTop (no React work), until the claim's highlight is
 * painted in view. `target` is a claim of the bundle: its paragraph and offsets (farClaims).
 */
export async function measureScrollTop(page, target) {
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

/**
 * In edit mode, one character typed after a visible word: keydown to the next paint, then the
 * autosave's main-thread cost (it comes 500 ms after the last keystroke).
 */
export async function measureKeystroke(page, run, around = direct, aroundSave = direct) {
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
