import { compareClaims } from './bundle';
import { effectiveRating, ratingName, VERDICT_SCALE, type RatingScale } from '../claims/ratings';
import type { Article, Claim, ReviewerSettings } from '../types';

/*
 * schema.org ClaimReview (https://schema.org/ClaimReview), in the shape Google's fact-check
 * markup asks for: claimReviewed, reviewRating.alternateName and url are required there; author,
 * datePublished, itemReviewed (its appearance, author, date) and the rating's numbers are
 * recommended. It is publication markup: only claims a desk approved, on words still in the text.
 */

/** How ClaimReview markup is made: the page of each review, the scale, and which claims. */
export interface ClaimReviewOptions {
  /** The address of the page where a claim's fact check is published (one per claim). */
  url: (claim: Claim) => string;
  /** The organisation's rating scale (the three verdicts alone by default). */
  scale?: RatingScale;
  /** Also publish claims still in review (approved ones only by default). */
  includeInReview?: boolean;
}

const LANGUAGES: Record<Article['language'], string | undefined> = {
  fr: 'fr',
  en: 'en',
  other: undefined,
};

/** Only the entries whose value is set, so that the markup holds no empty strings. */
function defined(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(entries).filter(([, value]) => value !== undefined && value !== ''),
  );
}

/** The organisation that publishes the reviews, when Settings name it. */
function publisher(settings: ReviewerSettings): object | undefined {
  if (settings.organisationName.trim() === '') return undefined;
  return defined({
    '@type': 'Organization',
    name: settings.organisationName.trim(),
    url: settings.organisationUrl.trim(),
  });
}

/** Who reviewed: the person who approved the claim, else the organisation, else this reviewer. */
function reviewAuthor(claim: Claim, settings: ReviewerSettings): object | undefined {
  if (claim.approvedBy.trim() !== '') return { '@type': 'Person', name: claim.approvedBy.trim() };
  const organisation = publisher(settings);
  if (organisation) return organisation;
  if (settings.reviewerName.trim() === '') return undefined;
  return { '@type': 'Person', name: settings.reviewerName.trim() };
}

/** The reviewed claim: where it appeared (the article) and who made it, when known. */
function itemReviewed(article: Article, claim: Claim): object {
  return defined({
    '@type': 'Claim',
    appearance: defined({
      '@type': 'CreativeWork',
      url: article.sourceUrl,
      headline: article.title,
      datePublished: article.publishedAt,
      author: article.author === '' ? undefined : { '@type': 'Person', name: article.author },
      publisher:
        article.publisher === '' ? undefined : { '@type': 'Organization', name: article.publisher },
    }),
    author: claim.claimant === '' ? undefined : { '@type': 'Person', name: claim.claimant },
    datePublished: claim.claimDate,
  });
}

/** Whether a claim may be published: approved (or in review, on request), its words found. */
function publishable(claim: Claim, options: ClaimReviewOptions): boolean {
  if (claim.orphanedAt !== '') return false;
  return (
    claim.reviewState === 'approved' ||
    (options.includeInReview === true && claim.reviewState === 'in-review')
  );
}

/**
 * One ClaimReview per publishable claim of an article that has a rating: its own on the scale,
 * else the one its verdict maps to (an unverified claim without a rating is not a review). The
 * rating's name is in the article's language (English for other languages), its value on the
 * scale (1 the worst, the scale's length the best); author and date are the approval's.
 */
export function toClaimReviews(
  article: Article,
  claims: Claim[],
  settings: ReviewerSettings,
  options: ClaimReviewOptions,
): object[] {
  const scale = options.scale ?? VERDICT_SCALE;
  const language = LANGUAGES[article.language];
  return claims
    .filter((claim) => claim.articleId === article.id && publishable(claim, options))
    .filter((claim) => claim.rating !== '' || claim.verdict !== 'unverified')
    .sort(compareClaims)
    .flatMap((claim) => {
      const rating = effectiveRating(claim, scale);
      if (!rating) return [];
      const name = ratingName(rating, language ?? 'en');
      return [
        defined({
          '@context': 'https://schema.org',
          '@type': 'ClaimReview',
          url: options.url(claim),
          claimReviewed: claim.anchor.exact,
          datePublished: (claim.approvedAt || claim.updatedAt).slice(0, 10),
          inLanguage: language,
          author: reviewAuthor(claim, settings),
          publisher: publisher(settings),
          reviewRating: defined({
            '@type': 'Rating',
            ratingValue: rating.ratingValue,
            bestRating: scale.ratings.length,
            worstRating: 1,
            alternateName: name,
            name,
            ratingExplanation: claim.note,
          }),
          itemReviewed: itemReviewed(article, claim),
        }),
      ];
    });
}
