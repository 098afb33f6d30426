import {
  contextAgreement,
  distanceFromExpected,
  inRanges,
  type AnchorText,
  type WantedQuote,
} from './anchor-text';
import { keepsWordEdges } from './fit-edges';
import type { FuzzyMatch } from './locate-fuzzy';

/** Agreement each side must reach beside a quote's remaining words after an edge edit. */
export const EDGE_CONTEXT = 0.8;
/** Share of a quote that must remain, verbatim, when an edit removed words at its edge. */
export const EDGE_REMAINDER = 0.6;
/** Fewest units that may remain of a quote after an edge edit: shorter recurs by chance. */
const MIN_REMAINDER = 10;

/**
 * The quote's remaining words when an edit removed words at one edge: the longest verbatim
 * remainder (at least EDGE_REMAINDER of the quote) near the expected start whose both sides
 * agree with the stored context.
 */
export function remainderNear(
  text: AnchorText,
  wanted: WantedQuote,
  reach: number,
): FuzzyMatch | undefined {
  const { quote } = wanted;
  const words = quote.split(' ');
  const shortest = Math.max(MIN_REMAINDER, Math.ceil(quote.length * EDGE_REMAINDER));
  for (let dropped = 1; dropped < words.length; dropped++) {
    for (const fromStart of [true, false]) {
      const kept = fromStart ? words.slice(dropped) : words.slice(0, words.length - dropped);
      const remainder = kept.join(' ').trim();
      if (remainder.length < shortest) return undefined;
      for (const start of text.occurrences(remainder)) {
        const end = start + remainder.length;
        if (!inRanges(wanted, start, end) || distanceFromExpected(wanted, start) > reach) continue;
        // The words left begin (end) where a dropped word was: never inside a word of the text.
        const edges = fromStart
          ? { quote: remainder, prefix: ' ', suffix: wanted.suffix }
          : { quote: remainder, prefix: wanted.prefix, suffix: ' ' };
        if (!keepsWordEdges(text.fold.folded, start, end, edges)) continue;
        const prefix = contextAgreement(text, wanted.prefix, start, 'before');
        const suffix = contextAgreement(text, wanted.suffix, end, 'after');
        if (prefix >= EDGE_CONTEXT && suffix >= EDGE_CONTEXT) {
          return { start, end, score: remainder.length / quote.length, prefix, suffix };
        }
      }
    }
  }
  return undefined;
}
