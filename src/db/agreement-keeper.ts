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
import {
  PAIRS_VERSION,
  readPairVerdictIds,
  readPairVerdicts,
  writePairVerdicts,
  type PairVerdictsRow,
} from './library-cache';
import { mutatedClaimIds } from './mutated-claims';

/** Articles whose claims one read brings (one `getAll` each, in one transaction). */
const ARTICLES_PER_READ = 25;

/**
 * The reviewers' agreement of the library index worker. Each article's judgement pairs are kept
 * with the article's `updatedAt`, in memory and between page loads (library-cache.ts), so that
 * the library's figures are summed from what is kept and only the claims of changed articles are
 * read: reading every claim of a large library holds a core for seconds. A kept entry is made
 * again when its article's stamp moved, when it is missing (every write to claims, whatever its
 * path, forgets the kept pairs of their articles: agreement-invalidation.ts), and, for what this
 * worker holds in memory, when a write to its claims is seen (`storagemutated`); `onChange`
 * hears of such writes, so that the page asks again.
 */
export function agreementKeeper(onChange: () => void): {
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
    if (ids?.length === 0) return;
    if (ids === null) changed = 'all';
    else for (const id of ids) mutated.add(id);
    onChange();
  };
  Dexie.on('storagemutated', onMutated);

  /** The articles whose claims changed apart from their stamp since the last figures. */
  async function changedArticles(): Promise<Set<string> | 'all'> {
    const ids = [...mutated];
    const taken = changed;
    [changed, mutated] = [new Set(), new Set()];
    if (taken === 'all') return taken;
    // A deleted claim no longer names its article: its kept pairs were forgotten (below).
    for (const claim of await db.claims.bulkGet(ids)) if (claim) taken.add(claim.articleId);
    return taken;
  }

  async function figures(stamps: ArticleStamps): Promise<ReviewerPairAgreement[]> {
    if (!loaded) {
      loaded = true;
      for (const row of await readPairVerdicts(db.name)) kept.set(row.id, row);
    }
    const touched = await changedArticles();
    // Pairs forgotten on disk by a write (agreement-invalidation.ts) are forgotten here too.
    const onDisk = await readPairVerdictIds(db.name);
    const gone = [...kept.keys()].filter((id) => !stamps.has(id));
    for (const id of gone) kept.delete(id);
    if (onDisk) for (const id of kept.keys()) if (!onDisk.has(id)) kept.delete(id);
    const stale = [...stamps.keys()].filter(
      (id) =>
        touched === 'all' ||
        touched.has(id) ||
        kept.get(id)?.updatedAt !== stamps.get(id) ||
        kept.get(id)?.version !== PAIRS_VERSION,
    );
    const made: PairVerdictsRow[] = [];
    for (let at = 0; at < stale.length; at += ARTICLES_PER_READ) {
      const part = stale.slice(at, at + ARTICLES_PER_READ);
      const byArticle = new Map<string, Claim[]>(part.map((id) => [id, []]));
      for (const claim of await readClaimsOf(part)) byArticle.get(claim.articleId)?.push(claim);
      for (const [id, claims] of byArticle) {
        const pairs = articlePairVerdicts(claims);
        const row = { id, updatedAt: stamps.get(id)!, version: PAIRS_VERSION, pairs };
        kept.set(id, row);
        made.push(row);
      }
    }
    await writePairVerdicts(db.name, made, gone);
    return agreementOfPairs([...kept.values()].map((row) => row.pairs));
  }

  return { figures, stop: () => Dexie.on('storagemutated').unsubscribe(onMutated) };
}
