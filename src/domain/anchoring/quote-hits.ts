import { keepsWordEdges } from './fit-edges';
import {
  contextAgreement,
  type AnchorText,
  type FoldedRange,
  type WantedQuote,
} from './anchor-text';

/*
 * The verbatim copies of a claim's quote in a text, each weighed by how well its context agrees
 * with the stored prefix and suffix (src/domain/anchoring/anchor.ts decides among them).
 */

/** The most occurrences of a quote whose context is compared (nearest first). */
const MAX_OCCURRENCES = 1000;
/** How much more context agreement (0..2) the solid copy needs than any other copy of its quote. */
const SOLID_MARGIN = 0.1;

/** An occurrence of the exact quote, with how well each side of its context agrees (0..1). */
export interface QuoteHit extends FoldedRange {
  prefix: number;
  suffix: number;
}

export const agreementOf = (hit: QuoteHit) => hit.prefix + hit.suffix;

/** The occurrences of the quote, nearest the expected start first, with their context agreement. */
export function scoredHits(text: AnchorText, wanted: WantedQuote, hits: number[]): QuoteHit[] {
  const { quote, expected } = wanted;
  const nearest = [...hits].sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected));
  return nearest.slice(0, MAX_OCCURRENCES).map((at) => {
    const end = at + quote.length;
    return {
      start: at,
      end,
      prefix: contextAgreement(text, wanted.prefix, at, 'before'),
      suffix: contextAgreement(text, wanted.suffix, end, 'after'),
    };
  });
}

/** The starts of the quote's copies in the text, copies cut out of longer words left out. */
export function copiesOf(text: AnchorText, wanted: WantedQuote): number[] {
  const { folded } = text.fold;
  const length = wanted.quote.length;
  return text
    .occurrences(wanted.quote)
    .filter((at) => keepsWordEdges(folded, at, at + length, wanted));
}

/** The best occurrence by context agreement; among equals the nearest, seen first, stays. */
export function bestHit(hits: QuoteHit[]): QuoteHit | undefined {
  let best: QuoteHit | undefined;
  for (const hit of hits) if (!best || agreementOf(hit) > agreementOf(best)) best = hit;
  return best;
}

/** The hit, unless another copy's context agrees nearly as well (within SOLID_MARGIN). */
export function unrivalled(hit: QuoteHit | undefined, hits: QuoteHit[]): QuoteHit | undefined {
  if (!hit) return undefined;
  const rival = hits.some((h) => h !== hit && agreementOf(h) > agreementOf(hit) - SOLID_MARGIN);
  return rival ? undefined : hit;
}
