/**
 * The edit scripts of the anchoring corpus: each edits a tracked text around one claim (the
 * subject) and says whether that claim must now be not found and where its words survive.
 */
import {
  sentencesOf,
  trimPunctuation,
  type Sentence,
  type Span,
  type TrackedText,
} from './tracked-text';

/** What an edit script did to its subject. */
export interface EditOutcome {
  /** The subject must be not found even if some of its words are tracked. */
  orphan?: boolean;
  /** Where the subject's words now stand in another context. */
  suggestion?: Span;
}

/** An edit script: the fixtures it applies to (all if absent), and the edit itself. */
export interface EditScript {
  fixtures?: string[];
  /** Edits the text around claim `subject`; null when the script does not apply to it. */
  apply(draft: TrackedText, subject: number, random: () => number): EditOutcome | null;
}

const POOL = ['toujours', 'plusieurs', 'nouveau', 'enquête', 'several', 'council', 'record'];
const WORD = /\S+/g;

const pick = <T>(items: readonly T[], random: () => number): T =>
  items[Math.floor(random() * items.length)]!;

/** The sentence that holds a span (at -1 when the span crosses sentences). */
function sentenceOf(text: string, span: Span): { sentences: Sentence[]; at: number } {
  const sentences = sentencesOf(text);
  const at = sentences.findIndex((s) => s.start <= span.start && span.end <= s.end);
  return { sentences, at };
}

/** The words (UTF-16 ranges) inside a span. */
function wordsIn(text: string, span: Span): Span[] {
  const slice = text.slice(span.start, span.end);
  return [...slice.matchAll(WORD)].map((m) => ({
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
  }));
}

/**
 * The words inside a span without their edge punctuation: what a rewording replaces. (Replacing
 * `souhaité.` whole would delete the full stop too, an edit past the claim's end that cuts the
 * word from its tracked span although the claim's own word was what changed.)
 */
function bareWordsIn(text: string, span: Span): Span[] {
  return wordsIn(text, span)
    .map((word) => trimPunctuation(text, word))
    .filter((word) => word.end > word.start);
}

const sameParagraph = (text: string, a: number, b: number) => !text.slice(a, b).includes('\n');

/** Deletes a whole sentence with the space that separates it from a neighbour. */
function deleteSentence(draft: TrackedText, sentences: Sentence[], at: number): void {
  const s = sentences[at]!;
  const next = sentences[at + 1];
  const prev = sentences[at - 1];
  if (next && sameParagraph(draft.text, s.end, next.start)) draft.replace(s.start, next.start, '');
  else if (prev && sameParagraph(draft.text, prev.end, s.start)) draft.replace(prev.end, s.end, '');
  else draft.replace(s.start, s.end, '');
}

/** Replaces a word with another of the pool (or its digits with others). */
function otherWord(word: string, random: () => number): string {
  if (/\d/.test(word)) return word.replace(/\d/, (d) => String((Number(d) + 3) % 10));
  let other = pick(POOL, random);
  while (other === word) other = pick(POOL, random);
  return other;
}

/** Changes one letter of the longest word of the span: a typo made or fixed. */
function fixLetter(draft: TrackedText, span: Span): void {
  const words = wordsIn(draft.text, span).sort((a, b) => b.end - b.start - (a.end - a.start));
  const word = words[0]!;
  const at = word.start + Math.floor((word.end - word.start) / 2);
  const letter = draft.text.charAt(at) === 'x' ? 'y' : 'x';
  draft.replace(at, at + 1, letter);
}

const sameWordsElsewhere: EditScript = {
  apply(draft, subject, random) {
    const span = draft.spans[subject]!;
    const words = draft.text.slice(span.start, span.end);
    const { sentences, at } = sentenceOf(draft.text, span);
    if (at < 0) return null;
    const firstHalf = span.start < draft.text.length / 2;
    deleteSentence(draft, sentences, at);
    if (firstHalf) {
      const frame = pick(['\n\nUn lecteur nous écrit que ', '\n\nAs one reader put it, '], random);
      const start = draft.text.length + frame.length;
      draft.replace(draft.text.length, draft.text.length, `${frame}${words}, which we doubt.`);
      return { suggestion: { start, end: start + words.length } };
    }
    const frame = pick(['À retenir\u00a0: ', 'In brief: '], random);
    draft.replace(0, 0, `${frame}${words} (selon nos informations).\n\n`);
    return { suggestion: { start: frame.length, end: frame.length + words.length } };
  },
};

const nearDuplicateCorrected: EditScript = {
  fixtures: ['live blog'],
  apply(draft, subject, random) {
    const words = bareWordsIn(draft.text, draft.spans[subject]!);
    const word = pick(words, random);
    draft.replace(word.start, word.end, otherWord(draft.text.slice(word.start, word.end), random));
    return {};
  },
};

const nearDuplicateDeleted: EditScript = {
  fixtures: ['live blog'],
  apply(draft, subject) {
    const { sentences, at } = sentenceOf(draft.text, draft.spans[subject]!);
    if (at < 0) return null;
    deleteSentence(draft, sentences, at);
    return {};
  },
};

const edgeWordDeleted: EditScript = {
  apply(draft, subject, random) {
    const variant = Math.floor(random() * 4);
    if (variant < 2) {
      // The claim is the first (or last) four words of the whole text, selected before any edit
      // (the claims' anchors are described from the unedited text).
      if (draft.edits > 0) return null;
      const all = wordsIn(draft.text, { start: 0, end: draft.text.length });
      const four = variant === 0 ? all.slice(0, 4) : all.slice(-4);
      const end = four[3]!.end - (variant === 1 ? 1 : 0);
      draft.spans[subject] = { start: four[0]!.start, end };
    }
    const words = wordsIn(draft.text, draft.spans[subject]!);
    if (words.length < 4) return null;
    if (variant === 0 || variant === 2) draft.replace(words[0]!.start, words[1]!.start, '');
    else draft.replace(words[words.length - 2]!.end, words[words.length - 1]!.end, '');
    return {};
  },
};

const sentenceSplit: EditScript = {
  apply(draft, subject, random) {
    const words = wordsIn(draft.text, draft.spans[subject]!);
    const k = 1 + Math.floor(random() * (words.length - 1));
    const space = words[k - 1]!.end;
    const next = draft.text.charAt(words[k]!.start);
    draft.replace(space, words[k]!.start + 1, `. ${next.toUpperCase()}`);
    return {};
  },
};

const sentenceMerge: EditScript = {
  apply(draft, subject, random) {
    const { sentences, at } = sentenceOf(draft.text, draft.spans[subject]!);
    if (at < 0) return null;
    const withNext = random() < 0.5;
    const first = sentences[withNext ? at : at - 1];
    const second = sentences[withNext ? at + 1 : at];
    if (!first || !second || !sameParagraph(draft.text, first.end, second.start)) return null;
    if (!/[.!?]$/.test(draft.text.slice(first.start, first.end))) return null;
    const letter = draft.text.charAt(second.start);
    draft.replace(second.start, second.start + 1, letter.toLowerCase());
    draft.replace(first.end - 1, first.end, ',');
    return {};
  },
};

const partialParaphrase: EditScript = {
  apply(draft, subject, random) {
    const words = bareWordsIn(draft.text, draft.spans[subject]!);
    const count = Math.max(2, Math.round(words.length * (0.3 + random() * 0.2)));
    const chosen = [...words].sort(() => random() - 0.5).slice(0, count);
    // Right to left, so that the ranges still to replace keep their offsets.
    for (const word of chosen.sort((a, b) => b.start - a.start)) {
      draft.replace(
        word.start,
        word.end,
        otherWord(draft.text.slice(word.start, word.end), random),
      );
    }
    return { orphan: true };
  },
};

const RETYPE: Record<string, string> = {
  '’': "'",
  "'": '’',
  '“': '"',
  '”': '"',
  '«\u00a0': '"',
  '\u00a0»': '"',
  '\u00a0': ' ',
  '\u202f': ' ',
};

const reflowRetyped: EditScript = {
  apply(draft, _subject, random) {
    const edits: [number, number, string][] = [];
    for (const m of draft.text.matchAll(/«\u00a0|\u00a0»|[’'“”\u00a0\u202f]| /g)) {
      if (m[0] === ' ') {
        if (random() < 0.15) edits.push([m.index, m.index + 1, random() < 0.5 ? '\n' : '  ']);
      } else if (random() < 0.7) edits.push([m.index, m.index + m[0].length, RETYPE[m[0]]!]);
    }
    for (const [from, to, insert] of edits.reverse()) draft.replace(from, to, insert);
    return {};
  },
};

const paragraphMovedFixed: EditScript = {
  apply(draft, subject, random) {
    const span = draft.spans[subject]!;
    const breaks = [...draft.text.matchAll(/\n\n/g)].map((m) => m.index);
    const starts = [0, ...breaks.map((b) => b + 2)];
    const p = starts.findLastIndex((s) => s <= span.start);
    const to = breaks[p] !== undefined ? breaks[p]! + 2 : draft.text.length;
    if (to === draft.text.length) return null;
    const others = starts.filter((_, i) => i !== p && i !== p + 1);
    draft.move(starts[p]!, to, pick(others, random));
    fixLetter(draft, draft.spans[subject]!);
    return {};
  },
};

/** Every edit script of the corpus by kind. */
export const EDITS = {
  'same words, other sentence': sameWordsElsewhere,
  'near-duplicates, corrected': nearDuplicateCorrected,
  'near-duplicates, deleted': nearDuplicateDeleted,
  'edge word deleted': edgeWordDeleted,
  'sentence split': sentenceSplit,
  'sentence merge': sentenceMerge,
  'partial paraphrase (not found)': partialParaphrase,
  'reflow, retyped quotes': reflowRetyped,
  'paragraph moved, fix inside': paragraphMovedFixed,
} satisfies Record<string, EditScript>;

/** The kinds of edit script in the corpus. */
export type EditKind = keyof typeof EDITS;
