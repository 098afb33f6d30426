import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundle } from './bundle';
import { bundleTextParts } from './bundle-text';
import { toClaimReviews } from './claim-review';
import { parseImportText } from './import-parse';
import { toSafeJson } from './safe-json';
import { toW3CCollection } from './w3c-write';
import { makeClaim, sampleArticle } from '../test-data/exchange';

const SCRIPT = '</script><script>alert(1)</script>';
const UNSAFE = /[<>&\u2028\u2029]/;

describe('toSafeJson', () => {
  it.each([
    [
      'a closing script tag',
      { note: SCRIPT },
      String.raw`{"note":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e"}`,
    ],
    ['an HTML comment', ['<!-- x -->'], String.raw`["\u003c!-- x --\u003e"]`],
    ['an ampersand', { 'a&b': 'R&D &amp;' }, String.raw`{"a\u0026b":"R\u0026D \u0026amp;"}`],
    ['the line separators', ['a\u2028b\u2029c'], String.raw`["a\u2028b\u2029c"]`],
    ['a backslash before <', ['\\<'], String.raw`["\\\u003c"]`],
    ['an escape written as text', ['\\u003c'], String.raw`["\\u003c"]`],
    [
      'nothing to escape',
      { title: 'Élysée « ainsi » 😀', n: 1.5 },
      '{"title":"Élysée « ainsi » 😀","n":1.5}',
    ],
  ])('writes %s as JSON escapes', (_label, value, text) => {
    expect(toSafeJson(value, 0)).toBe(`${text}\n`);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('indents like JSON.stringify and ends with a newline', () => {
    const value = { a: [1, { b: 'c' }], d: null };
    expect(toSafeJson(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('parses back to the same value, with none of the five characters left', () => {
    const unit = fc.constantFrom('<', '>', '&', '\u2028', '\u2029', '\\', '"', '/', 'a', 'é', '😀');
    const value = fc.dictionary(
      fc.string({ unit }),
      fc.jsonValue({
        maxDepth: 3,
        stringUnit: fc.oneof(unit, fc.string({ unit: 'binary', maxLength: 1 })),
      }),
    );
    fc.assert(
      fc.property(value, (object) => {
        const text = toSafeJson(object);
        expect(text).not.toMatch(UNSAFE);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(object)));
      }),
    );
  });
});

describe('the JSON exports of a hostile rationale', () => {
  const article = sampleArticle();
  const note = `${SCRIPT} \u2028 & \u2029 <!--`;
  const claim = makeClaim(article, 'Cloudwatt', { note, tags: ['<b>'] });

  it('keep the rationale verbatim and the markup out of the text', async () => {
    const bundle = await buildBundle({
      articles: [article],
      claims: [claim],
      tombstones: [],
      exportedBy: '<i>Camille</i>',
      now: '2024-03-05T10:00:00.000Z',
    });
    const w3c = toW3CCollection([article], [claim], { id: 'urn:uuid:x', label: SCRIPT });
    const reviews = toClaimReviews(
      article,
      [claim],
      { reviewerName: 'Camille', organisationName: '<O&O>', organisationUrl: '' },
      { url: () => 'https://example.org/#<claim>' },
    );
    const bundleText = bundleTextParts(bundle).join('');
    for (const [value, text] of [
      [bundle, bundleText],
      [w3c, toSafeJson(w3c)],
      [reviews, toSafeJson(reviews)],
    ] as const) {
      expect(text).not.toMatch(UNSAFE);
      expect(JSON.parse(text)).toEqual(value);
    }
    const imported = parseImportText(bundleText);
    expect(imported.ok && imported.kind === 'bundle' && imported.bundle.claims[0]?.note).toBe(note);
  });
});
