import fc from 'fast-check';
import { canonicalText } from '../text/canonical-text';
import { documentFromText } from '../text/document-from-text';
import type { DocumentJson } from '../types';
import {
  WORDS,
  ARTICLE_IDS,
  CLAIM_IDS,
  SOURCES,
  time,
  REFUSED_TIMES,
  optionalTime,
  date,
  REFUSED_DATES,
  evidenceId,
  REFUSED_IDS,
  paragraphs,
} from './hostile-values';

/*
 * Import files for the round-trip properties (src/db/round-trip.property.test.ts): bundles and W3C
 * annotations that are valid, nearly valid (times with offsets, ids with blanks) or hostile (a year
 * for a time, a six-digit year, an empty evidence id, an unknown node, a document that does not
 * give its text). Ids come from small pools, so that successive imports meet the same records.
 */

type Shape = 'plain' | 'bold' | 'heading' | 'list' | 'image' | 'comment' | 'empty' | 'other-text';

/** A document with the text it claims to have (they differ for `other-text`). */
function documentOf(parts: string[], shape: Shape): { doc: DocumentJson; text: string } {
  const doc = documentFromText(parts.join('\n\n'));
  const blocks = doc.content!;
  const first = blocks[0]!;
  if (shape === 'bold') first.content![0]!.marks = [{ type: 'bold' }];
  if (shape === 'comment') first.content![0]!.marks = [{ type: 'comment' }];
  if (shape === 'heading') blocks[0] = { ...first, type: 'heading', attrs: { level: 2 } };
  if (shape === 'image') blocks.push({ type: 'image', attrs: { src: 'https://x.org/i.png' } });
  if (shape === 'empty') blocks.push({ type: 'paragraph', content: [{ type: 'text', text: '' }] });
  const list = {
    type: 'bulletList',
    content: blocks.map((b) => ({ type: 'listItem', content: [b] })),
  };
  const shaped = shape === 'list' ? { type: 'doc', content: [list] } : doc;
  const text = canonicalText(shaped);
  return { doc: shaped, text: shape === 'other-text' ? `${text} !` : text };
}

const shape = fc.constantFrom<Shape>('plain', 'bold', 'heading', 'list');

const article = fc
  .record({
    id: fc.constantFrom(...ARTICLE_IDS),
    title: fc.constantFrom('Cloudwatt', 'Bercy', ''),
    sourceUrl: fc.constantFrom(...SOURCES, ' https://example.fr/1 '),
    publishedAt: date,
    parts: paragraphs,
    shape,
    history: fc.array(fc.record({ parts: paragraphs, replacedAt: time }), { maxLength: 1 }),
    createdAt: time,
    updatedAt: time,
  })
  .map(({ parts, shape: form, history, ...fields }) => ({
    ...fields,
    publisher: '',
    author: '',
    language: 'fr',
    ...documentOf(parts, form),
    textHistory: history.map((version) => ({
      ...documentOf(version.parts, 'plain'),
      replacedAt: version.replacedAt,
    })),
  }));

const evidence = fc.record({
  id: evidenceId,
  url: fc.constantFrom('https://example.org/source', ' https://example.org/other'),
  title: fc.constantFrom('', 'Communiqué'),
  stance: fc.constantFrom('supports', 'refutes', 'context'),
  note: fc.constant(''),
});

const content = {
  word: fc.constantFrom(...WORDS),
  verdict: fc.constantFrom('confirmed', 'disputed', 'unverified'),
  note: fc.constantFrom('', 'vu', 'faux'),
  evidence: fc.array(evidence, { maxLength: 2 }),
  tags: fc.array(fc.constantFrom('économie', 'cloud'), { maxLength: 2 }),
  claimant: fc.constantFrom('', 'Pierre Paperon'),
  claimDate: date,
  reviewState: fc.constantFrom('draft', 'in-review', 'approved'),
  approvedBy: fc.constantFrom('', 'Dominique'),
  approvedAt: optionalTime,
  reviewComment: fc.constant(''),
};

/** A claim anchored on a word (the merge finds it in whichever text its article has). */
const anchorOn = (word: string) => ({
  exact: word,
  prefix: '',
  suffix: '',
  start: 0,
  end: [...word].length,
});

const claim = fc
  .record({
    ...content,
    id: fc.constantFrom(...CLAIM_IDS),
    articleId: fc.constantFrom(...ARTICLE_IDS),
    createdAt: time,
    createdBy: fc.constantFrom('', 'Camille'),
    updatedAt: time,
    updatedBy: fc.constantFrom('', 'Camille'),
    history: fc.array(
      fc.record({
        ...content,
        updatedAt: time,
        updatedBy: fc.constant('Ana'),
        replacedBecause: fc.constant('import merge'),
      }),
      { maxLength: 1 },
    ),
    orphanedAt: optionalTime,
  })
  .map(({ word, history, ...fields }) => ({
    ...fields,
    anchor: anchorOn(word),
    history: history.map(({ word: old, ...version }) => ({ ...version, anchor: anchorOn(old) })),
  }));

const tombstone = fc.record({
  id: fc.constantFrom(...CLAIM_IDS, ...ARTICLE_IDS),
  articleId: fc.constantFrom(...ARTICLE_IDS),
  deletedAt: time,
  deletedBy: fc.constant('Ana'),
});

type Records = Record<'articles' | 'claims' | 'tombstones', Record<string, unknown>[]>;

/** One hostile value put into a bundle: which list, which field, what value. */
const spoil = fc.oneof(
  fc.record({
    list: fc.constant('articles' as const),
    field: fc.constantFrom('createdAt', 'updatedAt'),
    value: fc.constantFrom(...REFUSED_TIMES),
  }),
  fc.record({
    list: fc.constant('articles' as const),
    field: fc.constantFrom('id'),
    value: fc.constantFrom(...REFUSED_IDS),
  }),
  fc.record({
    list: fc.constant('articles' as const),
    field: fc.constant('shape'),
    value: fc.constantFrom<Shape>('image', 'comment', 'empty', 'other-text'),
  }),
  fc.record({
    list: fc.constant('articles' as const),
    field: fc.constantFrom('publishedAt', 'sourceUrl'),
    value: fc.constantFrom(...REFUSED_DATES, 'ftp://x.org'),
  }),
  fc.record({
    list: fc.constant('claims' as const),
    field: fc.constantFrom('approvedAt', 'updatedAt', 'orphanedAt'),
    value: fc.constantFrom(...REFUSED_TIMES),
  }),
  fc.record({
    list: fc.constant('claims' as const),
    field: fc.constantFrom('id', 'evidenceId'),
    value: fc.constantFrom(...REFUSED_IDS),
  }),
  fc.record({
    list: fc.constant('claims' as const),
    field: fc.constant('claimDate'),
    value: fc.constantFrom(...REFUSED_DATES),
  }),
  fc.record({
    list: fc.constant('tombstones' as const),
    field: fc.constantFrom('deletedAt', 'id'),
    value: fc.constantFrom(...REFUSED_TIMES, ...REFUSED_IDS),
  }),
);

/** Puts a hostile value into the records (into the first of its list, when it has one). */
function spoiled(original: Records, change: Spoil): Records {
  // A copy: fast-check may hand the same generated value to several runs while shrinking.
  const records = structuredClone(original);
  const target = records[change.list][0];
  if (!target) return records;
  if (change.field === 'shape') {
    const { doc, text } = documentOf(['Un texte abîmé.'], change.value as Shape);
    Object.assign(target, { doc, text });
  } else if (change.field === 'evidenceId') {
    const source = {
      id: change.value,
      url: 'https://example.org/s',
      title: '',
      stance: 'context',
      note: '',
    };
    target.evidence = [source];
  } else target[change.field] = change.value;
  return records;
}

type Spoil = typeof spoil extends fc.Arbitrary<infer T> ? T : never;

/**
 * The records of a bundle (its header and text hashes are added where it is written): valid or
 * to normalise, with one hostile value in a third of them.
 */
export const bundleRecords = fc
  .record({
    articles: fc.uniqueArray(article, { selector: (a) => a.id.trim(), minLength: 1, maxLength: 3 }),
    claims: fc.uniqueArray(claim, { selector: (c) => c.id.trim(), maxLength: 4 }),
    tombstones: fc.uniqueArray(tombstone, { selector: (t) => t.id.trim(), maxLength: 2 }),
    spoil: fc.option(spoil, { freq: 2 }),
    /** A text hash that does not match (the file edited by hand): refused whole. */
    badHash: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
  })
  .map(({ spoil: change, ...records }) => ({
    ...records,
    ...(change ? spoiled(records as unknown as Records, change) : {}),
  }));

/** A W3C value: what the rule stores, or what it reports and leaves out (W3C is lenient). */
const w3cTime = fc.oneof(time, fc.constantFrom(...REFUSED_TIMES));

const annotation = fc
  .record({
    id: fc.option(
      fc.uuid().map((uuid) => `urn:uuid:${uuid}`),
      { nil: undefined },
    ),
    source: fc.constantFrom(
      ...SOURCES.filter(Boolean),
      'urn:uuid:a1',
      'urn:uuid:le.monde:2024/05/a3',
    ),
    word: fc.constantFrom(...WORDS),
    verdict: fc.constantFrom('confirmed', 'disputed', 'vrai'),
    created: fc.option(w3cTime, { nil: undefined }),
    modified: fc.option(w3cTime, { nil: undefined }),
    approvedAt: fc.option(fc.oneof(fc.constant(''), w3cTime), { nil: undefined }),
    claimDate: fc.option(fc.oneof(date, fc.constantFrom(...REFUSED_DATES)), { nil: undefined }),
    evidenceId: fc.option(fc.oneof(evidenceId, fc.constantFrom(...REFUSED_IDS)), {
      nil: undefined,
    }),
  })
  .map((a) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    ...(a.id ? { id: a.id } : {}),
    ...(a.created ? { created: a.created } : {}),
    ...(a.modified ? { modified: a.modified } : {}),
    body: [
      { type: 'TextualBody', purpose: 'assessing', value: a.verdict },
      {
        purpose: 'linking',
        source: 'https://example.org/source',
        ...(a.evidenceId === undefined ? {} : { 'verdict:id': a.evidenceId }),
      },
    ],
    target: { source: a.source, selector: { type: 'TextQuoteSelector', exact: a.word } },
    ...(a.approvedAt === undefined ? {} : { 'verdict:approvedAt': a.approvedAt }),
    ...(a.claimDate === undefined ? {} : { 'verdict:claimDate': a.claimDate }),
  }));

/** A W3C file: a list of annotations. */
export const w3cAnnotations = fc.array(annotation, { minLength: 1, maxLength: 4 });

/** A bundle import. */
export const bundleImport = bundleRecords.map((records) => ({ kind: 'bundle' as const, records }));

/** One import: a bundle's records or W3C annotations. */
export const hostileImport = fc.oneof(
  bundleImport,
  w3cAnnotations.map((annotations) => ({ kind: 'w3c' as const, annotations })),
);

/** What `hostileImport` makes. */
export type HostileImport = typeof hostileImport extends fc.Arbitrary<infer T> ? T : never;
