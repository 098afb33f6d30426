// Generates the benchmark's inputs, deterministically (fixed seeds): a French-like article of
// about 200,000 characters in about 400 paragraphs, claims of 20-120 characters at random
// places (overlapping ones included), and native Verdict bundles holding them.
//
//   node bench/generate.mjs [outDir]   writes bundle-5000.json, bundle-10000.json, anchors.json
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** Mulberry32: a small, fast, seedable PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  next.pick = (list) => list[Math.floor(next() * list.length)];
  return next;
}

/** A UUID (v4 layout) drawn from the PRNG, so that ids are stable between runs. */
export function uuid(random) {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)];
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const NBSP = '\u00a0';

const SUBJECTS = [
  'Le gouvernement',
  'La ministre de la Santé',
  'Le président de la région',
  'Le maire de Lyon',
  'La préfecture',
  'Le rapport de la Cour des comptes',
  'L’Insee',
  'Le syndicat des enseignants',
  'La députée de la Gironde',
  'Le porte-parole de l’Élysée',
  'Une étude publiée jeudi',
  'Le directeur général de l’hôpital',
  'Les élus de l’opposition',
  'La Commission européenne',
  'Le conseil municipal',
  'Selon l’Agence de l’eau, la fédération',
];
const VERBS = [
  'a affirmé',
  'a déclaré',
  'a rappelé',
  'a estimé',
  'a précisé',
  'assure',
  'conteste',
  'reconnaît',
  'a annoncé',
  'soutient',
  'a répété',
  'indique',
];
const CLAUSES = [
  'que les dépenses de santé ont augmenté de {pct} depuis {year}',
  'que le chômage des jeunes a baissé de {pct} en un an',
  'qu’il n’y a jamais eu autant de médecins formés en France',
  'que la réforme coûtera {money} d’ici {year}',
  'que {num} logements sociaux ont été construits l’année dernière',
  'que le prix de l’électricité restera stable jusqu’en {year}',
  'que les écoles rurales ferment à un rythme inédit',
  'que la dette publique dépasse désormais {money}',
  'que la fréquentation des urgences a progressé de {pct}',
  'que les émissions de CO2 du secteur ont reculé de {pct} depuis {year}',
  'que {num} élèves ont quitté l’enseignement privé cette année',
  'que la région a reçu {money} de fonds européens',
  'qu’aucune hausse d’impôts n’est prévue avant {year}',
  'que la délinquance a diminué dans les quartiers prioritaires',
  'que les salaires ont progressé plus vite que l’inflation',
  'que le budget de la culture a été réduit de {pct}',
];
const TAILS = [
  'lors d’une conférence de presse',
  'dans un entretien au quotidien régional',
  'devant la commission des finances',
  'sur le plateau d’une chaîne d’information',
  'à l’issue du conseil des ministres',
  'dans un communiqué publié mardi',
  'au micro d’une radio nationale',
  'en marge d’un déplacement à Marseille',
];
const CONNECTORS = [
  'Pourtant,',
  'Cependant,',
  'Par ailleurs,',
  'De son côté,',
  'En revanche,',
  'Dans le même temps,',
  'Selon nos informations,',
  'À l’inverse,',
];
const REMARKS = [
  'Ces chiffres, repris par plusieurs élus, ne figurent pas dans le rapport annuel',
  'Les données de l’Insee montrent une évolution beaucoup plus modeste',
  'Aucune source officielle ne confirme ce montant à ce jour',
  'Le ministère n’a pas répondu à nos questions sur ce point précis',
  'L’écart s’explique en partie par un changement de méthode de calcul',
  'Les associations de patients dénoncent une présentation trompeuse des faits',
  'La comparaison porte sur des périodes qui ne sont pas équivalentes',
  'Le document budgétaire évoque pourtant une baisse des crédits',
];

function fill(template, random) {
  return template
    .replace('{pct}', `${random.int(2, 48)},${random.int(0, 9)}${NBSP}%`)
    .replace('{year}', String(random.int(2012, 2030)))
    .replace('{money}', `${random.int(2, 95)}${NBSP}milliards d’euros`)
    .replace(
      '{num}',
      `${random.int(10, 990)}${NBSP}${String(random.int(0, 999)).padStart(3, '0')}`,
    );
}

const capitalize = (text) => text[0].toUpperCase() + text.slice(1);

function sentence(random) {
  const roll = random();
  if (roll < 0.45) {
    const quote = random() < 0.3;
    const clause = fill(random.pick(CLAUSES), random);
    const body = quote
      ? `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(TAILS)} : «${NBSP}${capitalize(clause.replace(/^(que |qu’)/, ''))}${NBSP}»`
      : `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(TAILS)} ${clause}`;
    return `${body}.`;
  }
  if (roll < 0.75) return `${random.pick(CONNECTORS)} ${random.pick(REMARKS).toLowerCase()}.`;
  return `${random.pick(REMARKS)}, ${random.pick(TAILS)}.`;
}

/** The paragraphs of the article: ~`paragraphs` of them, ~`chars` characters in all. */
export function makeParagraphs({ seed = 2026, paragraphs = 400, chars = 200_000 } = {}) {
  const random = rng(seed);
  // The "\n\n" separators count too, and the last sentence overshoots the target by ~60 on average.
  const mean = chars / paragraphs - 2 - 60;
  const out = [];
  for (let i = 0; i < paragraphs; i++) {
    const target = Math.round(mean * (0.5 + random()));
    let text = '';
    while (text.length < target) text += (text ? ' ' : '') + sentence(random);
    out.push(text.normalize('NFC'));
  }
  return out;
}

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
