import { VerdictError } from '../domain/problem';
import { withApprovalRule } from '../domain/claims/approval';
import { claimVersion, newClaim } from '../domain/claims/claim';
import { RESTORED_BECAUSE, restoreVersion, versionContent } from '../domain/claims/claim-history';
import { restoredReason, stateAtRevision } from '../domain/claims/state-at-revision';
import { cleanEvidence, evidenceProblem } from '../domain/claims/evidence';
import type { Anchor, Claim, ClaimContent, ClaimVersion, Evidence, Verdict } from '../domain/types';
import { changeBy, contentOf, recorded, restoredFromDeletion } from './claim-log';
import { db } from './database';
import { currentReviewerName } from './settings';
import { storedRule } from './stored-rule';

/** The fields of a claim a fact-checker edits in the panel (re-attaching clears `orphanedAt`). */
export type ClaimChanges = Partial<ClaimContent> & { orphanedAt?: string };

type Rule = Awaited<ReturnType<typeof storedRule>>;

async function touchArticle(articleId: string, at: string): Promise<void> {
  // The library's "last change" is the article's updatedAt, so claim edits bump it too.
  await db.articles.update(articleId, { updatedAt: at });
}

/**
 * Creates a claim on an article and bumps the article's last change, in one transaction. The
 * UI may name the claim (`id`) to paint it before the write commits.
 */
export async function createClaim(
  articleId: string,
  anchor: Anchor,
  verdict: Verdict,
  id: string = crypto.randomUUID(),
  /** The rating of the organisation's scale it is marked with ('' for the verdict alone). */
  rating = '',
): Promise<Claim> {
  const now = new Date().toISOString();
  const { storedClaim } = await storedRule();
  return db.transaction('rw', db.articles, db.claims, db.settings, async () => {
    if (!(await db.articles.get(articleId))) throw new VerdictError('article-missing');
    const by = await currentReviewerName();
    const claim = storedClaim({
      ...newClaim({ id, articleId, anchor, verdict, by, at: now }),
      rating,
    });
    await db.claims.add(claim);
    await touchArticle(articleId, now);
    return claim;
  });
}

/** Applies changes to a claim; resolves once the transaction has committed. */
export async function updateClaim(
  id: string,
  changes: ClaimChanges,
  /**
   * The claim's `updatedAt` when the user began this edit. If the claim changed since (another
   * tab saved it meanwhile), that version is kept in the claim's history before this later edit
   * replaces it, so a concurrent edit is never lost silently.
   */
  baseRevision?: string,
): Promise<void> {
  await writeChanges(await storedRule(), id, changes, baseRevision);
}

/**
 * Re-attaches a claim to words of the current text by hand, recorded as a re-attachment (an
 * approved claim goes back to review: its approval covered other words).
 */
export async function reattachClaim(id: string, anchor: Anchor): Promise<void> {
  await writeChanges(await storedRule(), id, { anchor, orphanedAt: '' }, undefined, 'reattach');
}

/**
 * `updateClaim` with the stored-data rule at hand, so that a transaction can call it. The change
 * is recorded in the claim's log; a change to what an approval covers sends the claim back to
 * review (src/domain/claims/approval.ts; the UI asks first).
 */
async function writeChanges(
  { storedClaim }: Rule,
  id: string,
  changes: ClaimChanges,
  baseRevision?: string,
  kind: 'edit' | 'reattach' = 'edit',
): Promise<void> {
  const now = new Date().toISOString();
  await db.transaction('rw', db.articles, db.claims, db.settings, async () => {
    const claim = await db.claims.get(id);
    if (!claim) throw new VerdictError('claim-missing');
    const by = await currentReviewerName();
    const concurrent = baseRevision !== undefined && baseRevision !== claim.updatedAt;
    const history = concurrent
      ? [
          claimVersion(claim, 'replaced by an edit made at the same time in another tab'),
          ...claim.history,
        ]
      : claim.history;
    const next = recorded(
      { ...claim, history },
      withApprovalRule(claim, changes) as ClaimChanges,
      changeBy(by, now, kind),
    );
    // Nothing changed: nothing is written, and the claim keeps its revision.
    if (next.rev === claim.rev && !concurrent && next.log === claim.log) return;
    await db.claims.put(storedClaim(next));
    await touchArticle(claim.articleId, now);
  });
}

/**
 * Adds a source to a claim's evidence, or replaces the source with the same id, in one
 * transaction (so that two sources saved at once never overwrite each other). Refuses a source
 * whose link is not http(s).
 */
export async function saveEvidence(claimId: string, evidence: Evidence): Promise<void> {
  const problem = evidenceProblem(evidence);
  if (problem) throw new VerdictError(problem.code, problem.data);
  const source = cleanEvidence(evidence);
  const rule = await storedRule();
  await db.transaction('rw', db.articles, db.claims, db.settings, async () => {
    const claim = await db.claims.get(claimId);
    if (!claim) throw new VerdictError('claim-missing');
    const known = claim.evidence.some((e) => e.id === source.id);
    await writeChanges(rule, claimId, {
      evidence: known
        ? claim.evidence.map((e) => (e.id === source.id ? source : e))
        : [...claim.evidence, source],
    });
  });
}

/** Removes one source from a claim's evidence (nothing happens if it is already gone). */
export async function removeEvidence(claimId: string, evidenceId: string): Promise<void> {
  const rule = await storedRule();
  await db.transaction('rw', db.articles, db.claims, db.settings, async () => {
    const claim = await db.claims.get(claimId);
    if (!claim) throw new VerdictError('claim-missing');
    if (!claim.evidence.some((e) => e.id === evidenceId)) return;
    await writeChanges(rule, claimId, {
      evidence: claim.evidence.filter((e) => e.id !== evidenceId),
    });
  });
}

/**
 * Makes the version at `index` of a claim's history current again, the current content going
 * into the history, in one transaction. With `expected` (the version as the UI showed it),
 * refuses when the history changed in between (another tab, an import).
 */
export async function restoreClaimVersion(
  id: string,
  index: number,
  expected?: Pick<ClaimVersion, 'updatedAt' | 'replacedBecause'>,
): Promise<void> {
  const now = new Date().toISOString();
  const { storedClaim } = await storedRule();
  await db.transaction('rw', db.articles, db.claims, db.settings, async () => {
    const claim = await db.claims.get(id);
    if (!claim) throw new VerdictError('claim-missing');
    const version = claim.history[index];
    if (
      !version ||
      (expected &&
        (version.updatedAt !== expected.updatedAt ||
          version.replacedBecause !== expected.replacedBecause))
    ) {
      throw new VerdictError('version-missing');
    }
    const by = await currentReviewerName();
    const restored = restoreVersion(claim, index, by, now);
    if (!restored) throw new VerdictError('version-missing');
    const next = recorded(
      { ...claim, history: restored.history },
      versionContent(version),
      changeBy(by, now, 'restore', RESTORED_BECAUSE),
    );
    await db.claims.put(storedClaim(next));
    await touchArticle(claim.articleId, now);
  });
}

/**
 * Makes a claim's content what it was at a revision of its log, in one transaction; recorded as
 * a restoration (its reason names the revision). Refuses a revision the log no longer lists.
 */
export async function restoreClaimRevision(id: string, rev: string): Promise<void> {
  const now = new Date().toISOString();
  const { storedClaim } = await storedRule();
  await db.transaction('rw', db.articles, db.claims, db.settings, async () => {
    const claim = await db.claims.get(id);
    if (!claim) throw new VerdictError('claim-missing');
    const state = stateAtRevision(claim, rev);
    if (!state) throw new VerdictError('version-missing');
    const author = changeBy(await currentReviewerName(), now, 'restore', restoredReason(rev));
    await db.claims.put(storedClaim(recorded(claim, state, author)));
    await touchArticle(claim.articleId, now);
  });
}

/** Deletes a claim, leaving a tombstone, and returns it so that the UI can offer to undo. */
export async function deleteClaim(id: string): Promise<Claim | undefined> {
  const { storedTombstone } = await storedRule();
  return db.transaction('rw', [db.articles, db.claims, db.tombstones, db.settings], async () => {
    const claim = await db.claims.get(id);
    if (!claim) return undefined;
    const now = new Date().toISOString();
    await db.claims.delete(id);
    await db.tombstones.put(
      storedTombstone({
        id,
        articleId: claim.articleId,
        deletedAt: now,
        deletedBy: await currentReviewerName(),
      }),
    );
    await touchArticle(claim.articleId, now);
    return claim;
  });
}

/**
 * Puts a deleted claim back (undo), if its article still exists: as it was, its log recording
 * the deletion and the restoration.
 */
export async function restoreClaim(claim: Claim): Promise<void> {
  const { storedClaim } = await storedRule();
  await db.transaction('rw', [db.articles, db.claims, db.tombstones, db.settings], async () => {
    if (!(await db.articles.get(claim.articleId))) throw new VerdictError('article-deleted');
    const now = new Date().toISOString();
    const by = await currentReviewerName();
    const current = await db.claims.get(claim.id);
    const tombstone = await db.tombstones.get(claim.id);
    await db.tombstones.delete(claim.id);
    // Already back (another tab undid it too): the content is put back as an edit of it.
    const next = current
      ? recorded(current, contentOf(claim), changeBy(by, now))
      : restoredFromDeletion(claim, tombstone, by, now);
    await db.claims.put(storedClaim(next));
    await touchArticle(claim.articleId, now);
  });
}

/** The claims of one article (in no particular order). */
export function listClaims(articleId: string): Promise<Claim[]> {
  return db.claims.where('articleId').equals(articleId).toArray();
}

/** Reads one claim (undefined when it does not exist). */
export function getClaim(id: string): Promise<Claim | undefined> {
  return db.claims.get(id);
}
