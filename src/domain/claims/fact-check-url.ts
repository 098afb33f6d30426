import { isWebUrl } from './article-meta';
import { problem, type Problem } from '../problem';
import type { Article, Claim } from '../types';

/*
 * The address of the page where a desk publishes a fact check, built from a template set in
 * Settings, e.g. `https://example.org/fact-check/{slug}#{claimId}`. ClaimReview needs one `url`
 * per review, on the publisher's own site (Google's fact-check markup requires it).
 */

/** The placeholders a template may use, each replaced by a value safe in a URL. */
export const FACT_CHECK_PLACEHOLDERS = ['slug', 'claimId', 'articleId'] as const;

/** What a placeholder stands for. */
export type FactCheckPlaceholder = (typeof FACT_CHECK_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{([^{}]*)\}/g;
const SAMPLE: Record<FactCheckPlaceholder, string> = {
  slug: 'titre-de-l-article',
  claimId: '00000000-0000-4000-8000-000000000000',
  articleId: '00000000-0000-4000-8000-000000000001',
};

/**
 * An article title as a URL slug: letters without accents, digits, and single hyphens, lower
 * case, at most 80 characters, cut at a hyphen when it can be ("article" when nothing is left).
 */
export function titleSlug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= 80) return words || 'article';
  const cut = words.slice(0, 81);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 40 ? cut.slice(0, lastHyphen) : words.slice(0, 80)).replace(/-+$/, '');
}

function fill(template: string, values: Record<FactCheckPlaceholder, string>): string {
  return template
    .trim()
    .replace(PLACEHOLDER, (_, name: string) => values[name as FactCheckPlaceholder] ?? '');
}

/**
 * What is wrong with a fact-check URL template (empty when valid): an empty template is allowed
 * (ClaimReview export then asks for one); otherwise it names only known placeholders, includes
 * `{claimId}` (one address per claim) and gives an http(s) address.
 */
export function factCheckTemplateProblems(template: string): Problem[] {
  const trimmed = template.trim();
  if (trimmed === '') return [];
  const unknown = [...trimmed.matchAll(PLACEHOLDER)]
    .map((match) => match[1]!)
    .find((name) => !(FACT_CHECK_PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown !== undefined) return [problem('fact-check-url-placeholder', { name: unknown })];
  if (!trimmed.includes('{claimId}')) return [problem('fact-check-url-claim-id')];
  const sample = fill(trimmed, SAMPLE);
  if (/[{}\s]/.test(sample) || !isWebUrl(sample)) return [problem('fact-check-url-template')];
  return [];
}

/** The address of a claim's fact check, from a valid template. */
export function factCheckUrl(
  template: string,
  article: Pick<Article, 'id' | 'title'>,
  claim: Pick<Claim, 'id'>,
): string {
  return fill(template, {
    slug: titleSlug(article.title),
    claimId: encodeURIComponent(claim.id),
    articleId: encodeURIComponent(article.id),
  });
}
