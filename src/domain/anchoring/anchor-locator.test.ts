import { describe, expect, it } from 'vitest';
import { createAnchorContext, locateAnchors, locateAnchorSteps, type AnchorMatch } from './anchor';
import { describeAnchor } from './describe-anchor';
import { AnchorLocator, locateAnchorsInSlices } from './anchor-locator';
import type { Anchor } from '../types';

const TEXT =
  '« Bercy » n’a pas demandé d’audit, affirme le ministère.\n\nCloudwatt dément : l’audit a été commandé en 2014 par l’État.';

/** A clock that moves by `step` ms each time it is read. */
function steppingClock(step: number): () => number {
  let t = 0;
  return () => (t += step);
}

describe('AnchorLocator', () => {
  it('locates each anchor object once per text', () => {
    const anchor = describeAnchor(TEXT, 0, 9);
    const locator = new AnchorLocator(TEXT);
    expect(locator.known(anchor)).toBeUndefined();
    expect(locator.locate([anchor], 50, steppingClock(1))).toBe(0);
    const first = locator.known(anchor);
    expect(first).toMatchObject({ start: 0, end: 9, status: 'exact' });
    locator.locate([anchor], 50, steppingClock(1));
    expect(locator.known(anchor)).toBe(first);
  });

  it('settles verbatim anchors at once, then builds the search one step per call', () => {
    const edited = TEXT.replace('commandé', 'comandé').replace('ministère', 'ministre');
    const anchors = [
      describeAnchor(TEXT, 0, 9),
      describeAnchor(TEXT, 36, 56),
      describeAnchor(TEXT, 58, 118),
    ];
    const locator = new AnchorLocator(edited);
    // Each read of the clock moves 10 ms: a 5 ms budget allows one step per call. The first
    // anchor is still verbatim; the text's three search structures come next, then a look for
    // a certain match per edited quote (one round: neither occurs verbatim), then a search each.
    const remaining = Array.from({ length: 7 }, () =>
      locator.locate(anchors, 5, steppingClock(10)),
    );
    expect(remaining).toEqual([2, 2, 2, 2, 2, 1, 0]);
    expect(anchors.map((a) => locator.known(a)?.status)).toEqual([
      'exact',
      'approximate',
      'approximate',
    ]);
  });
});

describe('locateAnchorsInSlices', () => {
  it('finds what locateAnchors finds, in slices with pauses between them', async () => {
    const edited = TEXT.replace('commandé', 'comandé').replace('ministère', 'ministre');
    const anchors = [
      describeAnchor(TEXT, 0, 9),
      describeAnchor(TEXT, 36, 56),
      describeAnchor(TEXT, 58, 118),
    ];
    let pauses = 0;
    const run = await locateAnchorsInSlices(edited, anchors, {
      sliceMs: 5,
      now: steppingClock(10),
      pause: async () => void pauses++,
    });
    expect(run.matches).toEqual(locateAnchors(edited, anchors));
    expect(run.slices).toBe(7);
    expect(pauses).toBe(6);
    expect(run.matches.map((m) => m.status)).toEqual(['exact', 'approximate', 'approximate']);
  });
});

describe('a search of the whole text', () => {
  // The quote moved far from its offsets and lost a letter: only a search of the whole text finds
  // it, among many places sharing a piece of it.
  const quote = 'le conseil municipal a voté la hausse des tarifs';
  const filler = (n: number) =>
    Array.from({ length: n }, (_, i) => `Au point ${i}, le conseil régional a siégé sans vote.`);
  const sentence = (words: string) => `Selon la mairie, ${words}.`;
  const before = [sentence(quote), ...filler(400)].join('\n\n');
  const after = [
    ...filler(200),
    sentence('le conseil municipal a voté la hause des tarifs'),
    ...filler(200),
  ].join('\n\n');
  const anchor = describeAnchor(before, 17, 17 + quote.length);

  /** The search's pauses, and its match. */
  function stepsOf(anchor: Anchor) {
    const steps = locateAnchorSteps(createAnchorContext(after), anchor);
    let pauses = 0;
    for (let step = steps.next(); ; step = steps.next(), pauses++) {
      if (step.done) return { pauses, match: step.value };
    }
  }

  /** How many calls a locator allowed one step per call takes to locate one anchor. */
  function callsToLocate(anchor: Anchor): { calls: number; match?: AnchorMatch } {
    const locator = new AnchorLocator(after);
    let calls = 1;
    while (locator.locate([anchor], 5, steppingClock(10)) > 0) calls++;
    return { calls, match: locator.known(anchor) };
  }

  it('is done in steps, with the same result as in one', () => {
    const { pauses, match } = stepsOf(anchor);
    expect(pauses).toBeGreaterThan(0);
    const [once] = locateAnchors(after, [anchor]);
    expect(match).toEqual(once);
    expect(once).toMatchObject({ status: 'approximate' });
    expect(after.slice(once!.start, once!.end)).toBe(
      'le conseil municipal a voté la hause des tarifs',
    );
  });

  it('is paused between the locator’s slices and resumed where it stopped', () => {
    // The same words edited at their place need one step of search; these, one more per pause.
    const [there] = locateAnchors(after, [anchor]);
    const near = { ...describeAnchor(after, there!.start, there!.end), exact: quote };
    expect(stepsOf(near).pauses).toBe(0);
    const far = callsToLocate(anchor);
    expect(far.calls).toBe(callsToLocate(near).calls + stepsOf(anchor).pauses);
    expect(far.match).toEqual(there);
  });
});
