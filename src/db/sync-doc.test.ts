import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseDocumentName } from '../../server/document-name';
import type { ClaimChange } from '../domain/claims/change-log';
import type { ClaimComment } from '../domain/claims/comments';
import type { Claim, ClaimVersion } from '../domain/types';
import { makeTombstone, sampleArticle, sampleClaims } from '../domain/test-data/exchange';
import {
  applyArticleToYDoc,
  applyClaimsToYDoc,
  articleDocumentName,
  articleToYDoc,
  libraryDocumentName,
  readArticleFromYDoc,
  type ArticleSnapshot,
} from './sync-doc';

const article = sampleArticle();
const [disputed, confirmed, unverified] = sampleClaims(article) as [Claim, Claim, Claim];
const byId = (a: Claim, b: Claim) => (a.id < b.id ? -1 : 1);

/** A claim as the document holds it: every field, known or not. */
type RecordClaim = Claim & Record<string, unknown>;

/** A claim with a review record of its own, and (in `extra`) fields nobody knows yet. */
function withRecord(claim: Claim, extra: Record<string, unknown> = {}): RecordClaim {
  const log: ClaimChange[] = [
    { kind: 'create', at: claim.createdAt, by: 'Camille', fields: [], rev: 'r1' },
  ];
  return { ...claim, rev: 'r1', log, comments: [], rating: 'true', ...extra };
}

/** A copy of a document through its encoded state, as another member receives it. */
function replica(ydoc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
  return copy;
}

/** Exchanges what each document lacks, as two members do on reconnecting. */
function reconnect(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

function read(ydoc: Y.Doc): ArticleSnapshot & { claims: RecordClaim[] } {
  const snapshot = readArticleFromYDoc(ydoc);
  if (!snapshot) throw new Error('the document holds no article');
  return snapshot as ArticleSnapshot & { claims: RecordClaim[] };
}

/** A claim's content as a history version, as the app keeps it. */
function versionOf(claim: Claim, updatedAt: string): ClaimVersion {
  const { anchor, verdict, note, evidence, tags, claimant, claimDate, reviewState } = claim;
  const { approvedBy, approvedAt, reviewComment, updatedBy } = claim;
  return {
    ...{ anchor, verdict, note, evidence, tags, claimant, claimDate, reviewState },
    ...{ approvedBy, approvedAt, reviewComment, updatedBy, updatedAt },
    rating: claim.rating,
    replacedBecause: 'edit',
  };
}

describe('article documents', () => {
  it('round-trip an article, its claims and tombstones, through the encoded state too', () => {
    const tombstone = makeTombstone(unverified, '2024-03-05T10:00:00.000Z');
    const ydoc = articleToYDoc(article, [disputed, confirmed, unverified], [tombstone]);
    const expected = { article, claims: [disputed, confirmed].sort(byId), tombstones: [tombstone] };
    expect(read(ydoc)).toEqual(expected);
    expect(read(replica(ydoc))).toEqual(expected);
  });

  it('hold nothing before their first sync', () => {
    expect(readArticleFromYDoc(new Y.Doc())).toBeNull();
  });

  it('keep every field of a claim, known or not, with the log and comments as Y.Arrays', () => {
    const claim = withRecord(disputed, { futureField: { nested: ['a', 1, null] } });
    const ydoc = articleToYDoc(article, [claim], []);
    expect(read(replica(ydoc)).claims).toEqual([claim]);
    const stored = ydoc.getMap('claims').get(claim.id) as Y.Map<unknown>;
    expect(stored.get('log')).toBeInstanceOf(Y.Array);
    expect(stored.get('comments')).toBeInstanceOf(Y.Array);
    expect(stored.get('history')).toBeInstanceOf(Y.Array);
  });

  it('round-trip any extra JSON fields of claims (property)', () => {
    // No stored value holds a `__proto__` key: files are parsed without them (json-text.ts).
    const json = fc
      .jsonValue()
      .filter((value) => value !== null && !JSON.stringify(value).includes('"__proto__"'));
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^x[a-z]{1,8}$/), json), (extra) => {
        const claim = { ...confirmed, ...JSON.parse(JSON.stringify(extra)) } as Claim;
        expect(read(replica(articleToYDoc(article, [claim], []))).claims).toEqual([claim]);
      }),
      { numRuns: 60 },
    );
  });

  it('change nothing when the same state is applied again', () => {
    const ydoc = articleToYDoc(article, [withRecord(disputed)], []);
    let updates = 0;
    ydoc.on('update', () => (updates += 1));
    applyArticleToYDoc(ydoc, article, [withRecord(disputed)], []);
    expect(updates).toBe(0);
  });

  it('merge concurrent changes to different fields of one claim', () => {
    const a = articleToYDoc(article, [disputed], []);
    const b = replica(a);
    const base = read(a);
    applyArticleToYDoc(a, article, [{ ...disputed, verdict: 'confirmed' }], [], { base });
    applyArticleToYDoc(b, article, [{ ...disputed, note: 'Source: the minutes.' }], [], { base });
    reconnect(a, b);
    for (const ydoc of [a, b]) {
      expect(read(ydoc).claims[0]).toMatchObject({
        verdict: 'confirmed',
        note: 'Source: the minutes.',
      });
    }
  });

  it('converge on one value when both change the same field', () => {
    const a = articleToYDoc(article, [disputed], []);
    const b = replica(a);
    const base = read(a);
    applyArticleToYDoc(a, article, [{ ...disputed, verdict: 'confirmed' }], [], { base });
    applyArticleToYDoc(b, article, [{ ...disputed, verdict: 'unverified' }], [], { base });
    reconnect(a, b);
    expect(read(a).claims).toEqual(read(b).claims);
  });

  it('keep both sides of concurrent log entries and comments, in one order everywhere', () => {
    const start = withRecord(disputed);
    const a = articleToYDoc(article, [start], []);
    const b = replica(a);
    const base = read(a);
    const entry = (rev: string, by: string): ClaimChange => ({
      kind: 'edit',
      at: '2024-03-06',
      by,
      fields: [],
      rev,
    });
    const comment = (id: string, by: string): ClaimComment => ({
      id,
      by,
      at: '2024-03-06',
      text: `from ${by}`,
      editedAt: '',
    });
    const fromA = { log: [...start.log, entry('ra', 'Ana')], comments: [comment('k1', 'Ana')] };
    const fromB = { log: [...start.log, entry('rb', 'Bo')], comments: [comment('k2', 'Bo')] };
    applyArticleToYDoc(a, article, [{ ...start, ...fromA }], [], { base });
    applyArticleToYDoc(b, article, [{ ...start, ...fromB }], [], { base });
    reconnect(a, b);
    const merged = read(a).claims[0]!;
    expect(read(b).claims[0]).toEqual(merged);
    expect(merged.log!.map((change) => change.rev).sort()).toEqual(['r1', 'ra', 'rb']);
    expect(merged.comments!.map((one) => one.id).sort()).toEqual(['k1', 'k2']);
  });

  it('remove a list entry only when the change removed it from what it started from', () => {
    const comment = { id: 'k1', by: 'Ana', at: '2024-03-06', text: 'first', editedAt: '' };
    const start = withRecord(disputed, { comments: [comment] });
    const ydoc = articleToYDoc(article, [start], []);
    const cleared: RecordClaim = { ...start, comments: [] };
    // Without a base, a device that has not received the comment yet does not delete it.
    applyArticleToYDoc(ydoc, article, [cleared], []);
    expect(read(ydoc).claims[0]!.comments).toEqual([comment]);
    applyArticleToYDoc(ydoc, article, [cleared], [], { base: read(ydoc) });
    expect(read(ydoc).claims[0]!.comments).toEqual([]);
  });

  it('replace an edited comment in place, and log entries a newer one absorbed', () => {
    const comment = { id: 'k1', by: 'Ana', at: '2024-03-06', text: 'first', editedAt: '' };
    const typing: ClaimChange = {
      kind: 'edit',
      at: '2024-03-06T10:00',
      by: 'Ana',
      fields: [],
      rev: 'r2',
    };
    const start = withRecord(disputed, { comments: [comment] });
    const typed: RecordClaim = { ...start, log: [...start.log, typing] };
    const ydoc = articleToYDoc(article, [typed], []);
    const edited = { ...comment, text: 'second', editedAt: '2024-03-07' };
    const coalesced = { ...typing, at: '2024-03-06T10:01', rev: 'r3', absorbed: ['r2'] };
    const next: RecordClaim = { ...start, comments: [edited], log: [...start.log, coalesced] };
    applyArticleToYDoc(ydoc, article, [next], []);
    expect(read(ydoc).claims[0]).toEqual(next);
  });

  it('put history versions first, newest first, as the app keeps them', () => {
    const ydoc = articleToYDoc(article, [{ ...disputed, history: [] }], []);
    const older = versionOf(disputed, '2024-03-05');
    applyArticleToYDoc(ydoc, article, [{ ...disputed, history: [older] }], []);
    const newer = versionOf(disputed, '2024-03-06');
    applyArticleToYDoc(ydoc, article, [{ ...disputed, history: [newer, older] }], []);
    expect(read(ydoc).claims[0]!.history).toEqual([newer, older]);
  });

  it('delete a claim only through a tombstone, which wins over a concurrent edit', () => {
    const a = articleToYDoc(article, [disputed, confirmed], []);
    const b = replica(a);
    const base = read(a);
    // A device that lacks a claim does not delete it.
    applyArticleToYDoc(a, article, [confirmed], [], { base });
    expect(read(a).claims).toHaveLength(2);
    const tombstone = makeTombstone(disputed, '2024-03-08T00:00:00.000Z');
    applyArticleToYDoc(a, article, [confirmed], [tombstone], { base });
    applyArticleToYDoc(b, article, [{ ...disputed, note: 'late edit' }, confirmed], [], { base });
    reconnect(a, b);
    for (const ydoc of [a, b]) {
      expect(read(ydoc).claims.map((claim) => claim.id)).toEqual([confirmed.id]);
      expect(read(ydoc).tombstones).toEqual([tombstone]);
    }
  });

  it('keep the text and its document together, and merge metadata by field', () => {
    const a = articleToYDoc(article, [], []);
    const b = replica(a);
    const base = read(a);
    const edited = { ...article, text: 'Nouveau texte.', doc: { type: 'doc' }, title: 'Titre A' };
    applyArticleToYDoc(a, edited, [], [], { base });
    applyArticleToYDoc(b, { ...article, author: 'Bo' }, [], [], { base });
    reconnect(a, b);
    expect(read(b).article).toEqual({ ...edited, author: 'Bo' });
    expect(read(a).article).toEqual(read(b).article);
  });

  it('take one changed claim alone, leaving the others and the text as they are', () => {
    const ydoc = articleToYDoc(article, [disputed, confirmed], []);
    const before = read(ydoc);
    const changed = { ...confirmed, verdict: 'disputed' as const };
    const updates: Uint8Array[] = [];
    ydoc.on('update', (update: Uint8Array) => updates.push(update));
    applyClaimsToYDoc(ydoc, [changed], [], { base: [confirmed], origin: 'local' });
    expect(read(ydoc)).toEqual({ ...before, claims: [disputed, changed].sort(byId) });
    // One update, carrying the verdict and not the article's text.
    expect(updates).toHaveLength(1);
    expect(updates[0]!.byteLength).toBeLessThan(200);
  });

  it('tag a transaction with the origin given, for observers to tell local writes', () => {
    const ydoc = new Y.Doc();
    const origins: unknown[] = [];
    ydoc.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin));
    applyArticleToYDoc(ydoc, article, [disputed], [], { origin: 'local' });
    expect(origins).toEqual(['local']);
  });

  it('are named in the namespaces the server serves', () => {
    expect(parseDocumentName(articleDocumentName('desk-3', article.id))).toEqual({
      team: 'desk-3',
      kind: 'article',
      articleId: article.id,
    });
    expect(parseDocumentName(libraryDocumentName('desk-3'))).toEqual({
      team: 'desk-3',
      kind: 'library',
    });
  });
});
