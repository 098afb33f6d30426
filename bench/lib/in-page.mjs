// Helpers the benchmark installs in every page, self-contained because Playwright's addInitScript
// serialises the function, all times being the page's performance.now().

export function installBench() {
  if (window.__bench) return;
  const B = {};
  window.__bench = B;

  // Long animation frames (script vs style/layout/paint) and slow events (Event Timing).
  B.loaf = [];
  B.slowEvents = [];
  const takeLoaf = (entries) => {
    for (const e of entries) {
      B.loaf.push({
        start: e.startTime,
        duration: e.duration,
        blocking: e.blockingDuration,
        renderStart: e.renderStart,
        styleAndLayoutStart: e.styleAndLayoutStart,
        scripts: e.scripts.map((s) => ({
          invoker: s.invoker,
          type: s.invokerType,
          fn: s.sourceFunctionName,
          src: (s.sourceURL || '').split('/').pop(),
          start: s.startTime,
          duration: s.duration,
          forced: s.forcedStyleAndLayoutDuration,
        })),
      });
    }
    if (B.loaf.length > 5000) B.loaf.splice(0, B.loaf.length - 5000);
  };
  const takeEvents = (entries) => {
    for (const e of entries) {
      B.slowEvents.push({
        name: e.name,
        start: e.startTime,
        duration: e.duration,
        processing: e.processingEnd - e.processingStart,
      });
    }
  };
  const observers = [];
  try {
    const observer = new PerformanceObserver((list) => takeLoaf(list.getEntries()));
    observer.observe({ type: 'long-animation-frame', buffered: true });
    observers.push([observer, takeLoaf]);
  } catch {
    B.noLoaf = true;
  }
  try {
    const observer = new PerformanceObserver((list) => takeEvents(list.getEntries()));
    observer.observe({ type: 'event', durationThreshold: 16, buffered: true });
    observers.push([observer, takeEvents]);
  } catch {
    B.noEventTiming = true;
  }
  /** Takes in the entries the observers have queued but not delivered yet. */
  const flush = () => {
    for (const [observer, take] of observers) take(observer.takeRecords());
  };

  const raf = () =>
    new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  B.raf = raf;

  /** Resolves just after the next frame is painted (rAF, then a task queued from it). */
  B.afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  /**
   * Polls `check` at the start of every frame; once true, resolves with that frame's time
   * (`frame`), the time just after it is painted (`painted`) and the start of the frame after
   * (`next`). With `paintedMark`, a user-timing mark of that name is made just after the paint.
   */
  B.frameWhen = (check, timeoutMs = 120_000, paintedMark = null) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const tick = () => {
        let ok = false;
        try {
          ok = check();
        } catch {
          ok = false;
        }
        if (ok) {
          const frame = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const painted = performance.now();
            if (paintedMark) B.mark(paintedMark);
            requestAnimationFrame(() => resolve({ frame, painted, next: performance.now() }));
          };
          channel.port2.postMessage(null);
          return;
        }
        if (performance.now() - started > timeoutMs) {
          reject(new Error(`timed out after ${timeoutMs} ms`));
          return;
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });

  /** Waits until frames have come at least every 50 ms for `quietMs`, then for an idle period. */
  B.settle = async (quietMs = 300, timeoutMs = 30_000) => {
    const started = performance.now();
    let last = await raf();
    let quietSince = last;
    for (;;) {
      const now = await raf();
      if (now - last > 50) quietSince = now;
      last = now;
      if (now - quietSince >= quietMs) break;
      if (now - started > timeoutMs) {
        B.unsettled = (B.unsettled ?? 0) + 1;
        break;
      }
    }
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
  };

  /** Resolves with the timeStamp of the next event of this type (capture, before the app). */
  B.nextEvent = (type, filter = () => true) =>
    new Promise((resolve) => {
      const on = (e) => {
        if (!filter(e)) return;
        window.removeEventListener(type, on, true);
        resolve(e.timeStamp);
      };
      window.addEventListener(type, on, true);
    });

  /** Claim cards in the page (a live collection: reading its length costs nothing). */
  B.cards = document.getElementsByClassName('claim-card');

  /** A user-timing mark, so that a Chrome trace (--profile) can be cut at the same instants. */
  B.mark = (name) => performance.mark(`bench:${name}`);

  /** How many ranges the verdict highlights hold. */
  B.verdictRanges = () => {
    let n = 0;
    for (const name of ['verdict-confirmed', 'verdict-disputed', 'verdict-unverified']) {
      n += CSS.highlights.get(name)?.size ?? 0;
    }
    return n;
  };

  /** Whether a highlight holds a range with this text that is inside the article's visible box. */
  B.highlightShows = (names, text) => {
    const scroller = document.querySelector('.article-scroller');
    if (!scroller) return false;
    for (const name of names) {
      const highlight = CSS.highlights.get(name);
      if (!highlight) continue;
      for (const range of highlight) {
        if (range.toString() !== text) continue;
        // Geometry only once the words match: reading it forces a layout.
        const box = scroller.getBoundingClientRect();
        const rect = range.getBoundingClientRect();
        if (rect.height > 0 && rect.bottom > box.top && rect.top < box.bottom) return true;
      }
    }
    return false;
  };

  /** A summary of the long animation frames overlapping [from, to]. */
  B.loafBetween = (from, to) => {
    flush();
    const frames = B.loaf.filter((f) => f.start < to && f.start + f.duration > from);
    const sum = (list, fn) => list.reduce((total, x) => total + fn(x), 0);
    const scripts = frames.flatMap((f) => f.scripts);
    const byScript = new Map();
    for (const s of scripts) {
      const key = `${s.type} ${s.invoker}${s.fn ? ` → ${s.fn}` : ''}`;
      byScript.set(key, (byScript.get(key) ?? 0) + s.duration);
    }
    const round = (x) => Math.round(x * 10) / 10;
    return {
      frames: frames.length,
      frameMs: round(sum(frames, (f) => f.duration)),
      longestMs: round(Math.max(0, ...frames.map((f) => f.duration))),
      scriptMs: round(sum(scripts, (s) => s.duration)),
      forcedLayoutMs: round(sum(scripts, (s) => s.forced)),
      renderMs: round(
        sum(frames, (f) => (f.renderStart > 0 ? f.start + f.duration - f.renderStart : 0)),
      ),
      styleLayoutMs: round(
        sum(frames, (f) =>
          f.styleAndLayoutStart > 0 ? f.start + f.duration - f.styleAndLayoutStart : 0,
        ),
      ),
      topScripts: [...byScript]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([key, ms]) => `${round(ms)} ms ${key}`),
    };
  };

  /** What the claims list says it shows: its count lines ("12 of 5,000 claims…"). */
  const countLines = () =>
    [...document.querySelectorAll('main [role=status]')]
      .map((e) => e.textContent.trim())
      .filter((text) => /\d+ of \d+/.test(text.replace(/[\s,\u202f]/g, ' ')));
  B.listSignature = () => countLines().join(' | ');
  /** Whether the list is unfiltered: every count line says "N of N" (or there is none). */
  B.listUnfiltered = () =>
    countLines().every((text) => {
      const m = /(\d+) of (\d+)/.exec(text);
      return !m || m[1] === m[2];
    });

  B.slowEventsBetween = (from, to) => {
    flush();
    return B.slowEvents
      .filter((e) => e.start >= from - 1 && e.start <= to)
      .map(
        (e) => `${e.name} ${Math.round(e.duration)} ms (handlers ${Math.round(e.processing)} ms)`,
      );
  };

  // library_open: the document starts here after the bench's reload; its clock starts at the
  // navigation, and the end is the paint where every article row in the page has its counts.
  let libraryOpen = false;
  try {
    libraryOpen = sessionStorage.getItem('bench:library-open') !== null;
    sessionStorage.removeItem('bench:library-open');
  } catch {
    // An opaque origin (about:blank) has no session storage.
  }
  if (libraryOpen) {
    B.mark('action');
    const ready = () => {
      // Article rows (spacer rows, which keep a virtual list's height, have no index).
      const rows = document.querySelectorAll('.article-table tbody tr[data-index]');
      if (rows.length === 0 || document.querySelector('.library [aria-busy="true"]')) return false;
      return [...rows].every(
        (row) => row.querySelector('.count-chips') && row.querySelector('.state-line'),
      );
    };
    B.libraryOpen = B.frameWhen(ready).then((shown) => {
      B.mark('done');
      return {
        ms: shown.painted,
        rows: document.querySelectorAll('.article-table tbody tr[data-index]').length,
        mainThread: B.loafBetween(0, shown.next),
      };
    });
  }
}
