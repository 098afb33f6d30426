import { describe, expect, it } from 'vitest';
import { locateAnchors } from './anchor';
import { formatTable, generateCorpus, judge, tabulate, toUtf16 } from '../test-data/anchor-corpus';

const corpus = generateCorpus(19, 12);

describe('the anchoring edit corpus', () => {
  // Correctness, not speed: a busy machine may take long.
  it('places no claim on words other than its tracked span', { timeout: 60_000 }, () => {
    const matches = corpus.map((c) => locateAnchors(c.after, c.anchors));
    const table = tabulate(corpus, matches);
    console.log(
      `kind                                right  not found  wrong\n${formatTable(table)}`,
    );
    const wrong = corpus.flatMap((c, i) =>
      c.subjects
        .filter((s) => judge(c.after, c.expected[s]!, matches[i]![s]!) === 'wrong')
        .map((s) => ({
          kind: c.kind,
          fixture: c.fixture,
          quote: c.anchors[s]!.exact,
          expected: c.expected[s] && c.after.slice(c.expected[s]!.start, c.expected[s]!.end),
          placed: c.after.slice(...Object.values(toUtf16(c.after, matches[i]![s]!))),
          status: matches[i]![s]!.status,
        })),
    );
    if (process.env.CORPUS_VERBOSE)
      console.log(JSON.stringify(wrong, null, 0).replace(/},/g, '},\n'));
    expect(corpus.length).toBeGreaterThan(200);
    expect(wrong).toEqual([]);
  });
});
