// Generates the benchmark's inputs, deterministically (fixed seeds): a French-like article of
// about 200,000 characters in about 400 paragraphs, claims of 20-120 characters at random
// places (overlapping ones included), and native Verdict bundles holding them.
//
//   node bench/generate.mjs [outDir]   writes bundle-5000.json, bundle-10000.json, anchors.json
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { makeParagraphs, rng, uuid } from './lib/french-text.mjs';

export { makeParagraphs, rng, uuid } from './lib/french-text.mjs';

const WHITESPACE = /\s/;

/** Claims' ranges (UTF-16 = code points: the text is all BMP): 20-120 characters, inside a paragraph. */
export function makeRanges(paragraphs, count, seed) {
  const random = rng(seed);
  const starts = [];
  let offset = 0;
  for (const p of paragraphs) {
    starts.push(offset);
    offset += p.length + 2;
  }
  const total = offset - 2;
  const ranges = [];
  while (ranges.length < count) {
    // A random place in the text, weighted by length; ~1 claim in 8 overlaps a previous one on purpose.
    let at = Math.floor(random() * total);
    if (ranges.length > 0 && random() < 0.125) {
      const other = random.pick(ranges);
      at = other.start + random.int(0, other.end - other.start);
    }
    let p = starts.findLastIndex((s) => s <= at);
    if (p < 0) p = 0;
    const base = starts[p];
    const text = paragraphs[p];
    const length = random.int(20, 120);
    if (text.length < length + 2) continue;
    let start = Math.min(at - base, text.length - length);
    start = Math.max(0, start);
    while (start > 0 && !WHITESPACE.test(text[start - 1])) start--;
    while (start < text.length && WHITESPACE.test(text[start])) start++;
    let end = Math.min(text.length, start + length);
    // End on a word's end, as a selection by word would (back to the previous one if need be).
    while (end < text.length && end - start < 120 && /\p{L}/u.test(text[end])) end++;
    while (end > start + 20 && /\p{L}/u.test(text[end] ?? '')) end--;
    while (end > start && WHITESPACE.test(text[end - 1])) end--;
    if (end - start < 20 || end - start > 120) continue;
    ranges.push({ start: base + start, end: base + end });
  }
  return ranges;
}

/** An anchor as `describeAnchor` makes it (32 code points of context each side). */
export function anchorOf(text, start, end) {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    start,
    end,
  };
}

const VERDICTS = ['confirmed', 'disputed', 'unverified'];
const NOTES = [
  'Chiffre introuvable dans le rapport cité.',
  'Confirmé par les données publiées au Journal officiel.',
  'La période de comparaison n’est pas la même.',
  'Source : communiqué du ministère, à vérifier.',
];
const TAGS = ['santé', 'budget', 'emploi', 'énergie', 'éducation'];

export function makeArticle({ id, title, paragraphs, createdAt }) {
  const text = paragraphs.join('\n\n');
  return {
    id,
    title,
    sourceUrl: 'https://www.example.fr/bench/article-long',
    publisher: 'Banc d’essai Hebdo',
    author: 'Bench',
    publishedAt: '2026-11-02',
    language: 'fr',
    doc: {
      type: 'doc',
      content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
    },
    text,
    textHistory: [],
    createdAt,
    updatedAt: createdAt,
  };
}

export function makeClaims(article, ranges, seed) {
  const random = rng(seed);
  const base = Date.parse('2026-11-02T08:00:00.000Z');
  return ranges.map(({ start, end }, i) => {
    const at = new Date(base + i * 1000).toISOString();
    return {
      id: uuid(random),
      articleId: article.id,
      anchor: anchorOf(article.text, start, end),
      verdict: random.pick(VERDICTS),
      note: random() < 0.3 ? random.pick(NOTES) : '',
      evidence: [],
      tags: random() < 0.2 ? [random.pick(TAGS)] : [],
      claimant: '',
      claimDate: '',
      reviewState: 'draft',
      approvedBy: '',
      approvedAt: '',
      reviewComment: '',
      createdAt: at,
      createdBy: 'Bench',
      updatedAt: at,
      updatedBy: 'Bench',
      history: [],
      orphanedAt: '',
    };
  });
}

export const sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

export function makeBundle(article, claims) {
  return {
    format: 'verdict-bundle',
    version: 1,
    exportedAt: '2026-11-02T09:00:00.000Z',
    exportedBy: 'Bench',
    articles: [{ ...article, textHash: sha256Hex(article.text) }],
    claims,
    tombstones: [],
  };
}

/** The same quote with 1-2 letters replaced by other letters (different even once accents are folded). */
export function alterQuote(exact, random) {
  const chars = [...exact];
  const letters = chars.flatMap((c, i) => (/\p{L}/u.test(c) ? [i] : []));
  const changes = random() < 0.5 ? 1 : 2;
  for (let k = 0; k < changes && letters.length > 0; k++) {
    const i = letters.splice(Math.floor(random() * letters.length), 1)[0];
    const folded = chars[i].normalize('NFD')[0].toLowerCase();
    let next = folded;
    while (next === folded) next = String.fromCharCode(97 + Math.floor(random() * 26));
    chars[i] = chars[i] === chars[i].toUpperCase() ? next.toUpperCase() : next;
  }
  return chars.join('');
}

/** Counts pairs of claims that overlap (sweep over ranges sorted by start). */
function overlapCount(ranges) {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let overlapping = 0;
  let reach = -1;
  for (const r of sorted) {
    if (r.start < reach) overlapping++;
    reach = Math.max(reach, r.end);
  }
  return overlapping;
}

/** Writes every input file to `outDir`; returns their paths and a description. */
export function generate(outDir, { n = 5000, nImport = 10_000 } = {}) {
  mkdirSync(outDir, { recursive: true });
  const paragraphs = makeParagraphs({ seed: 2026 });
  const article = makeArticle({
    id: '7b3e9c2a-0d4f-4a61-9b8e-5c1d2e3f4a01',
    title: 'Banc d’essai : 5 000 affirmations',
    paragraphs,
    createdAt: '2026-11-02T07:00:00.000Z',
  });
  const ranges = makeRanges(paragraphs, n, 11);
  const claims = makeClaims(article, ranges, 12);
  const big = makeArticle({
    id: '7b3e9c2a-0d4f-4a61-9b8e-5c1d2e3f4a02',
    title: 'Banc d’essai : 10 000 affirmations',
    paragraphs,
    createdAt: '2026-11-02T07:30:00.000Z',
  });
  const bigClaims = makeClaims(big, makeRanges(paragraphs, nImport, 21), 22);

  const random = rng(31);
  const anchors = claims.map((c) => c.anchor);
  const fuzzyAnchors = anchors.map((a) => ({ ...a, exact: alterQuote(a.exact, random) }));

  const files = {
    bundle: join(outDir, `bundle-${n}.json`),
    bigBundle: join(outDir, `bundle-${nImport}.json`),
    anchors: join(outDir, 'anchors.json'),
  };
  writeFileSync(files.bundle, `${JSON.stringify(makeBundle(article, claims), null, 2)}\n`);
  writeFileSync(files.bigBundle, `${JSON.stringify(makeBundle(big, bigClaims), null, 2)}\n`);
  writeFileSync(files.anchors, JSON.stringify({ text: article.text, anchors, fuzzyAnchors }));
  return {
    files,
    article: { id: article.id, title: article.title },
    bigArticle: { id: big.id, title: big.title },
    description: {
      characters: article.text.length,
      paragraphs: paragraphs.length,
      claims: claims.length,
      overlappingClaims: overlapCount(ranges),
      importClaims: bigClaims.length,
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '.tmp', 'data');
  const result = generate(outDir);
  console.log(JSON.stringify(result, null, 2));
}
