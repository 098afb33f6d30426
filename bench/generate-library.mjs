// Generates the library-scale benchmark's input, deterministically (fixed seeds): a newsroom's
// year of work as one native bundle of 2,000 articles (2,000-60,000 characters, French and
// English) and 100,000 claims spread over them (most articles 10-100 claims, four with thousands),
// with several reviewers, tags, evidence, review states, change logs and earlier versions.
//
//   node bench/generate-library.mjs [outDir]   writes library-2000.json
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchorOf, makeParagraphs, makeRanges, rng, sha256Hex, uuid } from './generate.mjs';
import { englishSentence } from './lib/english-text.mjs';

const REVIEWERS = [
  'Camille Roux',
  'Hugo Martin',
  'Léa Dubois',
  'Sam Taylor',
  'Priya Shah',
  'Noé Petit',
];
const TAGS = {
  fr: ['santé', 'budget', 'emploi', 'énergie', 'éducation', 'logement', 'sécurité', 'climat'],
  en: ['health', 'budget', 'jobs', 'energy', 'schools', 'housing', 'crime', 'climate'],
};
const PUBLISHERS = {
  fr: ['Le Quotidien du Sud', 'Ouest Matin', 'La Gazette de Lyon', 'Le Journal du Centre'],
  en: ['The Northern Post', 'Daily Ledger', 'The Coast Herald'],
};
const TOPICS = {
  fr: [
    'urgences',
    'dette publique',
    'écoles rurales',
    'prix de l’électricité',
    'chômage des jeunes',
    'logements sociaux',
    'fonds européens',
    'délinquance',
  ],
  en: [
    'waiting lists',
    'energy bills',
    'new homes',
    'school closures',
    'youth jobs',
    'city centre crime',
    'wages',
    'council budget',
  ],
};
const NOTES = {
  fr: [
    'Chiffre introuvable dans le rapport cité.',
    'Confirmé par les données publiées au Journal officiel.',
    'La période de comparaison n’est pas la même.',
  ],
  en: [
    'The figure is not in the cited report.',
    'Confirmed by the published statistics.',
    'The periods compared differ.',
  ],
};
const VERDICTS = ['confirmed', 'disputed', 'unverified'];
const STATES = ['draft', 'draft', 'in-review', 'approved', 'approved'];

/** How many claims each article gets: 10-100 for most, the rest of `total` on the last four. */
function claimCounts(random, articles, total) {
  const counts = Array.from({ length: articles }, () => 10 + Math.floor(90 * random() ** 2));
  const big = 4;
  const small = counts.slice(0, articles - big).reduce((a, b) => a + b, 0);
  const share = Math.floor((total - small) / big);
  for (let i = 0; i < big; i++) counts[articles - big + i] = share;
  counts[articles - 1] += total - small - share * big;
  return counts;
}

function makeLibraryArticle(random, i, length, day) {
  const language = random() < 0.6 ? 'fr' : 'en';
  const paragraphs = makeParagraphs({
    seed: 9000 + i,
    paragraphs: Math.max(4, Math.round(length / 600)),
    chars: length,
    ...(language === 'en' ? { sentence: englishSentence } : {}),
  });
  const publisher = random.pick(PUBLISHERS[language]);
  const topic = random.pick(TOPICS[language]);
  const title =
    language === 'fr'
      ? `${topic[0].toUpperCase()}${topic.slice(1)} : ce que disent les chiffres (${i + 1})`
      : `${topic[0].toUpperCase()}${topic.slice(1)}: what the figures say (${i + 1})`;
  const at = new Date(day).toISOString();
  const text = paragraphs.join('\n\n');
  return {
    id: uuid(random),
    title,
    sourceUrl: `https://news.example.org/${language}/${at.slice(0, 10)}/article-${i + 1}`,
    publisher,
    author: random.pick(REVIEWERS),
    publishedAt: at.slice(0, 10),
    language,
    doc: {
      type: 'doc',
      content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
    },
    text,
    textHistory: [],
    createdAt: at,
    updatedAt: at,
    paragraphs,
  };
}

/**
 * A claim's change log as the app records it: its creation, then (when it was changed later)
 * the verdict set, and for a claim in review or approved the review steps, each a revision.
 */
function changeLog(random, content, { createdAt, createdBy, updatedAt, updatedBy }) {
  const log = [{ kind: 'create', at: createdAt, by: createdBy, fields: [], rev: uuid(random) }];
  const edit = (at, by, field, before, after) =>
    log.push({ kind: 'edit', at, by, fields: [{ field, before, after }], rev: uuid(random) });
  if (content.verdict !== 'unverified') {
    edit(createdAt, createdBy, 'verdict', 'unverified', content.verdict);
  }
  if (content.reviewState !== 'draft')
    edit(updatedAt, createdBy, 'reviewState', 'draft', 'in-review');
  if (content.reviewState === 'approved') {
    log.push({
      kind: 'edit',
      at: updatedAt,
      by: content.approvedBy,
      fields: [
        { field: 'reviewState', before: 'in-review', after: 'approved' },
        { field: 'approvedBy', before: '', after: content.approvedBy },
        { field: 'approvedAt', before: '', after: content.approvedAt },
      ],
      rev: uuid(random),
    });
  }
  if (content.note && updatedBy !== createdBy) edit(updatedAt, updatedBy, 'note', '', content.note);
  return log;
}

function makeLibraryClaims(random, article, count, seed) {
  const ranges = makeRanges(article.paragraphs, count, seed);
  const created = Date.parse(article.createdAt);
  return ranges.map(({ start, end }, k) => {
    const createdAt = new Date(created + k * 60_000).toISOString();
    const updatedAt = new Date(created + k * 60_000 + random.int(0, 30) * 86_400_000).toISOString();
    const createdBy = random.pick(REVIEWERS);
    const updatedBy = random() < 0.5 ? createdBy : random.pick(REVIEWERS);
    const reviewState = random.pick(STATES);
    const lang = article.language;
    const content = {
      anchor: anchorOf(article.text, start, end),
      verdict: random.pick(VERDICTS),
      note: random() < 0.5 ? random.pick(NOTES[lang]) : '',
      evidence:
        random() < 0.25
          ? [
              {
                id: uuid(random),
                url: `https://data.example.org/source/${random.int(1, 9999)}`,
                title: lang === 'fr' ? 'Rapport annuel' : 'Annual report',
                stance: random.pick(['supports', 'refutes', 'context']),
                note: '',
              },
            ]
          : [],
      tags: random() < 0.4 ? [random.pick(TAGS[lang])] : [],
      claimant: '',
      claimDate: '',
      reviewState,
      approvedBy: reviewState === 'approved' ? random.pick(REVIEWERS) : '',
      approvedAt: reviewState === 'approved' ? updatedAt : '',
      reviewComment: '',
    };
    // One claim in five was changed before: its earlier version is in its history.
    const history =
      random() < 0.2
        ? [
            {
              ...content,
              verdict: 'unverified',
              reviewState: 'draft',
              approvedBy: '',
              approvedAt: '',
              updatedAt: createdAt,
              updatedBy: createdBy,
              replacedBecause: 'edited',
            },
          ]
        : [];
    const log = changeLog(random, content, { createdAt, createdBy, updatedAt, updatedBy });
    return {
      ...content,
      rev: log.at(-1).rev,
      log,
      id: uuid(random),
      articleId: article.id,
      createdAt,
      createdBy,
      updatedAt,
      updatedBy,
      history,
      orphanedAt: '',
    };
  });
}

/** Writes the library bundle to `outDir`; returns its path and a description. */
export function generateLibrary(outDir, { articles = 2000, claims = 100_000 } = {}) {
  mkdirSync(outDir, { recursive: true });
  const random = rng(4242);
  const counts = claimCounts(random, articles, claims);
  const start = Date.parse('2025-12-01T08:00:00.000Z');
  const bundleArticles = [];
  const bundleClaims = [];
  let characters = 0;
  for (let i = 0; i < articles; i++) {
    const big = counts[i] > 1000;
    // Lengths skew short: most articles are a few thousand characters, a few reach 60,000.
    const length = big ? 60_000 : 2000 + Math.floor(58_000 * random() ** 4);
    const day = start + Math.floor((i / articles) * 365) * 86_400_000 + random.int(0, 36_000_000);
    const article = makeLibraryArticle(random, i, length, day);
    const articleClaims = makeLibraryClaims(random, article, counts[i], 100_000 + i);
    // The paragraphs served the claims' ranges; the bundle stores the text and document.
    const stored = { ...article };
    delete stored.paragraphs;
    const last = articleClaims.reduce(
      (t, c) => (c.updatedAt > t ? c.updatedAt : t),
      stored.updatedAt,
    );
    bundleArticles.push({ ...stored, updatedAt: last, textHash: sha256Hex(stored.text) });
    bundleClaims.push(...articleClaims);
    characters += stored.text.length;
  }
  const file = join(outDir, `library-${articles}.json`);
  const bundle = {
    format: 'verdict-bundle',
    version: 1,
    exportedAt: '2026-11-30T09:00:00.000Z',
    exportedBy: 'Bench',
    articles: bundleArticles,
    claims: bundleClaims,
    tombstones: [],
  };
  writeFileSync(file, JSON.stringify(bundle));
  const largest = bundleArticles[articles - 1];
  return {
    file,
    largest: { id: largest.id, title: largest.title, claims: counts[articles - 1] },
    // A title word shared by many articles, and the words library_search types.
    description: {
      articles,
      claims: bundleClaims.length,
      characters,
      largestArticleClaims: Math.max(...counts),
      french: bundleArticles.filter((a) => a.language === 'fr').length,
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '.tmp', 'data');
  console.log(JSON.stringify(generateLibrary(outDir), null, 2));
}
