// sync_first_load: the 5,000-claim article arriving from the team server in a fresh browser,
// from the click on "Join the team" to the paint of the article with all its claims.
// sync_change: one verdict changed in one browser, from the click to its paint in another.
import { newPage, openApp, settle } from '../lib/browser.mjs';
import { direct, measureMainThread } from '../lib/instrument.mjs';
import { log, round } from '../lib/log.mjs';
import { openArticleFromLibrary } from '../lib/reader.mjs';
import { fillTeamForm, joinTeam, waitSynced } from '../lib/team.mjs';

/** The centre of the first element a selector finds: plain mouse clicks (see lib/reader.mjs). */
async function centre(page, selector) {
  const point = await page.evaluate((selector) => {
    const rect = document.querySelector(selector)?.getBoundingClientRect();
    return rect && { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, selector);
  if (!point) throw new Error(`nothing to click at ${selector}`);
  return point;
}

/**
 * One fresh browser joining the team: from the click on "Join the team" until the article's
 * text, verdict highlights and full claim count are painted. In the page, as its user would,
 * the Team dialog is closed once it says the browser joined, and the article is opened as soon
 * as the library lists it.
 */
async function measureFirstLoad(ctx, { team, inputs }, around = direct, onPage = () => {}) {
  const page = await newPage(ctx);
  onPage(page);
  try {
    await openApp(ctx, page);
    await fillTeamForm(page, team);
    const { claims, paragraphs } = inputs.description;
    await page.evaluate(
      ({ title, claims, paragraphs }) => {
        const B = window.__bench;
        // Each step ends a run that would never succeed after 10 minutes, saying which.
        const until = (step, check) =>
          new Promise((resolve, reject) => {
            const started = performance.now();
            const tick = () => {
              if (check()) resolve(performance.now());
              else if (performance.now() - started > 600_000) reject(new Error(`never ${step}`));
              else requestAnimationFrame(tick);
            };
            tick();
          });
        const isJoin = (e) => e.target.closest?.('button')?.textContent.trim() === 'Join the team';
        B.pending = B.nextEvent('click', isJoin).then(async (t0) => {
          B.mark('action');
          const joined = await until('joined', () => {
            const open = document.querySelector('dialog[open]');
            return (
              !open ||
              [...open.querySelectorAll('[role=status]')].some((s) =>
                s.textContent.startsWith('Joined team'),
              )
            );
          });
          document.querySelector('dialog[open] .modal-header button')?.click();
          let link = null;
          const listed = await until('listed the article', () => {
            link = [...document.querySelectorAll('main a')].find(
              (a) => a.textContent.trim() === title,
            );
            return Boolean(link);
          });
          link.click();
          const count = () =>
            Number(document.querySelector('.claims-panel .count')?.textContent.replace(/\D/g, ''));
          const shown = await B.frameWhen(
            () =>
              document.querySelector('.ProseMirror')?.childElementCount >= paragraphs &&
              B.verdictRanges() > 0 &&
              count() === claims,
            600_000,
          );
          B.mark('done');
          return {
            ms: shown.painted - t0,
            joinedMs: joined - t0,
            listedMs: listed - t0,
            claims: count(),
            ranges: B.verdictRanges(),
            mainThread: B.loafBetween(t0, shown.next),
          };
        });
      },
      { title: inputs.article.title, claims, paragraphs },
    );
    const point = await centre(page, 'dialog[open] button[type=submit]');
    return await around(async () => {
      await page.mouse.click(point.x, point.y);
      return page.evaluate(() => window.__bench.pending);
    });
  } finally {
    // Its storage goes with it: each run is a fresh browser.
    await page.context().close();
  }
}

/** Selects the first claim of the panel (top of the article) in a reader; returns it. */
async function selectFirstClaim(page) {
  const claim = await page.evaluate(() => {
    const card = document.querySelector('.claims-panel .claim-card');
    return { id: card.dataset.claimId, quote: card.querySelector('.claim-quote').textContent };
  });
  const point = await centre(page, `[data-claim-id="${claim.id}"] .claim-quote`);
  await page.mouse.click(point.x, point.y);
  await page.waitForFunction(
    (id) => document.querySelector(`[data-claim-id="${id}"] .verdict-option`),
    claim.id,
  );
  await settle(page);
  return claim;
}

/**
 * One verdict change: clicked in the sender's open card, timed until the receiver paints the
 * claim's card and highlight with the new verdict. Both clocks are the pages' own
 * `performance.now()` moved to the shared `performance.timeOrigin`.
 */
async function measureChange(sender, receiver, claim, around = direct) {
  const current = await sender.evaluate(
    (id) => document.querySelector(`[data-claim-id="${id}"] input[type=radio]:checked`)?.value,
    claim.id,
  );
  const verdict = current === 'confirmed' ? 'disputed' : 'confirmed';
  await receiver.evaluate(
    ({ id, quote, verdict }) => {
      const B = window.__bench;
      B.pending = B.frameWhen(
        () =>
          Boolean(
            document
              .querySelector(`.claims-panel [data-claim-id="${id}"]`)
              ?.classList.contains(`verdict-${verdict}`),
          ) && B.highlightShows([`verdict-${verdict}`], quote),
        120_000,
        'done',
      ).then((shown) => ({
        painted: performance.timeOrigin + shown.painted,
        mainThread: B.loafBetween(shown.frame - 1000, shown.next),
      }));
    },
    { ...claim, verdict },
  );
  await sender.evaluate(() => {
    const B = window.__bench;
    B.pending = B.nextEvent('click', (e) => Boolean(e.target.closest?.('.verdict-option'))).then(
      (t0) => {
        B.mark('action');
        return performance.timeOrigin + t0;
      },
    );
  });
  const point = await centre(sender, `[data-claim-id="${claim.id}"] .verdict-${verdict}`);
  const r = await around(async () => {
    await sender.mouse.click(point.x, point.y);
    const t0 = await sender.evaluate(() => window.__bench.pending);
    const shown = await receiver.evaluate(() => window.__bench.pending);
    return { ms: shown.painted - t0, verdict, receiverFrames: shown.mainThread };
  });
  await waitSynced(sender);
  await settle(sender);
  await settle(receiver);
  return r;
}

/** @param {import('../lib/record.mjs').Context} ctx */
export async function syncFirstLoad(ctx, stage) {
  const { claims } = stage.inputs.description;
  for (let run = 0; run < ctx.runs; run++) {
    const r = await measureFirstLoad(ctx, stage);
    ctx.record('sync_first_load', r.ms, claims);
    ctx.detail('sync_first_load', r);
    log(
      `sync_first_load run ${run + 1}: ${round(r.ms)} ms (joined at ${round(r.joinedMs)} ms, listed at ${round(r.listedMs)} ms, ${r.claims} claims)`,
    );
  }
  // Traced runs: each traces its own fresh page, made before its trace starts.
  let current = null;
  await measureMainThread(
    ctx,
    () => current,
    'sync_first_load',
    'bench:done',
    (around) => measureFirstLoad(ctx, stage, around, (page) => (current = page)),
  );
}

/**
 * A second member (joined, untimed) and the first one both on the article, the same claim
 * selected in both; each run changes its verdict in the first and times its paint in the second.
 * @param {import('../lib/record.mjs').Context} ctx
 */
export async function syncChange(ctx, stage) {
  const { page: sender, team, inputs } = stage;
  const receiver = await newPage(ctx);
  try {
    await openApp(ctx, receiver);
    await joinTeam(receiver, team);
    await openArticleFromLibrary(receiver, inputs.article.title, inputs.description.paragraphs);
    await waitSynced(receiver);
    await settle(receiver);
    const claim = await selectFirstClaim(sender);
    const same = await selectFirstClaim(receiver);
    if (same.id !== claim.id) throw new Error('the two members list different first claims');
    for (let run = 0; run < ctx.runs; run++) {
      const r = await measureChange(sender, receiver, claim);
      ctx.record('sync_change', r.ms, 1);
      ctx.detail('sync_change', r);
      log(`sync_change run ${run + 1}: ${round(r.ms)} ms (to ${r.verdict})`);
    }
    await measureMainThread(ctx, sender, 'sync_change', 'bench:done', (around) =>
      measureChange(sender, receiver, claim, around),
    );
  } finally {
    await receiver.context().close();
  }
}
