import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateAnchors } from './anchor';
import { anchorOfSpan, claimsOf, judge, toUtf16 } from '../test-data/anchor-corpus';
import { EDITS, type EditKind } from '../test-data/anchor-edits';
import { FIXTURES } from '../test-data/anchor-fixtures';
import { prng, TrackedText, trimPunctuation } from '../test-data/tracked-text';

const KINDS = Object.keys(EDITS) as EditKind[];
const edit = fc.record({
  kind: fc.constantFrom(...KINDS),
  claim: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

/**
 * The seeds the property runs on: 19, and seeds of 0–399 on which sweeps found counterexamples
 * of each kind (each within its first 150 runs; docs/DECISIONS.md, "The property test on other
 * seeds"), so that a rule that holds on one seed only fails here; more would not fit the time
 * a busy machine gives a unit test. `ANCHOR_PROPERTY_SEEDS=0-199` sweeps a range instead.
 */
function seeds(): number[] {
  const range = process.env.ANCHOR_PROPERTY_SEEDS?.match(/^(\d+)-(\d+)$/);
  if (!range) return [19, 34, 37, 160, 195, 325];
  const [from, to] = [Number(range[1]), Number(range[2])];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

describe('anchoring under random edit scripts', () => {
  it.each(seeds())(
    'places a claim on its tracked span or nowhere (seed %i)',
    { timeout: 120_000 },
    (seed) => {
      fc.assert(
        fc.property(
          fc.constantFrom(...Object.keys(FIXTURES)),
          fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          fc.array(edit, { minLength: 1, maxLength: 4 }),
          (fixture, claimSeed, script) => {
            const text = FIXTURES[fixture]!;
            const claims = claimsOf(text, prng(claimSeed));
            const draft = new TrackedText(text, claims);
            for (const step of script) {
              const script = EDITS[step.kind];
              if (script.fixtures && !script.fixtures.includes(fixture)) continue;
              const live = draft.spans.flatMap((span, i) => (span ? [i] : []));
              if (live.length === 0) break;
              const subject = live[Math.floor(step.claim * live.length)]!;
              script.apply(draft, subject, prng(step.seed));
            }
            // Described from the unedited text, after the script chose its claims.
            const anchors = claims.map((span) => anchorOfSpan(text, span));
            const matches = locateAnchors(draft.text, anchors);
            matches.forEach((match, i) => {
              const tracked = draft.spans[i] ?? null;
              if (judge(draft.text, tracked, match) !== 'wrong') return;
              // Part of its own words (an edit at its edge left out) is still on its span.
              const placed = trimPunctuation(draft.text, toUtf16(draft.text, match));
              const own = tracked && trimPunctuation(draft.text, tracked);
              const within = !!own && placed.start >= own.start && placed.end <= own.end;
              expect(within, `${JSON.stringify(anchors[i]!.exact)} in ${fixture}`).toBe(true);
            });
          },
        ),
        { numRuns: 150, seed },
      );
    },
  );
});
