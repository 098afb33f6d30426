import { locateAnchors } from '../domain/anchoring/anchor';
import type { Article } from '../domain/types';
import type { W3CImported } from '../domain/exchange/w3c-read-annotation';
import { w3cToClaims } from '../domain/exchange/w3c-read-claims';
import { planMerge, type Resolution } from '../domain/merge/plan';
import { summarizePlan, type MergeSummary } from '../domain/merge/summary';
import { applyMergePlan, readSnapshot } from './exchange';
import { currentReviewerName } from './settings';

/** The W3C annotations of one target, and the local article chosen for them (null: skipped). */
export interface W3CTarget {
  annotations: W3CImported[];
  articleId: string | null;
  /** A new article for them (its text pasted or opened by the reviewer), written with the import. */
  newArticle?: Article;
}

/** A W3C import planned against the library: what it changes, what it left out, and its write. */
export interface W3CImportPlan {
  summary: MergeSummary;
  /** Claims the stored-data rule refused, and claims whose article is gone (left out). */
  problems: string[];
  /** Writes the plan, settled as chosen, in one transaction; rejects having written nothing. */
  apply: (resolution?: Partial<Resolution>) => Promise<void>;
}

/**
 * Turns W3C annotations into claims of the chosen articles, each quote anchored in its text, and
 * plans their merge into the library (by claim id, like a bundle's claims).
 */
export async function planW3CImport(
  targets: W3CTarget[],
  now: string = new Date().toISOString(),
): Promise<W3CImportPlan> {
  const local = await readSnapshot();
  const by = await currentReviewerName();
  const created = targets.flatMap(({ newArticle }) => (newArticle ? [newArticle] : []));
  const known = [...local.articles, ...created];
  const claims = targets.flatMap(({ annotations, articleId }) => {
    const article = known.find((a) => a.id === articleId);
    return article
      ? w3cToClaims(annotations, article, { now, by, reanchor: locateAnchors }).claims
      : [];
  });
  const incoming = { articles: created, claims, tombstones: [] };
  const plan = planMerge(local, incoming, { now, by, reanchor: locateAnchors });
  return {
    summary: summarizePlan(plan, local.articles),
    problems: plan.problems,
    // Planned again against the library as it is then, settled as the user chose.
    apply: async (resolution = {}) => {
      const options = { now, by, reanchor: locateAnchors, resolution };
      await applyMergePlan(planMerge(await readSnapshot(), incoming, options));
    },
  };
}
