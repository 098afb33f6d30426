import { describeAnchor } from '../anchoring/describe-anchor';
import { canonicalText } from '../text/canonical-text';
import { recordChange } from '../claims/change-log';
import { newClaim } from '../claims/claim';
import { codePointLength } from '../text/code-points';
import type { Article, ChangedField, Claim, DocumentJson, Tombstone } from '../types';
import { buildBundle, type Bundle } from '../exchange/bundle';

/*
 * Articles and claims for the exchange tests (bundle, W3C, ClaimReview, CSV, merge) and the
 * samples in docs/samples. Fixed ids and times, so that outputs are byte for byte stable.
 */

/** The paragraphs of the French sample article (from e2e/fixtures/cloudwatt-audit.fr.txt). */
export const SAMPLE_PARAGRAPHS = [
  'Cloudwatt aurait lui-même demandé son audit',
  'Vendredi, nous relations d\'après une brève "Confidentiel" du magazine Challenges que Bercy avait commandé un audit de Cloudwatt, signe de la santé fragile du fournisseur de cloud financé par le Grand Emprunt.',
  'Le directeur de la stratégie de Cloudwatt, Pierre Paperon, conteste "une rubrique anonyme qui permet de publier n\'importe quelle information mal vérifiée".',
  "\"L'information est inexacte. \"Bercy\" n'a pas demandé d'audit. C'est Cloudwatt, avec l'accord de son conseil de surveillance, qui a demandé un audit pour faciliter l'arrivée d'un nouveau directeur général.\"",
  "Selon lui, l'offre gratuite de 50 Go lancée six mois après la création de l'entreprise a séduit plus de 10 000 utilisateurs, et la facturation à la minute reste l’atout principal du service.",
];

/** The web address of the sample article (the one e2e/fixtures/outside-w3c.jsonld targets). */
export const SAMPLE_URL = 'https://www.example.fr/cloudwatt-audit';

/** A document of plain paragraphs. */
export function docOf(paragraphs: string[]): DocumentJson {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

/** An article with every field set; `paragraphs` gives its document and text. */
export function makeArticle(overrides: Partial<Article> & { paragraphs?: string[] } = {}): Article {
  const { paragraphs = ['Un texte court pour les tests.'], ...fields } = overrides;
  const doc = docOf(paragraphs);
  return {
    id: '00000000-0000-4000-8000-0000000000a1',
    title: 'Article de test',
    sourceUrl: '',
    publisher: '',
    author: '',
    publishedAt: '',
    language: 'fr',
    doc,
    text: canonicalText(doc),
    textHistory: [],
    createdAt: '2024-03-01T08:00:00.000Z',
    updatedAt: '2024-03-01T08:00:00.000Z',
    ...fields,
  };
}

/** A claim on the first occurrence of `quote` in an article (the quote must be there). */
export function makeClaim(article: Article, quote: string, overrides: Partial<Claim> = {}): Claim {
  const at = article.text.indexOf(quote);
  if (at < 0) throw new Error(`${JSON.stringify(quote)} is not in the article`);
  const start = codePointLength(article.text.slice(0, at));
  const anchor = describeAnchor(article.text, start, start + codePointLength(quote));
  const claim = newClaim({
    id: overrides.id ?? '00000000-0000-4000-8000-0000000000c1',
    articleId: article.id,
    anchor,
    verdict: 'unverified',
    by: 'Camille',
    at: '2024-03-02T09:00:00.000Z',
  });
  return { ...claim, ...overrides };
}

/** A tombstone for a claim id. */
export function makeTombstone(claim: Claim, deletedAt: string): Tombstone {
  return { id: claim.id, articleId: claim.articleId, deletedAt, deletedBy: 'Camille' };
}

/** The French sample article. */
export function sampleArticle(): Article {
  return makeArticle({
    id: '3f1c2a9e-5b7d-4e2a-9c1f-7a8b6d5e4c3b',
    title: 'Cloudwatt aurait lui-même demandé son audit',
    sourceUrl: SAMPLE_URL,
    publisher: 'Exemple Hebdo',
    author: 'Claire Martin',
    publishedAt: '2014-11-17',
    paragraphs: SAMPLE_PARAGRAPHS,
    createdAt: '2024-03-01T08:00:00.000Z',
    updatedAt: '2024-03-04T16:20:00.000Z',
  });
}

/** One recorded step of a sample claim's past: who, when, what changed. */
type Step = [by: string, at: string, changes: Partial<Record<ChangedField, unknown>>];

/**
 * A sample claim with the log of the steps that made it, from its state when created; throws
 * when the steps do not end at the claim's content. Revisions are fixed (`<id>-r<n>`).
 */
function withLog(claim: Claim, steps: Step[]): Claim {
  const created = makeClaim({ ...sampleArticle() }, claim.anchor.exact, { id: claim.id });
  let state = created;
  steps.forEach(([by, at, changes], i) => {
    state = recordChange(state, changes, { by, at, rev: `${claim.id}-r${i + 1}` });
  });
  const reached = (Object.keys(state) as (keyof Claim)[]).every(
    (key) =>
      ['log', 'rev', 'updatedAt', 'updatedBy'].includes(key) ||
      JSON.stringify(state[key]) === JSON.stringify(claim[key]),
  );
  if (!reached) throw new Error(`the steps of ${claim.id} do not end at its content`);
  return { ...claim, log: state.log, rev: state.rev };
}

/** Three claims on the sample article: disputed with evidence, confirmed, and unverified. */
export function sampleClaims(article: Article): Claim[] {
  return [
    makeClaim(article, '"Bercy" n\'a pas demandé d\'audit', {
      id: '8d0f6c52-1e3a-4b7c-9d2e-5f6a7b8c9d01',
      verdict: 'disputed',
      note: "Le ministère a publié le 3 mars un communiqué : l'audit, « demandé par Bercy », figure\nà son agenda.",
      tags: ['économie', 'cloud'],
      evidence: [
        {
          id: 'b6a5c4d3-e2f1-4a0b-8c9d-0e1f2a3b4c5d',
          url: 'https://www.economie.gouv.fr/communique-cloudwatt',
          title: 'Communiqué du ministère, 3 mars',
          stance: 'refutes',
          note: '',
        },
      ],
      claimant: 'Pierre Paperon',
      claimDate: '2014-11-14',
      reviewState: 'approved',
      approvedBy: 'Dominique',
      approvedAt: '2024-03-04T16:00:00.000Z',
      updatedAt: '2024-03-04T15:30:00.000Z',
      updatedBy: 'Camille',
    }),
    makeClaim(article, 'plus de 10 000 utilisateurs', {
      id: '8d0f6c52-1e3a-4b7c-9d2e-5f6a7b8c9d02',
      verdict: 'confirmed',
      note: '=10000 selon le rapport annuel, "chiffre vérifié", page 12',
      claimant: 'Cloudwatt',
      reviewState: 'in-review',
      updatedAt: '2024-03-03T11:00:00.000Z',
    }),
    makeClaim(article, 'la facturation à la minute reste l’atout principal du service', {
      id: '8d0f6c52-1e3a-4b7c-9d2e-5f6a7b8c9d03',
    }),
  ];
}

/**
 * The sample claims with the log of how they came to be (the native bundle carries it; W3C and
 * the other formats do not).
 */
export function loggedSampleClaims(article: Article): Claim[] {
  const [disputed, confirmed, unverified] = sampleClaims(article) as [Claim, Claim, Claim];
  return [
    withLog(disputed, [
      ['Camille', '2024-03-02T09:01:00.000Z', { verdict: 'disputed' }],
      ['Camille', '2024-03-02T09:20:00.000Z', { note: disputed.note }],
      ['Camille', '2024-03-02T09:24:00.000Z', { evidence: disputed.evidence }],
      [
        'Camille',
        '2024-03-03T10:00:00.000Z',
        { tags: disputed.tags, claimant: disputed.claimant, claimDate: disputed.claimDate },
      ],
      ['Camille', '2024-03-04T15:30:00.000Z', { reviewState: 'in-review' }],
      [
        'Dominique',
        '2024-03-04T16:00:00.000Z',
        { reviewState: 'approved', approvedBy: 'Dominique', approvedAt: disputed.approvedAt },
      ],
    ]),
    withLog(confirmed, [
      ['Camille', '2024-03-02T09:40:00.000Z', { verdict: 'disputed' }],
      ['Dominique', '2024-03-03T10:40:00.000Z', { verdict: 'confirmed', note: confirmed.note }],
      ['Dominique', '2024-03-03T10:41:00.000Z', { claimant: 'Cloudwatt' }],
      ['Dominique', '2024-03-03T11:00:00.000Z', { reviewState: 'in-review' }],
    ]),
    unverified,
  ];
}

/** The native bundle of the sample article and its claims, as Verdict exports it. */
export function sampleBundle(now = '2024-03-10T00:00:00.000Z'): Promise<Bundle> {
  const article = sampleArticle();
  return buildBundle({
    articles: [article],
    claims: loggedSampleClaims(article),
    tombstones: [],
    exportedBy: 'Camille',
    now,
  });
}
