/// <reference lib="webworker" />
import { locateAnchors } from '../domain/anchoring/anchor';
import { textHashProblems, withoutTextHash } from '../domain/exchange/bundle';
import { decodeFile } from '../domain/exchange/decode-file';
import { parseImportText } from '../domain/exchange/import-parse';
import { mapRatings, unknownRatings, type RatingMapping } from '../domain/exchange/rating-mapping';
import { keepsPlan } from '../domain/merge/keeps-plan';
import { planMerge, type MergePlan, type Resolution, type Snapshot } from '../domain/merge/plan';
import { PlanRows, PREVIEW_PAGE } from '../domain/merge/summary';
import { VerdictError } from '../domain/problem';
import { applyMergePlan, CheckedRecords, readSnapshot, writtenArticleIds } from './exchange';
import type { ImportRequest, ImportResponse } from './importer.protocol';
import { watchLibrary, type LibraryWatch } from './importer-watch';
import { getRatingScale } from './rating-settings';
import { currentReviewerName } from './settings';
import { serializeError, serve, type Handler } from './worker-channel';

/**
 * Checks an import file off the main thread, so that a large file never freezes the page:
 * decode, parse, validate, verify the text hashes, read the library and plan the merge of a
 * bundle; hands the preview the rows of the plan a page at a time; then, on the page's word,
 * writes the plan (in one transaction, here too).
 */
export const importFile: Handler<ImportRequest, ImportResponse> = (answer, onClose) => {
  let planned: {
    incoming: Snapshot;
    now: string;
    by: string;
    plan: MergePlan;
    /** The plan's rows, which the preview reads a page at a time. */
    rows: PlanRows;
    watch: LibraryWatch;
    checked: CheckedRecords;
  } | null = null;
  onClose(() => planned?.watch.stop());

  async function check(bytes: ArrayBuffer, now: string): Promise<ImportResponse> {
    const decoded = decodeFile(bytes);
    if (!decoded.ok) return { kind: 'invalid', problems: [decoded.problem] };
    const parsed = parseImportText(decoded.text);
    if (!parsed.ok) return { kind: 'invalid', problems: parsed.problems };
    if (parsed.kind === 'w3c') {
      return { kind: 'w3c', annotations: parsed.annotations, problems: parsed.problems };
    }
    const hashProblems = await textHashProblems(parsed.bundle);
    if (hashProblems.length > 0) return { kind: 'invalid', problems: hashProblems };
    answer({ kind: 'progress', stage: 'comparing' });
    // The parse gave the records in their stored form (an article's is without its `textHash`).
    const checked = new CheckedRecords();
    const incoming: Snapshot = {
      articles: checked.add(parsed.bundle.articles.map(withoutTextHash)),
      claims: checked.add(parsed.bundle.claims),
      tombstones: checked.add(parsed.bundle.tombstones),
    };
    // Watched from before the read: a write to the library from then on makes `apply` plan again.
    const watch = watchLibrary();
    const local = await readSnapshot();
    const by = await currentReviewerName();
    // The bundle's parse validated its records with the stored-data rule's schemas.
    const plan = planMerge(local, incoming, { now, by, reanchor: locateAnchors, checked: true });
    planned?.watch.stop();
    const rows = new PlanRows(plan, local.articles);
    planned = { incoming, now, by, plan, rows, watch, checked };
    return {
      kind: 'bundle',
      summary: rows.summary(PREVIEW_PAGE),
      problems: plan.problems,
      exportedBy: parsed.bundle.exportedBy,
      unknownRatings: unknownRatings(
        incoming.claims,
        parsed.bundle.ratingScale,
        await getRatingScale(),
      ),
    };
  }

  const failed = (error: unknown): ImportResponse => ({
    kind: 'failed',
    error: serializeError(error),
  });

  /**
   * Writes the plan, settled as the user chose and with the file's unknown ratings mapped onto
   * the scale as it is now: the plan of the check when nothing it was made from changed and the
   * choices leave it as it is, else a plan made again against the library as it is now.
   */
  async function apply(resolution: Partial<Resolution> = {}, ratings: RatingMapping = {}) {
    if (!planned) throw new VerdictError('nothing-to-import');
    const { incoming, watch } = planned;
    const unchanged = !watch.changed() && keepsPlan(planned.plan, incoming, resolution, ratings);
    const plan = unchanged ? planned.plan : await planAgain(incoming, resolution, ratings);
    await applyMergePlan(plan, planned.checked);
    return writtenArticleIds(plan);
  }

  async function planAgain(
    incoming: Snapshot,
    resolution: Partial<Resolution>,
    ratings: RatingMapping,
  ): Promise<MergePlan> {
    const { now, by } = planned!;
    const options = { now, by, reanchor: locateAnchors, resolution, checked: true };
    const claims = mapRatings(incoming.claims, ratings, await getRatingScale());
    return planMerge(await readSnapshot(), { ...incoming, claims }, options);
  }

  return (request) => {
    if (request.kind === 'rows') {
      const { serial, group, from, to } = request;
      if (planned) answer({ kind: 'rows', serial, ...planned.rows.page(group, from, to) });
      else
        answer({
          kind: 'failed',
          serial,
          error: serializeError(new VerdictError('nothing-to-import')),
        });
      return;
    }
    if (request.kind === 'apply') {
      apply(request.resolution, request.ratings).then(
        (articleIds) => answer({ kind: 'applied', articleIds }),
        (error: unknown) => answer(failed(error)),
      );
      return;
    }
    answer({ kind: 'progress', stage: 'checking' });
    check(request.bytes, request.now).then(answer, (error: unknown) => answer(failed(error)));
  };
};

serve(importFile);
