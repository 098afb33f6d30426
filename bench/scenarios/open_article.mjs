// open_article: from clicking the article's title in the library to the frame after its text
// and verdict highlights are painted; each run is followed by a paint_floor run.
import { settle } from '../lib/browser.mjs';
import { measureMainThread } from '../lib/instrument.mjs';
import { log, round } from '../lib/log.mjs';
import { backToLibrary, openArticleFromLibrary } from '../lib/reader.mjs';
import { paintFloor } from './paint_floor.mjs';

/** @param {import('../lib/record.mjs').Context} ctx */
export async function openArticle(ctx, stage) {
  const { page, inputs } = stage;
  const { article, description } = inputs;
  for (let run = 0; run < ctx.runs; run++) {
    const r = await openArticleFromLibrary(page, article.title, description.paragraphs);
    ctx.record('open_article', r.ms, description.claims);
    ctx.detail('open_article', r);
    await settle(page);
    const floor = await paintFloor(ctx, stage);
    log(
      `open_article run ${run + 1}: ${round(r.ms)} ms (text at ${round(r.textFrameMs)} ms, ` +
        `${r.ranges} ranges registered, ${r.cards} cards); paint floor ${round(floor.ms)} ms`,
    );
    await backToLibrary(page);
  }
  await measureMainThread(ctx, page, 'open_article', 'bench:done', async (around) => {
    await openArticleFromLibrary(page, article.title, description.paragraphs, around);
    await settle(page);
    await backToLibrary(page);
  });
}
