import { compareClaims } from './bundle';
import type { Article, Claim, ReviewerSettings, Verdict } from '../types';

/*
 * schema.org ClaimReview (https://schema.org/ClaimReview), in the shape Google's fact-check
 * markup asks for: claimReviewed, reviewRating.alternateName and url are required there.
 */

type RatedVerdict = Exclude<Verdict, 'unverified'>;

/** The rating of each verdict: a word for readers, a number on a 1–5 scale for machines. */
const RATINGS: Record<RatedVerdict, { alternateName: string; ratingValue: number }> = {
  confirmed: { alternateName: 'Confirmed', ratingValue: 5 },
  disputed: { alternateName: 'Disputed', ratingValue: 1 },
};

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

/** Who published the review: the organisation when set, else the reviewer, else nobody. */
function reviewAuthor(settings: ReviewerSettings): object | undefined {
  if (settings.organisationName.trim() !== '') {
    return defined({
      '@type': 'Organization',
      name: settings.organisationName.trim(),
      url: settings.organisationUrl.trim(),
    });
  }
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

/**
 * One ClaimReview per claim of an article that has a verdict (unverified claims are not
 * reviews yet). `url` gives the page where each review is published.
 */
export function toClaimReviews(
  article: Article,
  claims: Claim[],
  settings: ReviewerSettings,
  options: { url: (claim: Claim) => string },
): object[] {
  return claims
    .filter((claim) => claim.articleId === article.id && claim.verdict !== 'unverified')
    .sort(compareClaims)
    .map((claim) => {
      const rating = RATINGS[claim.verdict as RatedVerdict];
      return defined({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: options.url(claim),
        claimReviewed: claim.anchor.exact,
        datePublished: claim.updatedAt.slice(0, 10),
        inLanguage: LANGUAGES[article.language],
        author: reviewAuthor(settings),
        reviewRating: defined({
          '@type': 'Rating',
          ...rating,
          bestRating: 5,
          worstRating: 1,
          ratingExplanation: claim.note,
        }),
        itemReviewed: itemReviewed(article, claim),
      });
    });
}
