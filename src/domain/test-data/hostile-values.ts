import fc from 'fast-check';

/*
 * The values the hostile imports (hostile-imports.ts) are made of: words, ids, times and dates,
 * mostly in the stored form, some to normalise, some the stored-data rule refuses.
 */

export const WORDS = [
  'Le',
  'ministre',
  'annonce',
  'une',
  'baisse',
  'Bercy',
  'n’a',
  'pas',
  'été',
  'e\u0301te\u0301',
];
const NOW = Date.UTC(2024, 2, 10);

/** Article ids: valid ones (with dots, colons and slashes), and one to trim. */
export const ARTICLE_IDS = ['a1', 'a2', 'le.monde:2024/05/a3', ' a1 '];
export const CLAIM_IDS = ['c1', 'c2', 'c3', 'c.4/x', ' c1'];
export const SOURCES = ['https://example.fr/1', 'https://example.fr/2', ''];

/** A time: mostly in the stored form, some to normalise (an offset, no seconds, no zone). */
export const time = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.integer({ min: 0, max: 50 }).map((h) => new Date(NOW + h * 3.6e6).toISOString()),
  },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 0, max: 9 }).map((d) => `2024-03-1${d}T10:00:00+02:00`),
  },
  { weight: 1, arbitrary: fc.constantFrom('2024-03-12T08:30Z', '2024-03-12T08:30:00') },
);
/** Times the rule refuses. */
export const REFUSED_TIMES = ['2024', '+010000-01-01T00:00:00Z', '2024-02-30T10:00:00Z', 'hier'];
export const optionalTime = fc.oneof(
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: time },
);
export const date = fc.constantFrom('', '', '2014-11-14');
export const REFUSED_DATES = ['2014-02-30', '2014'];
export const evidenceId = fc.oneof(fc.uuid(), fc.constantFrom('src-1', ' src-2 '));
export const REFUSED_IDS = ['', 'un id', 'été', 'x'.repeat(201)];
export const paragraphs = fc.array(
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')),
  { minLength: 1, maxLength: 3 },
);
