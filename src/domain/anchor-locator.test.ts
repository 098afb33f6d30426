import { describe, expect, it } from 'vitest';
import { describeAnchor, locateAnchors } from './anchor';
import { AnchorLocator, locateAnchorsInSlices } from './anchor-locator';

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

  it('stops at its time budget, always after at least one anchor, and says how many remain', () => {
    const anchors = [
      describeAnchor(TEXT, 0, 9),
      describeAnchor(TEXT, 58, 67),
      describeAnchor(TEXT, 70, 78),
    ];
    const locator = new AnchorLocator(TEXT);
    // Each read of the clock moves 10 ms: the budget of 5 ms is spent after one anchor.
    expect(locator.locate(anchors, 5, steppingClock(10))).toBe(2);
    expect(locator.locate(anchors, 5, steppingClock(10))).toBe(1);
    expect(locator.locate(anchors, 5, steppingClock(10))).toBe(0);
    expect(anchors.map((a) => locator.known(a)?.status)).toEqual(['exact', 'exact', 'exact']);
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
    expect(run.slices).toBe(3);
    expect(pauses).toBe(2);
    expect(run.matches.map((m) => m.status)).toEqual(['exact', 'approximate', 'approximate']);
  });
});
