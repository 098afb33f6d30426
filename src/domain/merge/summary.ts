import type { MergePlan } from './plan';
import { countRows, type ClaimRow } from './preview';

/** What a merge plan adds, changes, keeps and deletes: what its preview shows. */
export interface MergeSummary {
  articles: { new: number; updated: number; unchanged: number; deleted: number };
  claims: {
    new: number;
    /** Claims whose content changes (a claim whose log alone grows is unchanged). */
    updated: number;
    unchanged: number;
    conflicts: number;
    notFound: number;
    /** Local claims a tombstone of the file deletes. */
    deleted: number;
    tombstonesApplied: number;
  };
  /** Each claim the import touches, for the preview to list by its words. */
  rows: ClaimRow[];
  /** The title of each article the rows belong to, by id. */
  titles: Record<string, string>;
}

/**
 * The counts and rows of a merge plan (small enough to hand from a worker to the page), with the
 * titles of the articles its claims belong to (`articles`: those here and those it adds).
 */
export function summarizePlan(
  plan: MergePlan,
  articles: readonly { id: string; title: string }[] = [],
): MergeSummary {
  const counts = countRows(plan.rows);
  const titles: Record<string, string> = {};
  for (const article of [...articles, ...plan.articles.new, ...plan.articles.updated]) {
    titles[article.id] = article.title;
  }
  return {
    articles: {
      new: plan.articles.new.length,
      updated: plan.articles.updated.length,
      unchanged: plan.articles.unchanged,
      deleted: plan.articles.deleted.length,
    },
    claims: {
      new: counts.new,
      updated: counts.updated,
      unchanged: counts.unchanged,
      conflicts: counts.conflict,
      notFound: counts.notFound,
      deleted: counts.deleted,
      tombstonesApplied: plan.claims.tombstonesApplied,
    },
    rows: plan.rows,
    titles,
  };
}
