import { compareArticles, compareClaims } from './bundle';
import { visibleComments } from '../claims/comments';
import type { Article, Claim, ClaimComment, Evidence } from '../types';
import { utcTimestamp } from './w3c-read-annotation';
import { ANNO_CONTEXT, VERDICT_KEYS } from './w3c-schema';

/** Where an article's annotations point: its web address, else its id as a URN. */
export function w3cSource(article: Article): string {
  return article.sourceUrl.trim() || `urn:uuid:${article.id}`;
}

/** Only non-empty values, so that an export carries no `"claimant": ""` noise. */
function present(entries: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== ''));
}

function evidenceBody(evidence: Evidence): object {
  return {
    type: 'SpecificResource',
    purpose: 'linking',
    source: evidence.url,
    [VERDICT_KEYS.evidenceId]: evidence.id,
    [VERDICT_KEYS.stance]: evidence.stance,
    ...present({ [VERDICT_KEYS.title]: evidence.title, [VERDICT_KEYS.note]: evidence.note }),
  };
}

/**
 * One claim as a W3C Annotation (motivation `assessing`, the verdict in an assessing body). A
 * claim whose words are not in the text (`orphanedAt`) keeps its quote but no position, and says
 * `verdict:status: "orphaned"`, so that no reader puts its verdict on other words.
 */
export function toW3CAnnotation(article: Article, claim: Claim): object {
  const orphaned = claim.orphanedAt !== '';
  const { exact, prefix, suffix, start, end } = claim.anchor;
  const body: object[] = [{ type: 'TextualBody', purpose: 'assessing', value: claim.verdict }];
  if (claim.note !== '') {
    body.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: claim.note,
      format: 'text/plain',
    });
  }
  for (const tag of claim.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  for (const evidence of claim.evidence) body.push(evidenceBody(evidence));
  return {
    id: `urn:uuid:${claim.id}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: utcTimestamp(claim.createdAt) ?? claim.createdAt,
    modified: utcTimestamp(claim.updatedAt) ?? claim.updatedAt,
    ...(claim.createdBy === '' ? {} : { creator: { type: 'Person', name: claim.createdBy } }),
    body,
    target: {
      source: w3cSource(article),
      selector: [
        { type: 'TextQuoteSelector', exact, prefix, suffix },
        ...(orphaned ? [] : [{ type: 'TextPositionSelector', start, end }]),
      ],
    },
    ...(orphaned ? { [VERDICT_KEYS.status]: 'orphaned' } : {}),
    // Verdict's own fields, so that a round trip through W3C loses as little as possible.
    [VERDICT_KEYS.reviewState]: claim.reviewState,
    ...present({
      [VERDICT_KEYS.claimant]: claim.claimant,
      [VERDICT_KEYS.claimDate]: claim.claimDate,
      [VERDICT_KEYS.approvedBy]: claim.approvedBy,
      [VERDICT_KEYS.approvedAt]: claim.approvedAt,
      [VERDICT_KEYS.reviewComment]: claim.reviewComment,
      [VERDICT_KEYS.updatedBy]: claim.updatedBy,
      [VERDICT_KEYS.rating]: claim.rating,
    }),
  };
}

/**
 * One comment of a claim's discussion as a W3C reply: an annotation with motivation `replying`
 * whose target is the claim's annotation. Deleted comments are not written (the model has no
 * tombstone; docs/DECISIONS.md, "Discussion and agreement").
 */
export function toW3CReply(claim: Claim, comment: ClaimComment): object {
  return {
    id: `urn:uuid:${comment.id}`,
    type: 'Annotation',
    motivation: 'replying',
    created: utcTimestamp(comment.at) ?? comment.at,
    ...(comment.editedAt === ''
      ? {}
      : { modified: utcTimestamp(comment.editedAt) ?? comment.editedAt }),
    ...(comment.by === '' ? {} : { creator: { type: 'Person', name: comment.by } }),
    body: { type: 'TextualBody', value: comment.text, format: 'text/plain' },
    target: `urn:uuid:${claim.id}`,
  };
}

/**
 * The claims of some articles as one W3C AnnotationCollection with its single page embedded
 * (the import side reads embedded pages only), each claim followed by its replies. Claims of
 * articles not given are left out.
 */
export function toW3CCollection(
  articles: Article[],
  claims: Claim[],
  options: { id: string; label: string },
): object {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const order = new Map([...articles].sort(compareArticles).map((article, i) => [article.id, i]));
  const items = claims
    .filter((claim) => byId.has(claim.articleId))
    .sort((a, b) => order.get(a.articleId)! - order.get(b.articleId)! || compareClaims(a, b))
    .flatMap((claim) => [
      toW3CAnnotation(byId.get(claim.articleId)!, claim),
      ...visibleComments(claim.comments).map((comment) => toW3CReply(claim, comment)),
    ]);
  return {
    '@context': ANNO_CONTEXT,
    id: options.id,
    type: 'AnnotationCollection',
    label: options.label,
    total: items.length,
    first: { type: 'AnnotationPage', id: `${options.id}#page-1`, startIndex: 0, items },
  };
}
