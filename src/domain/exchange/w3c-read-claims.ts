import { type AnchorMatch } from '../anchoring/anchor';
import { describeAnchor } from '../anchoring/describe-anchor';
import { newClaim } from '../claims/claim';
import type { Anchor, Article, Claim } from '../types';
import type { W3CImported } from './w3c-read-annotation';
import { OUTSIDE_ANNOTATION_NAMESPACE, uuidV5 } from './uuid-v5';

/** Finds anchors in a text (`locateAnchors` in the app; a stub in tests). */
export type Reanchor = (text: string, anchors: Anchor[]) => AnchorMatch[];

/** A web address without its fragment and trailing slash, for comparing sources. */
function comparableUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    parsed.hash = '';
    return parsed.href.replace(/\/$/, '');
  } catch {
    return url.trim();
  }
}

/** The local article W3C annotations with this source point at: by `urn:uuid:<id>`, else by URL. */
export function w3cArticleFor(source: string, articles: Article[]): Article | undefined {
  const byId = articles.find((article) => `urn:uuid:${article.id}` === source);
  if (byId) return byId;
  const wanted = comparableUrl(source);
  return articles.find(
    (article) => article.sourceUrl.trim() !== '' && comparableUrl(article.sourceUrl) === wanted,
  );
}

/** Imported annotations grouped by their target's source, in first-seen order. */
export function groupBySource(imported: W3CImported[]): Map<string, W3CImported[]> {
  const groups = new Map<string, W3CImported[]>();
  for (const annotation of imported) {
    const group = groups.get(annotation.source);
    if (group) group.push(annotation);
    else groups.set(annotation.source, [annotation]);
  }
  return groups;
}

/**
 * Turns imported annotations into claims of a local article, anchoring each quote in its text.
 * A quote that cannot be found keeps the file's quote and offsets (never a guessed span), so the
 * claim shows as orphaned; `notFound` counts those.
 */
export function w3cToClaims(
  imported: W3CImported[],
  article: Article,
  options: { now: string; by: string; reanchor: Reanchor },
): { claims: Claim[]; notFound: number } {
  const anchors: Anchor[] = imported.map(({ quote, position }) => ({
    ...quote,
    start: position?.start ?? 0,
    end: position?.end ?? position?.start ?? 0,
  }));
  const matches = options.reanchor(article.text, anchors);
  let notFound = 0;
  const claims = imported.map((annotation, index): Claim => {
    const stored = anchors[index]!;
    const match = matches[index];
    // A claim exported as not found stays so: finding its words again is a person's decision.
    const found = !annotation.orphaned && match !== undefined && match.status !== 'orphaned';
    if (!found) notFound++;
    const anchor = found ? describeAnchor(article.text, match.start, match.end) : stored;
    const by = annotation.creator || options.by;
    const createdAt = annotation.created ?? annotation.modified ?? options.now;
    const { updatedBy, ...details } = annotation.details;
    const id = annotation.id ?? crypto.randomUUID();
    // Ids the file lacks follow from the claim's, so that a second import finds the same ones;
    // fields in the stored order, so that the merge compares like with like.
    return {
      ...newClaim({
        id,
        articleId: article.id,
        anchor,
        verdict: annotation.verdict,
        by,
        at: createdAt,
      }),
      note: annotation.note,
      tags: annotation.tags,
      // Ids the file lacks follow from the claim's, so that a second import finds the same ones.
      evidence: annotation.evidence.map(({ id: given, url, title, stance, note }, i) => ({
        id: given ?? uuidV5(`${id}#evidence-${i}-${url}`, OUTSIDE_ANNOTATION_NAMESPACE),
        url,
        title,
        stance,
        note,
      })),
      ...details,
      comments: annotation.comments,
      updatedAt: annotation.modified ?? createdAt,
      updatedBy: updatedBy ?? by,
      orphanedAt: found ? '' : options.now,
    };
  });
  return { claims, notFound };
}
