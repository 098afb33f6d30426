import type { MergePlan } from './plan';

/** How many records a merge plan adds, changes, keeps and deletes: what its preview shows. */
export interface MergeSummary {
  articles: { new: number; updated: number; unchanged: number; deleted: number };
  claims: {
    new: number;
    updated: number;
    unchanged: number;
    conflicts: number;
    notFound: number;
    tombstonesApplied: number;
  };
}

/** The counts of a merge plan (small enough to hand from a worker to the page). */
export function summarizePlan(plan: MergePlan): MergeSummary {
  const { articles, claims } = plan;
  return {
    articles: {
      new: articles.new.length,
      updated: articles.updated.length,
      unchanged: articles.unchanged,
      deleted: articles.deleted.length,
    },
    claims: {
      new: claims.new.length,
      updated: claims.updated.length,
      unchanged: claims.unchanged,
      conflicts: claims.conflicts,
      notFound: claims.notFound,
      tombstonesApplied: claims.tombstonesApplied,
    },
  };
}
