import Dexie, { type ObservabilitySet } from 'dexie';
import {
  agreementOfPairs,
  articlePairVerdicts,
  type ReviewerPairAgreement,
} from '../domain/claims/claim-agreement';
import type { Claim } from '../domain/types';
import type { ArticleStamps } from './article-stamps';
import { readClaimsOf } from './claims-index-first-read';
import { db } from './database';
import { readPairVerdicts, writePairVerdicts, type PairVerdictsRow } from './library-cache';
import { mutatedClaimIds } from './mutated-claims';

/** Articles whose claims one read brings (one `getAll` each, in one transaction). */
const ARTICLES_PER_READ = 25;

/**
 * The reviewers' agreement of the library index worker. Each article's judgement pairs are kept
 * with the article's `updatedAt` (every claim write of the app sets it), in memory and between
 * page loads (library-cache.ts), so that the library's figures are summed from what is kept and
 * only the claims of changed articles are read: reading every claim of a large library holds a
 * core for seconds. Claim writes that leave their article's stamp as it is (a sync settlement,
 * say) are followed while the worker runs (`storagemutated`): the articles of the claims they
 * touch are read again, and a write too large to name its claims has every article read again.
 * Returns the function giving the figures for the articles as they are now (`stamps`).
 */
export function agreementKeeper(): {
  figures: (stamps: ArticleStamps) => Promise<ReviewerPairAgreement[]>;
  stop: () => void;
} {
  const kept = new Map<string, PairVerdictsRow>();
  let loaded = false;
  let changed: Set<string> | 'all' = new Set();
  // Claim ids named by mutations, resolved to their articles at the next figures.
  let mutated = new Set<string>();

  const onMutated = (parts: ObservabilitySet) => {
    if (changed === 'all') return;
    const ids = mutatedClaimIds(parts, db.name);
    if (ids === null) changed = 'all';
    else for (const id of ids) mutated.add(id);
  };
  Dexie.on('storagemutated', onMutated);

  /** The articles whose claims changed apart from their stamp since the last figures. */
  async function changedArticles(): Promise<Set<string> | 'all'> {
    const ids = [...mutated];
    const taken = changed;
    [changed, mutated] = [new Set(), new Set()];
    if (taken === 'all') return taken;
    // A deleted claim is no longer there to name its article: that article's stamp moved with it.
    for (const claim of await db.claims.bulkGet(ids)) if (claim) taken.add(claim.articleId);
    return taken;
  }

  async function figures(stamps: ArticleStamps): Promise<ReviewerPairAgreement[]> {
    if (!loaded) {
      loaded = true;
      for (const row of await readPairVerdicts(db.name)) kept.set(row.id, row);
    }
    const touched = await changedArticles();
    const gone = [...kept.keys()].filter((id) => !stamps.has(id));
    for (const id of gone) kept.delete(id);
    const stale = [...stamps.keys()].filter(
      (id) => touched === 'all' || touched.has(id) || kept.get(id)?.updatedAt !== stamps.get(id),
    );
    const made: PairVerdictsRow[] = [];
    for (let at = 0; at < stale.length; at += ARTICLES_PER_READ) {
      const part = stale.slice(at, at + ARTICLES_PER_READ);
      const byArticle = new Map<string, Claim[]>(part.map((id) => [id, []]));
      for (const claim of await readClaimsOf(part)) byArticle.get(claim.articleId)?.push(claim);
      for (const [id, claims] of byArticle) {
        const row = { id, updatedAt: stamps.get(id)!, pairs: articlePairVerdicts(claims) };
        kept.set(id, row);
        made.push(row);
      }
    }
    await writePairVerdicts(db.name, made, gone);
    return agreementOfPairs([...kept.values()].map((row) => row.pairs));
  }

  return { figures, stop: () => Dexie.on('storagemutated').unsubscribe(onMutated) };
}
