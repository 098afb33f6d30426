import { FIVE_RATING_SCALE } from '../claims/ratings';
import type { ReportWords } from '../exchange/report-words';
import type { Article, Claim } from '../types';
import { makeArticle, makeClaim } from './exchange';

/** English report words with plain formatting, for the report builders' tests. */
export const TEST_REPORT_WORDS: ReportWords = {
  language: 'en',
  heading: 'Fact-check report',
  source: 'Source',
  publisher: 'Publisher',
  author: 'Author',
  published: 'Published',
  made: 'Report made',
  summary: 'Summary',
  rating: 'Rating',
  claimsCount: 'Claims',
  reviewers: 'Reviewers',
  approvals: 'Approvals',
  claims: 'Claims',
  notFound: 'Not found in the text:',
  claimant: 'Claimant',
  rationale: 'Rationale',
  sources: 'Sources',
  review: 'Review',
  text: 'The article',
  none: 'None',
  countsAs: (verdict) => `Counts as ${verdict}`,
  ratingOf: ({ rating, claim }) => (rating ? `${rating.symbol} ${rating.names.en}` : claim.verdict),
  countLabel: (rating, verdict) => (rating ? `${rating.symbol} ${rating.names.en}` : verdict),
  stance: (stance) => stance,
  state: (claim) => claim.reviewState,
  approval: (claim) =>
    claim.reviewState === 'approved'
      ? `Approved by ${claim.approvedBy} on ${claim.approvedAt}`
      : '',
  approvalSpan: (times) => `${times.length} approved`,
  day: (date) => date,
  time: (iso) => iso,
  reviewState: (state) => state,
};

/** An article with hostile text and claims on the five-rating scale: one not found, one approved. */
export function reportArticle(): { article: Article; claims: Claim[] } {
  const article = makeArticle({
    title: 'Budget <script>alert(1)</script> & co',
    sourceUrl: 'https://example.org/budget',
    publisher: 'Le Quotidien',
    paragraphs: [
      'Le déficit a baissé de 2 % en 2024. <script>alert("x")</script> selon Bercy.',
      '# Pas un titre | et *pas* de [lien](javascript:alert(1)).',
    ],
  });
  const claims = [
    makeClaim(article, 'selon Bercy', {
      id: 'c-2',
      verdict: 'disputed',
      rating: 'misleading',
      note: 'Chiffres <b>partiels</b>.',
      evidence: [
        {
          id: 'e1',
          url: 'https://insee.fr/deficit?a=1&b=<2>',
          title: 'INSEE <i>note</i>',
          stance: 'refutes',
          note: '',
        },
      ],
    }),
    makeClaim(article, 'Le déficit a baissé de 2 %', {
      id: 'c-1',
      verdict: 'confirmed',
      rating: 'true',
      reviewState: 'approved',
      approvedBy: 'Sam',
      approvedAt: '2024-03-05T10:00:00.000Z',
    }),
    {
      ...makeClaim(article, 'Pas un titre', { id: 'c-3', verdict: 'unverified' }),
      anchor: { exact: 'des mots partis', prefix: 'xx ', suffix: ' yy', start: 500, end: 515 },
    },
  ];
  return { article, claims };
}

export { FIVE_RATING_SCALE };
