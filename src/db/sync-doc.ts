import * as Y from 'yjs';
import type { Article, Claim, Tombstone } from '../domain/types';
import { childMap, readRecord, sameJson, writeRecord } from './sync-doc-record';

/**
 * The Yjs documents of team sync (docs/DESIGN.md, "The team's record and sync"): one per
 * article, holding its metadata, its text, its claims (each a Y.Map of its fields, see
 * sync-doc-record.ts) and its tombstones. Dexie stays what the app reads: these functions put
 * a local article into its Y.Doc and read one back, for the db layer to store (checking every
 * record as any write does, docs/DECISIONS.md, "Stored data validity").
 */

/** The version of this layout, kept in each document's `format` map. */
export const SYNC_FORMAT_VERSION = 1;

/** The article fields that change together (the text), stored as one value. */
const BODY_FIELDS = ['doc', 'text', 'textHistory'] as const;

type Body = Pick<Article, (typeof BODY_FIELDS)[number]>;

/** An article with its claims and tombstones, as put into or read from its Y.Doc. */
export interface ArticleSnapshot {
  article: Article;
  claims: Claim[];
  tombstones: Tombstone[];
}

/** How a local change is applied to a Y.Doc. */
export interface ApplyOptions {
  /**
   * What the local change started from: then only what it changed is written, and what others
   * changed meanwhile stays (see writeRecord). Without it, the Y.Doc takes every value given.
   */
  base?: ArticleSnapshot | undefined;
  /** The transaction origin, so that observers tell local writes from remote updates. */
  origin?: unknown;
}

/** The name of a team's library document (the server's own rule: server/document-name.ts). */
export function libraryDocumentName(team: string): string {
  return `${team}/library`;
}

/** The name of an article's document in a team (server/document-name.ts). */
export function articleDocumentName(team: string, articleId: string): string {
  return `${team}/article/${articleId}`;
}

function withoutBody(article: Article): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...article };
  for (const field of BODY_FIELDS) delete fields[field];
  return fields;
}

function bodyOf(article: Article): Body {
  return { doc: article.doc, text: article.text, textHistory: article.textHistory };
}

/** A new Y.Doc holding an article, its claims and its tombstones. */
export function articleToYDoc(article: Article, claims: Claim[], tombstones: Tombstone[]): Y.Doc {
  const ydoc = new Y.Doc();
  applyArticleToYDoc(ydoc, article, claims, tombstones);
  return ydoc;
}

/**
 * Puts a local article, its claims and tombstones into its Y.Doc, in one transaction, writing
 * only what differs. A claim leaves the document only through a tombstone (a deletion always
 * leaves one): a claim missing from `claims` may be one this device has not received yet.
 */
export function applyArticleToYDoc(
  ydoc: Y.Doc,
  article: Article,
  claims: Claim[],
  tombstones: Tombstone[],
  options: ApplyOptions = {},
): void {
  const base = options.base;
  ydoc.transact(() => {
    const format = ydoc.getMap('format');
    if (format.get('version') !== SYNC_FORMAT_VERSION) format.set('version', SYNC_FORMAT_VERSION);
    writeRecord(ydoc.getMap('article'), withoutBody(article), base && withoutBody(base.article));

    const text = ydoc.getMap('text');
    const body = bodyOf(article);
    const baseBody = base && bodyOf(base.article);
    if (!(baseBody && sameJson(baseBody, body)) && !sameJson(text.get('body'), body)) {
      text.set('body', JSON.parse(JSON.stringify(body)));
    }

    writeClaims(ydoc, claims, tombstones, base?.claims);
  }, options.origin);
}

/**
 * Puts changed claims and new tombstones into an article's Y.Doc, leaving the article's text
 * and metadata alone: a claim change costs what the claim costs, whatever the article's size.
 * `base` is the claims as they were before the change (see ApplyOptions).
 */
export function applyClaimsToYDoc(
  ydoc: Y.Doc,
  claims: Claim[],
  tombstones: Tombstone[],
  options: { base?: Claim[] | undefined; origin?: unknown } = {},
): void {
  ydoc.transact(() => writeClaims(ydoc, claims, tombstones, options.base), options.origin);
}

function writeClaims(
  ydoc: Y.Doc,
  claims: Claim[],
  tombstones: Tombstone[],
  base: Claim[] | undefined,
): void {
  const stored = ydoc.getMap<Tombstone>('tombstones');
  for (const tombstone of tombstones) {
    if (!sameJson(stored.get(tombstone.id), tombstone)) stored.set(tombstone.id, { ...tombstone });
  }
  const claimMaps = ydoc.getMap<unknown>('claims');
  const baseClaims = new Map(base?.map((claim) => [claim.id, claim]));
  for (const claim of claims) {
    if (stored.has(claim.id)) continue;
    writeRecord(childMap(claimMaps, claim.id), claim, baseClaims.get(claim.id));
  }
  for (const id of stored.keys()) claimMaps.delete(id);
}

/**
 * The article, claims (without those a tombstone deleted) and tombstones a Y.Doc holds, or
 * null while it holds no article (before its first sync). Claims come sorted by id.
 */
export function readArticleFromYDoc(ydoc: Y.Doc): ArticleSnapshot | null {
  const fields = readRecord(ydoc.getMap('article'));
  const body = ydoc.getMap('text').get('body') as Body | undefined;
  if (typeof fields.id !== 'string' || !body) return null;
  const article = { ...fields, ...body } as unknown as Article;
  const tombstones = [...ydoc.getMap<Tombstone>('tombstones').values()].map((tombstone) => ({
    ...tombstone,
  }));
  const deleted = new Set(tombstones.map((tombstone) => tombstone.id));
  const claims: Claim[] = [];
  ydoc.getMap<unknown>('claims').forEach((value, id) => {
    if (deleted.has(id) || !(value instanceof Y.Map)) return;
    claims.push(readRecord(value as Y.Map<unknown>) as unknown as Claim);
  });
  claims.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  tombstones.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { article, claims, tombstones };
}
