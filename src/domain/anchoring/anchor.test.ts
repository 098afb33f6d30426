import { describe, expect, it } from 'vitest';
import { createAnchorContext, locateAnchor, locateAnchors } from './anchor';
import { CONTEXT_LENGTH, trimRange } from './describe-anchor';
import { codePointLength } from '../text/code-points';
import { CASES } from '../test-data/anchor-cases';
import { FR, P2, P3, codePointIndexOf, anchorOf } from '../test-data/anchor-texts';

describe('trimRange', () => {
  it.each([
    ['  abc  ', 0, 7, 2, 5],
    ['\u00a0\u202fabc\n', 0, 6, 2, 5],
    ['a\n\nb', 1, 4, 3, 4],
    ['😀 ab 😀', 1, 5, 2, 4],
    ['😀 ab 😀', 0, 6, 0, 6],
    ['😀 ab 😀', 5, 1, 2, 4],
    ['x   y', 1, 4, 1, 1],
    ['abc', -4, 99, 0, 3],
  ])('trims %j [%i, %i) to [%i, %i)', (text, start, end, trimmedStart, trimmedEnd) => {
    expect(trimRange(text, start, end)).toEqual({ start: trimmedStart, end: trimmedEnd });
  });
});

describe('describeAnchor', () => {
  it.each([
    [
      'in the middle',
      FR,
      '"Bercy"',
      "L'information est inexacte.\u00a0",
      " n'a pas demandé d'audit.\u00a0C'est ",
    ],
    ['at the start', FR, "L'information", '', ' est inexacte.\u00a0"Bercy" n\'a pas de'],
    ['at the end', FR, 'sélection.', 'passation à un nouveau DG en cours de ', ''],
    ['after emoji', '😀😀 a 😀 ' + 'x'.repeat(30) + ' quote', 'quote', `😀 ${'x'.repeat(30)} `, ''],
  ])('describes a quote %s', (_name, text, quote, prefix, suffix) => {
    const anchor = anchorOf(text, quote);
    expect(anchor).toEqual({
      exact: quote,
      prefix: [...prefix].slice(-CONTEXT_LENGTH).join(''),
      suffix: [...suffix].slice(0, CONTEXT_LENGTH).join(''),
      start: codePointIndexOf(text, quote),
      end: codePointIndexOf(text, quote) + codePointLength(quote),
    });
  });
});

describe('locateAnchor', () => {
  it.each(CASES)('$name -> $status', (c) => {
    const anchor = anchorOf(c.before, c.quote, c.occurrence);
    const match = locateAnchor(createAnchorContext(c.after), anchor);
    expect(match.status).toBe(c.status);
    if (c.found === null) {
      const suggestion = c.suggestion && {
        start: codePointIndexOf(c.after, c.suggestion),
        end: codePointIndexOf(c.after, c.suggestion) + codePointLength(c.suggestion),
      };
      expect(match).toEqual({
        start: anchor.start,
        end: anchor.end,
        status: 'orphaned',
        ...(suggestion && { suggestion }),
      });
      return;
    }
    const start = codePointIndexOf(c.after, c.found, c.foundOccurrence);
    expect({ start: match.start, end: match.end }).toEqual({
      start,
      end: start + codePointLength(c.found),
    });
    if (c.status === 'approximate') {
      expect(match.score).toBeGreaterThan(0);
      expect(match.score).toBeLessThanOrEqual(1);
    }
  });

  it('counts code points, not UTF-16 units, when an emoji precedes the quote', () => {
    const anchor = anchorOf(FR, 'Cloudwatt');
    const match = locateAnchor(createAnchorContext(`😀 ${FR}`), anchor);
    expect(match).toEqual({ start: anchor.start + 2, end: anchor.end + 2, status: 'moved' });
  });

  it('orphans an anchor whose offsets are out of range instead of throwing', () => {
    const anchor = { ...anchorOf(FR, 'passation'), start: 5000, end: 5009 };
    expect(locateAnchor(createAnchorContext('Un texte sans rapport.'), anchor).status).toBe(
      'orphaned',
    );
  });
});

describe('locateAnchors', () => {
  it('locates a batch like one call per anchor', () => {
    const after = [P2, FR.replace('surveillance', 'supervision'), P3].join('\n\n');
    const anchors = CASES.filter((c) => c.before === FR).map((c) => anchorOf(FR, c.quote));
    const ctx = createAnchorContext(after);
    expect(locateAnchors(after, anchors)).toEqual(anchors.map((a) => locateAnchor(ctx, a)));
  });
});
