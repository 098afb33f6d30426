import { describe, expect, it } from 'vitest';
import { toClaimReviews } from './claim-review';
import { sampleArticle, sampleClaims, SAMPLE_URL } from '../test-data/exchange';
import type { Claim, ReviewerSettings } from '../types';

const article = sampleArticle();
const claims = sampleClaims(article);
const ORGANISATION: ReviewerSettings = {
  reviewerName: 'Camille',
  organisationName: 'Les Vérificateurs',
  organisationUrl: 'https://verificateurs.example.fr',
};
const url = (claim: Claim) => `https://verificateurs.example.fr/verifications/${claim.id}`;

/** What the tests read of a review (the exports are plain objects). */
interface Review {
  [key: string]: unknown;
  claimReviewed: string;
  url: string;
  author?: unknown;
  itemReviewed: unknown;
  reviewRating: { alternateName: string };
}

describe('toClaimReviews', () => {
  const reviews = toClaimReviews(article, claims, ORGANISATION, { url }) as Review[];

  it('makes one review per claim with a verdict', () => {
    expect(reviews.map((review) => review.claimReviewed)).toEqual([
      claims[0]!.anchor.exact,
      claims[1]!.anchor.exact,
    ]);
  });

  it("has Google's required fields in every review", () => {
    for (const review of reviews) {
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      expect(review.claimReviewed).toEqual(expect.stringMatching(/\S/));
      expect(review.reviewRating.alternateName).toEqual(expect.stringMatching(/\S/));
      expect(review.url).toMatch(/^https:\/\//);
    }
  });

  it('describes a disputed claim completely', () => {
    expect(reviews[0]).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: url(claims[0]!),
      claimReviewed: '"Bercy" n\'a pas demandé d\'audit',
      datePublished: '2024-03-04',
      inLanguage: 'fr',
      author: {
        '@type': 'Organization',
        name: 'Les Vérificateurs',
        url: 'https://verificateurs.example.fr',
      },
      reviewRating: {
        '@type': 'Rating',
        alternateName: 'Disputed',
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
        ratingExplanation: claims[0]!.note,
      },
      itemReviewed: {
        '@type': 'Claim',
        appearance: {
          '@type': 'CreativeWork',
          url: SAMPLE_URL,
          headline: article.title,
          datePublished: '2014-11-17',
          author: { '@type': 'Person', name: 'Claire Martin' },
          publisher: { '@type': 'Organization', name: 'Exemple Hebdo' },
        },
        author: { '@type': 'Person', name: 'Pierre Paperon' },
        datePublished: '2014-11-14',
      },
    });
  });

  it.each([
    [
      'the organisation',
      ORGANISATION,
      {
        '@type': 'Organization',
        name: 'Les Vérificateurs',
        url: 'https://verificateurs.example.fr',
      },
    ],
    [
      'an organisation without a site',
      { ...ORGANISATION, organisationUrl: '' },
      { '@type': 'Organization', name: 'Les Vérificateurs' },
    ],
    [
      'the reviewer when there is no organisation',
      { ...ORGANISATION, organisationName: ' ' },
      { '@type': 'Person', name: 'Camille' },
    ],
    [
      'nobody when nobody is named',
      { reviewerName: '', organisationName: '', organisationUrl: '' },
      undefined,
    ],
  ])('credits %s', (_label, settings, author) => {
    const [review] = toClaimReviews(article, claims, settings, { url }) as Review[];
    expect(review!.author).toEqual(author);
  });

  it.each([
    ['confirmed', 'Confirmed', 5],
    ['disputed', 'Disputed', 1],
  ] as const)('rates %s as %s (%i of 5)', (verdict, alternateName, ratingValue) => {
    const [review] = toClaimReviews(article, [{ ...claims[2]!, verdict }], ORGANISATION, {
      url,
    }) as Review[];
    expect(review!.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName,
      ratingValue,
      bestRating: 5,
      worstRating: 1,
    });
  });

  it('leaves out unknown details and claims of other articles', () => {
    const bare = {
      ...article,
      sourceUrl: '',
      publisher: '',
      author: '',
      publishedAt: '',
      language: 'other' as const,
    };
    const other = { ...claims[1]!, articleId: 'someone-else' };
    const [review, ...rest] = toClaimReviews(
      bare,
      [{ ...claims[1]!, claimant: '' }, other],
      ORGANISATION,
      { url },
    ) as Review[];
    expect(rest).toEqual([]);
    expect(review).not.toHaveProperty('inLanguage');
    expect(review!.itemReviewed).toEqual({
      '@type': 'Claim',
      appearance: { '@type': 'CreativeWork', headline: article.title },
    });
  });
});
