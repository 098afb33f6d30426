import { describeAnchor } from '../anchoring/describe-anchor';
import type { AnchorMatch } from '../anchoring/anchor';
import type { Anchor, Article, Claim } from '../types';

/** Finds anchors in a text (`locateAnchors` in the app). */
export type LocateAnchors = (text: string, anchors: Anchor[]) => AnchorMatch[];

/** What an export does with claims whose words are not in the text: mark them, or leave them out. */
export type OrphanChoice = 'mark' | 'omit';

/** The claims an export writes, and how many not-found claims it left out. */
export interface ExportClaims {
  claims: Claim[];
  omitted: number;
}

/** Whether a claim prepared by `claimsForExport` is one whose words are not in the text. */
export function isOrphan(claim: Pick<Claim, 'orphanedAt'>): boolean {
  return claim.orphanedAt !== '';
}

/**
 * The claims of some articles as an export writes them, located in the current text the way the
 * reader locates them: a claim found there carries the offsets and context of the words it is on
 * now; one whose words were deleted (`orphanedAt`) or are not found gets `orphanedAt` (set to
 * `now` if it was not), so that no writer gives it a position that would land on other words.
 * With `omit`, such claims are left out and counted. Claims of articles not given are left out.
 */
export function claimsForExport(
  articles: Article[],
  claims: Claim[],
  options: { now: string; locate: LocateAnchors; orphans: OrphanChoice },
): ExportClaims {
  const texts = new Map(articles.map((article) => [article.id, article.text]));
  const byArticle = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (!texts.has(claim.articleId)) continue;
    const own = byArticle.get(claim.articleId);
    if (own) own.push(claim);
    else byArticle.set(claim.articleId, [claim]);
  }
  const out: Claim[] = [];
  let omitted = 0;
  for (const [articleId, own] of byArticle) {
    const text = texts.get(articleId)!;
    const attached = own.filter((claim) => !isOrphan(claim));
    const matches = options.locate(
      text,
      attached.map((claim) => claim.anchor),
    );
    const located = new Map(attached.map((claim, i) => [claim.id, matches[i]]));
    for (const claim of own) {
      const match = located.get(claim.id);
      const found = match !== undefined && match.status !== 'orphaned';
      if (found) {
        out.push({ ...claim, anchor: describeAnchor(text, match.start, match.end) });
      } else if (options.orphans === 'omit') {
        omitted++;
      } else {
        out.push({ ...claim, orphanedAt: claim.orphanedAt || options.now });
      }
    }
  }
  return { claims: out, omitted };
}
