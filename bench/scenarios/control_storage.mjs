// Control (--profile): how long IndexedDB itself takes to hand over the open article and its
// claims (raw API, read-only, no Dexie), the floor under the reader's queries.
import { log } from '../lib/log.mjs';

/** @param {import('../lib/record.mjs').Context} ctx */
export async function controlStorage(ctx, { page, inputs }) {
  const runs = [];
  for (let run = 0; run < Math.min(ctx.runs, 3); run++) {
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
      }, inputs.article.id),
    );
  }
  ctx.details['control: raw IndexedDB reads of the open article'] = runs;
  log('raw IndexedDB reads (article, then its claims):', runs);
}
