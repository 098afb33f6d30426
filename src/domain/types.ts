/** A claim's verdict: `unverified` until a fact-checker decides. */
export type Verdict = 'confirmed' | 'disputed' | 'unverified';

/** Every verdict, in the order the UI offers them. */
export const VERDICTS: readonly Verdict[] = ['confirmed', 'disputed', 'unverified'];

/** The language an article is written in. */
export type ArticleLanguage = 'fr' | 'en' | 'other';

/**
 * Where a claim sits in its article: a W3C TextQuoteSelector (`exact`, `prefix`, `suffix`)
 * plus a TextPositionSelector (`start`, `end`, in Unicode code points over canonical text).
 */
export interface Anchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/**
 * How a claim's anchor was found in the current text: at its offsets (`exact`), the same words
 * elsewhere (`moved`), fuzzy (`approximate`), or not at all (`orphaned`).
 */
export type AnchorStatus = 'exact' | 'moved' | 'approximate' | 'orphaned';

/** How a piece of evidence bears on a claim. */
export type EvidenceStance = 'supports' | 'refutes' | 'context';

/** A source a fact-checker cites for a claim (http or https only). */
export interface Evidence {
  id: string;
  url: string;
  title: string;
  stance: EvidenceStance;
  note: string;
}

/** Where a claim is in the desk's review, separate from its verdict. */
export type ReviewState = 'draft' | 'in-review' | 'approved';

/** The fields of a claim that a fact-checker edits, and that history keeps versions of. */
export interface ClaimContent {
  anchor: Anchor;
  verdict: Verdict;
  note: string;
  evidence: Evidence[];
  tags: string[];
  /** Who made the claim in the article (a person or organisation quoted). */
  claimant: string;
  /** When the claim was made (YYYY-MM-DD) or empty. */
  claimDate: string;
  reviewState: ReviewState;
  /** Who approved the claim and when (set when reviewState becomes 'approved'). */
  approvedBy: string;
  approvedAt: string;
  /** The comment given when a claim is sent back to draft. */
  reviewComment: string;
  /**
   * The id of the rating on the organisation's scale (`RatingScale`), or '' when the claim has
   * only its verdict. A rating maps to one verdict, which stays the core field.
   */
  rating: string;
}

/** An earlier version of a claim, kept when an edit or an import replaced it. */
export interface ClaimVersion extends ClaimContent {
  updatedAt: string;
  updatedBy: string;
  /** Why this version was set aside: an import merge, a concurrent edit in another tab… */
  replacedBecause: string;
}

/** A highlighted span of an article with its verdict, rationale and details. */
export interface Claim extends ClaimContent {
  id: string;
  articleId: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Earlier versions, newest first. */
  history: ClaimVersion[];
  /**
   * When the claim's words were deleted in an edit of the article ('' while attached). An
   * orphaned claim is never re-anchored automatically: only re-attaching it by hand ends that.
   */
  orphanedAt: string;
  /** The revision the claim is at: each recorded change makes a new one (lineage). */
  rev: string;
  /** Every change to the claim, oldest first (domain/claims/change-log.ts). */
  log: ClaimChange[];
  /** The claim's discussion, oldest first (domain/claims/comments.ts). */
  comments: ClaimComment[];
}

/** The fields a change can touch: the claim's content, and whether its words were found. */
export type ChangedField = keyof ClaimContent | 'orphanedAt';

/** One field's value before and after a change. */
export interface FieldChange {
  field: ChangedField;
  before: unknown;
  after: unknown;
}

/**
 * What kind of change an entry records: the claim made, its fields edited, re-attached to words
 * by hand, deleted, restored (from deletion, or to an earlier state), or an import's version
 * kept over the local one.
 */
export type ChangeKind = 'create' | 'edit' | 'reattach' | 'delete' | 'restore' | 'merge';

/** One entry of a claim's change log. */
export interface ClaimChange {
  kind: ChangeKind;
  at: string;
  by: string;
  fields: FieldChange[];
  /** The revision this change produced (domain/merge/lineage.ts). */
  rev: string;
  /**
   * The revision the claim was at when the change was made (absent from entries recorded
   * before it was kept, and from merges, whose parents are their `absorbed`): two entries
   * made from one revision are changes made apart (domain/merge/sync-fork.ts).
   */
  from?: string;
  /** Revisions this entry absorbed while coalescing typing: known, though no longer listed. */
  absorbed?: string[];
  /** Why, when the change was not a plain edit (a conflict resolved, a version restored…). */
  reason?: string;
}

/** One comment of a claim's discussion. */
export interface ClaimComment {
  id: string;
  by: string;
  at: string;
  text: string;
  /** When its author last edited it ('' if never). */
  editedAt: string;
}

/** The mark a deleted claim leaves, so that an import cannot bring it back. */
export interface Tombstone {
  id: string;
  articleId: string;
  deletedAt: string;
  deletedBy: string;
}

/** Who is reviewing in this browser, recorded on claims and exports. */
export interface ReviewerSettings {
  reviewerName: string;
  organisationName: string;
  organisationUrl: string;
}

/** Metadata a fact-checker can edit on an article. */
export interface ArticleMeta {
  title: string;
  sourceUrl: string;
  publisher: string;
  author: string;
  /** ISO date (YYYY-MM-DD) or empty. */
  publishedAt: string;
  language: ArticleLanguage;
}

/** A tiptap/ProseMirror document as JSON. */
export interface DocumentJson {
  type: string;
  content?: DocumentJson[];
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/** An earlier text of an article, kept when an edit or an import replaced it. */
export interface ArticleTextVersion {
  doc: DocumentJson;
  text: string;
  replacedAt: string;
}

/** A text under review: its metadata, its document and the canonical text derived from it. */
export interface Article extends ArticleMeta {
  id: string;
  doc: DocumentJson;
  /** Plain text, NFC, blocks joined by "\n\n" (docs/DESIGN.md, "Words"). */
  text: string;
  /** Earlier texts, newest first. (The SHA-256 of a text is computed when exported.) */
  textHistory: ArticleTextVersion[];
  createdAt: string;
  updatedAt: string;
}
