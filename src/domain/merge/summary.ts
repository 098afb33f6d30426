import type { MergePlan } from './plan';
import { groupRows, type ClaimRow, type RowGroup } from './preview';

/** Rows of each group a preview lists at first, and adds at each "Show more". */
export const PREVIEW_PAGE = 50;

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
  /**
   * The first rows of each group, in the plan's order: all of them, unless the plan stays in a
   * worker that hands the others on demand (`ReadRows`), so that the page never receives the
   * rows of 100,000 claims at once.
   */
  groups: Record<RowGroup, ClaimRow[]>;
  /** The title of each article the rows given belong to, by id. */
  titles: Record<string, string>;
}

/** Rows of a group read after its summary, with the titles of their articles. */
export interface RowsPage {
  rows: ClaimRow[];
  titles: Record<string, string>;
}

/** Reads the rows `from` to `to` (excluded) of a group from where its plan is kept. */
export type ReadRows = (group: RowGroup, from: number, to: number) => Promise<RowsPage>;

/** A summary as a preview takes it: with `readRows` when its groups hold only their first rows. */
export type PreviewSummary = MergeSummary & { readRows?: ReadRows };

/** Which count of a summary is the size of each group. */
const GROUP_COUNTS = {
  conflict: 'conflicts',
  notFound: 'notFound',
  new: 'new',
  updated: 'updated',
  deleted: 'deleted',
  unchanged: 'unchanged',
} as const satisfies Record<RowGroup, keyof MergeSummary['claims']>;

/** How many rows a group has in all, whether the summary holds them or not. */
export function groupSize(summary: MergeSummary, group: RowGroup): number {
  return summary.claims[GROUP_COUNTS[group]];
}

/**
 * A plan's rows by the group of the preview that lists them, with the titles of the articles
 * they belong to (`articles`: those here, and those the plan adds or updates): what the summary
 * and the pages read after it are cut from.
 */
export class PlanRows {
  private readonly groups: Record<RowGroup, ClaimRow[]>;
  private readonly titles = new Map<string, string>();

  constructor(
    private readonly plan: MergePlan,
    articles: readonly { id: string; title: string }[],
  ) {
    this.groups = groupRows(plan.rows);
    for (const article of [...articles, ...plan.articles.new, ...plan.articles.updated]) {
      this.titles.set(article.id, article.title);
    }
  }

  /** The plan's counts, with the first `firstRows` rows of each group (all by default). */
  summary(firstRows = Infinity): MergeSummary {
    const { plan, groups } = this;
    const first = (group: RowGroup) => groups[group].slice(0, firstRows);
    const shown: Record<RowGroup, ClaimRow[]> = {
      conflict: first('conflict'),
      notFound: first('notFound'),
      new: first('new'),
      updated: first('updated'),
      deleted: first('deleted'),
      unchanged: first('unchanged'),
    };
    return {
      articles: {
        new: plan.articles.new.length,
        updated: plan.articles.updated.length,
        unchanged: plan.articles.unchanged,
        deleted: plan.articles.deleted.length,
      },
      claims: {
        new: groups.new.length,
        updated: groups.updated.length,
        unchanged: groups.unchanged.length,
        conflicts: groups.conflict.length,
        notFound: groups.notFound.length,
        deleted: groups.deleted.length,
        tombstonesApplied: plan.claims.tombstonesApplied,
      },
      groups: shown,
      titles: this.titlesOf(Object.values(shown).flat()),
    };
  }

  /** The rows `from` to `to` (excluded) of a group, with the titles of their articles. */
  page(group: RowGroup, from: number, to: number): RowsPage {
    const rows = this.groups[group].slice(from, to);
    return { rows, titles: this.titlesOf(rows) };
  }

  private titlesOf(rows: readonly ClaimRow[]): Record<string, string> {
    const titles: Record<string, string> = {};
    for (const { articleId } of rows) {
      const title = this.titles.get(articleId);
      if (title !== undefined) titles[articleId] = title;
    }
    return titles;
  }
}

/**
 * The counts and every row of a merge plan, with the titles of the articles its claims belong
 * to (`articles`: those here and those it adds): for a preview made where its plan is.
 */
export function summarizePlan(
  plan: MergePlan,
  articles: readonly { id: string; title: string }[] = [],
): MergeSummary {
  return new PlanRows(plan, articles).summary();
}
