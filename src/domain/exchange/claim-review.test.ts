import { describe, expect, it } from 'vitest';
import { toClaimReviews } from './claim-review';
import { factCheckUrl } from '../claims/fact-check-url';
import { FIVE_RATING_SCALE, VERDICT_SCALE } from '../claims/ratings';
import { sampleArticle, sampleClaims, SAMPLE_URL } from '../test-data/exchange';
import type { Claim, ReviewerSettings } from '../types';

const article = sampleArticle();
const claims = sampleClaims(article);
const [approved, inReview, draft] = claims as [Claim, Claim, Claim];
const ORGANISATION: ReviewerSettings = {
  reviewerName: 'Camille',
  organisationName: 'Les Vérificateurs',
  organisationUrl: 'https://verificateurs.example.fr',
};
const TEMPLATE = 'https://verificateurs.example.fr/verifications/{slug}#{claimId}';
const url = (claim: Claim) => factCheckUrl(TEMPLATE, article, claim);

/** What the tests read of a review (the exports are plain objects). */
interface Review {
  [key: string]: unknown;
  claimReviewed: string;
  url: string;
  author?: unknown;
  datePublished?: string;
  itemReviewed: Record<string, unknown>;
  reviewRating: Record<string, unknown> & { alternateName: string };
}

const reviewsOf = (list: Claim[], options: Partial<Parameters<typeof toClaimReviews>[3]> = {}) =>
  toClaimReviews(article, list, ORGANISATION, { url, ...options }) as Review[];

/*
 * Google's fact-check structured data (developers.google.com/search/docs/appearance/
 * structured-data/factcheck, "Structured data type definitions"): required and recommended
 * properties of ClaimReview, of its Rating and of the reviewed Claim.
 */
const GOOGLE = {
  ClaimReview: {
    required: ['claimReviewed', 'reviewRating', 'url'],
    recommended: ['author', 'datePublished', 'itemReviewed'],
  },
  Rating: {
    required: ['alternateName'],
    recommended: ['bestRating', 'name', 'ratingValue', 'worstRating'],
  },
  // firstAppearance is left out: Verdict knows where a claim appeared, not where it first did.
  Claim: { required: [], recommended: ['appearance', 'author', 'datePublished'] },
};
/** schema.org's expected types for the values Verdict writes. */
const SCHEMA_TYPES = { author: ['Person', 'Organization'], appearance: ['CreativeWork'] };

describe('toClaimReviews', () => {
  it('publishes approved claims only, unless claims in review are asked for; never drafts', () => {
    expect(reviewsOf(claims).map((review) => review.claimReviewed)).toEqual([
      approved.anchor.exact,
    ]);
    expect(
      reviewsOf(claims, { includeInReview: true }).map((review) => review.claimReviewed),
    ).toEqual([approved.anchor.exact, inReview.anchor.exact]);
    const approvedDraft = { ...draft, verdict: 'disputed' as const, reviewState: 'draft' as const };
    expect(reviewsOf([approvedDraft], { includeInReview: true })).toEqual([]);
  });

  it('never publishes a claim whose words are not in the text', () => {
    expect(reviewsOf([{ ...approved, orphanedAt: '2024-03-05T00:00:00.000Z' }])).toEqual([]);
  });

  it("has every property Google's fact-check markup requires and recommends", () => {
    const reviews = reviewsOf(claims, { includeInReview: true, scale: FIVE_RATING_SCALE });
    expect(reviews).toHaveLength(2);
    for (const review of reviews) {
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      for (const key of [...GOOGLE.ClaimReview.required, ...GOOGLE.ClaimReview.recommended]) {
        expect(review, key).toHaveProperty(key);
      }
      expect(review.reviewRating['@type']).toBe('Rating');
      for (const key of [...GOOGLE.Rating.required, ...GOOGLE.Rating.recommended]) {
        expect(review.reviewRating, key).toHaveProperty(key);
      }
      expect(review.itemReviewed['@type']).toBe('Claim');
      expect(SCHEMA_TYPES.author).toContain((review.author as { '@type': string })['@type']);
      const appearance = review.itemReviewed.appearance as { '@type': string; url: string };
      expect(SCHEMA_TYPES.appearance).toContain(appearance['@type']);
      expect(appearance.url).toBe(SAMPLE_URL);
      expect(review.url).toMatch(/^https:\/\/verificateurs\.example\.fr\//);
      expect(review.claimReviewed).toMatch(/\S/);
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const { ratingValue, bestRating, worstRating } = review.reviewRating as Record<
        string,
        number
      >;
      expect(worstRating).toBe(1);
      expect(ratingValue).toBeGreaterThanOrEqual(worstRating!);
      expect(ratingValue).toBeLessThanOrEqual(bestRating!);
    }
    // The claim's author and date are recommended, and written when the claim names them.
    for (const key of GOOGLE.Claim.recommended)
      expect(reviews[0]!.itemReviewed).toHaveProperty(key);
  });

  it('describes an approved claim completely: approval, template URL, scale, language', () => {
    const rated = { ...approved, rating: 'misleading' };
    expect(reviewsOf([rated], { scale: FIVE_RATING_SCALE })[0]).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `https://verificateurs.example.fr/verifications/cloudwatt-aurait-lui-meme-demande-son-audit#${approved.id}`,
      claimReviewed: '"Bercy" n\'a pas demandé d\'audit',
      datePublished: '2024-03-04',
      inLanguage: 'fr',
      author: { '@type': 'Person', name: 'Dominique' },
      publisher: {
        '@type': 'Organization',
        name: 'Les Vérificateurs',
        url: 'https://verificateurs.example.fr',
      },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 2,
        bestRating: 5,
        worstRating: 1,
        alternateName: 'Trompeur',
        name: 'Trompeur',
        ratingExplanation: approved.note,
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
    ['fr', 'Plutôt vrai'],
    ['en', 'Mostly true'],
    ['other', 'Mostly true'],
  ] as const)('names the rating in the article’s language (%s: %s)', (language, name) => {
    const [review] = toClaimReviews(
      { ...article, language },
      [{ ...approved, verdict: 'confirmed', rating: 'mostly-true' }],
      ORGANISATION,
      { url, scale: FIVE_RATING_SCALE },
    ) as Review[];
    expect(review!.reviewRating).toMatchObject({ alternateName: name, ratingValue: 4 });
  });

  it.each([
    ['confirmed', 'Confirmé', 3],
    ['disputed', 'Contesté', 1],
  ] as const)(
    'rates a %s claim without a rating by its verdict (%s, %i of 3)',
    (verdict, name, value) => {
      const [review] = reviewsOf([{ ...approved, verdict }], { scale: VERDICT_SCALE });
      expect(review!.reviewRating).toMatchObject({
        alternateName: name,
        ratingValue: value,
        bestRating: 3,
        worstRating: 1,
      });
    },
  );

  it('leaves out an unverified claim that has no rating: it is not a review yet', () => {
    expect(reviewsOf([{ ...approved, verdict: 'unverified' }])).toEqual([]);
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
      'the reviewer when there is no organisation',
      { ...ORGANISATION, organisationName: ' ' },
      { '@type': 'Person', name: 'Camille' },
    ],
    [
      'nobody when nobody is named',
      { reviewerName: '', organisationName: '', organisationUrl: '' },
      undefined,
    ],
  ])('credits a claim in review (not approved yet) to %s', (_label, settings, author) => {
    const [review] = toClaimReviews(article, [inReview], settings, {
      url,
      includeInReview: true,
    }) as Review[];
    expect(review!.author).toEqual(author);
    expect(review!.datePublished).toBe(inReview.updatedAt.slice(0, 10));
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
    const other = { ...approved, articleId: 'someone-else' };
    const [review, ...rest] = toClaimReviews(
      bare,
      [{ ...approved, claimant: '', claimDate: '' }, other],
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
