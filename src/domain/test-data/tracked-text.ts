/**
 * A text under edit that tracks where each claim's words are (UTF-16 ranges) through every
 * edit, the way a benchmark knows its answers: spans are mapped through edits, never searched.
 */

/** A UTF-16 range of a text. */
export interface Span {
  start: number;
  end: number;
}

const SPACE = /\s/;

/** mulberry32: a small seeded PRNG, so that a generated corpus is the same on every run. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A text and the tracked span of each claim in it (null once a claim's words are gone). */
export class TrackedText {
  /** How many edits the text has had. */
  edits = 0;

  constructor(
    public text: string,
    public spans: (Span | null)[],
  ) {}

  /** A copy that edits apart from this one. */
  clone(): TrackedText {
    return new TrackedText(
      this.text,
      this.spans.map((span) => span && { ...span }),
    );
  }

  /**
   * Replaces [from, to) with `insert`. A claim before or after the edit shifts or stays; an edit
   * inside a claim stays inside it; an edit over one edge cuts the claim to its remaining words;
   * an edit over a whole claim removes it.
   */
  replace(from: number, to: number, insert: string): void {
    const delta = insert.length - (to - from);
    this.edits++;
    this.text = this.text.slice(0, from) + insert + this.text.slice(to);
    this.spans = this.spans.map((span) => {
      if (!span) return null;
      let { start, end } = span;
      if (to <= start && !(from === to && from === start && start === end)) {
        start += delta;
        end += delta;
      } else if (from >= end) {
        // After the claim: nothing moves.
      } else if (from <= start && to >= end) {
        return null;
      } else if (from >= start && to <= end) {
        end += delta;
      } else if (from < start) {
        start = from + insert.length;
        end += delta;
      } else {
        end = from;
      }
      return this.trimmed({ start, end });
    });
  }

  /** Moves [from, to) to `at` (outside it); claims inside travel with it. */
  move(from: number, to: number, at: number): void {
    const piece = this.text.slice(from, to);
    const inside = this.spans.map((span) =>
      span && span.start >= from && span.end <= to
        ? { start: span.start - from, end: span.end - from }
        : null,
    );
    const kept = this.spans;
    this.spans = kept.map((span, i) => (inside[i] ? null : span));
    this.replace(from, to, '');
    const target = at > to ? at - (to - from) : at;
    this.replace(target, target, piece);
    this.spans = this.spans.map((span, i) => {
      const rel = inside[i];
      return rel ? { start: target + rel.start, end: target + rel.end } : span;
    });
  }

  /** The words of a claim's span now. */
  wordsOf(claim: number): string {
    const span = this.spans[claim];
    return span ? this.text.slice(span.start, span.end) : '';
  }

  private trimmed(span: Span): Span | null {
    let { start, end } = span;
    while (start < end && SPACE.test(this.text.charAt(start))) start++;
    while (end > start && SPACE.test(this.text.charAt(end - 1))) end--;
    return start < end ? { start, end } : null;
  }
}

/** A sentence of a text: its UTF-16 range and the ranges of its words. */
export interface Sentence extends Span {
  words: Span[];
}

const WORD = /\S+/g;
const SENTENCE_END = /[.!?]["”»\u00a0\u202f]*$/u;

/** The sentences of a text, split after a word ending in . ! ? and at paragraph breaks. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let words: Span[] = [];
  const flush = () => {
    if (words.length === 0) return;
    sentences.push({ start: words[0]!.start, end: words[words.length - 1]!.end, words });
    words = [];
  };
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (words.length > 0 && text.slice(words[words.length - 1]!.end, start).includes('\n')) {
      flush();
    }
    words.push({ start, end });
    if (SENTENCE_END.test(m[0])) flush();
  }
  flush();
  return sentences;
}

const EDGE_PUNCTUATION = /[\s.,;:!?«»"“”()\u00a0\u202f—]/u;

/** The range without punctuation and spaces at its edges, as a fact-checker would select. */
export function trimPunctuation(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && EDGE_PUNCTUATION.test(text.charAt(start))) start++;
  while (end > start && EDGE_PUNCTUATION.test(text.charAt(end - 1))) end--;
  return { start, end };
}
