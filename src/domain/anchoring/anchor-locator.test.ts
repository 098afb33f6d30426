import { describe, expect, it } from 'vitest';
import { locateAnchors } from './anchor';
import { describeAnchor } from './describe-anchor';
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
