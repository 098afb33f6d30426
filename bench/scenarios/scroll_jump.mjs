// scroll_jump: clicking the quote of a claim far down the article in the claims panel, to the
// paint where its claim-selected highlight shows in view; the details add a scrollTop jump.
import { settle } from '../lib/browser.mjs';
import { instrument, measureMainThread, direct } from '../lib/instrument.mjs';
import { measureScrollTop } from '../lib/interactions.mjs';
import { log, round } from '../lib/log.mjs';
import { JUMP_FLOOR } from '../lib/report.mjs';
import { farClaims, scrollToTop } from '../lib/reader.mjs';

async function measureScrollJump(page, run, around = direct) {
  await scrollToTop(page);
  // The panel lists claims in reading order (and is virtualised): scroll it 80-96 % down,
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

/** @param {import('../lib/record.mjs').Context} ctx */
export async function scrollJump(ctx, { page, inputs }) {
  const far = farClaims(inputs.files.bundle, ctx.runs);
  for (let run = 0; run < ctx.runs; run++) {
    const r = await measureScrollJump(page, run);
    ctx.record('scroll_jump', r.ms, inputs.description.claims);
    ctx.detail('scroll_jump', r);
    const s = await measureScrollTop(page, far[run]);
    ctx.detail('scroll_jump via scrollTop (no click)', s);
    log(
      `scroll_jump run ${run + 1}: ${round(r.ms)} ms (claims panel click); ${round(s.ms)} ms (scrollTop only)`,
    );
  }
  await measureMainThread(ctx, page, 'scroll_jump', 'bench:first-paint', (around, k) =>
    measureScrollJump(page, k, around),
  );
  // The browser's floor for a jump, traced the same way: the same kind of jump made by setting
  // scrollTop, which leaves only the scroll, the painter registering that screen's ranges and
  // the browser painting a screen of highlighted text (report.mjs: floor_cpu_ms).
  await measureMainThread(ctx, page, JUMP_FLOOR, 'bench:first-paint', (around, k) =>
    around(() => measureScrollTop(page, far[k % far.length])),
  );
  await instrument(
    ctx,
    () => page,
    'scroll_jump',
    (around) => measureScrollJump(page, 2, around),
  );
  await instrument(
    ctx,
    () => page,
    'scroll_jump via scrollTop (no click)',
    (around) => around(() => measureScrollTop(page, far[1])),
  );
}
