import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, normalizeId, normalizeTimestamp } from './stored-values';

describe('normalizeTimestamp', () => {
  it.each<[string, string | undefined]>([
    ['2024-05-01T09:30:00.000Z', '2024-05-01T09:30:00.000Z'],
    ['2024-05-01T09:30:00Z', '2024-05-01T09:30:00.000Z'],
    ['2024-05-01T09:30Z', '2024-05-01T09:30:00.000Z'],
    ['2024-05-01t09:30:00z', '2024-05-01T09:30:00.000Z'],
    ['2024-05-01 09:30:00Z', '2024-05-01T09:30:00.000Z'],
    ['2024-05-01T09:30:00', '2024-05-01T09:30:00.000Z'],
    ['  2024-05-01T09:30:00Z ', '2024-05-01T09:30:00.000Z'],
    ['2024-05-01T09:30:00+02:00', '2024-05-01T07:30:00.000Z'],
    ['2024-05-01T09:30:00-0130', '2024-05-01T11:00:00.000Z'],
    ['2024-05-01T09:30:00.1234567Z', '2024-05-01T09:30:00.123Z'],
    ['2024-05-01T09:30:00,5Z', '2024-05-01T09:30:00.500Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['0099-01-01T00:00:00Z', '0099-01-01T00:00:00.000Z'],
    ['0000-01-01T00:00:00Z', '0000-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
    ['2024', undefined],
    ['2024-05-01', undefined],
    ['+010000-01-01T00:00:00Z', undefined],
    ['-000001-01-01T00:00:00Z', undefined],
    ['10000-01-01T00:00:00Z', undefined],
    ['9999-12-31T23:00:00-05:00', undefined],
    ['0000-01-01T00:30:00+01:00', undefined],
    ['2023-02-29T00:00:00Z', undefined],
    ['2024-13-01T00:00:00Z', undefined],
    ['2024-05-01T24:00:00Z', undefined],
    ['2024-05-01T09:60:00Z', undefined],
    ['2024-05-01T09:30:60Z', undefined],
    ['2024-05-01T09:30:00+24:00', undefined],
    ['hier', undefined],
    ['', undefined],
    ['Wed, 01 May 2024 09:30:00 GMT', undefined],
  ])('%j → %j', (value, expected) => {
    expect(normalizeTimestamp(value)).toBe(expected);
  });

  it('gives back what it gives', () => {
    const once = normalizeTimestamp('2024-05-01T09:30:00+02:00')!;
    expect(normalizeTimestamp(once)).toBe(once);
  });

  it('reads a time in stored form as it reads the same time with an offset', () => {
    const field = (max: number, width: number) =>
      fc.integer({ min: 0, max }).map((n) => String(n).padStart(width, '0'));
    const time = fc
      .tuple(field(9999, 4), field(14, 2), field(32, 2), field(25, 2), field(61, 2), field(61, 2))
      .chain((parts) => field(999, 3).map((millis) => [...parts, millis]));
    fc.assert(
      fc.property(time, ([year, month, day, hour, minute, second, millis]) => {
        const stored = `${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}`;
        expect(normalizeTimestamp(`${stored}Z`)).toBe(normalizeTimestamp(`${stored}+00:00`));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isCalendarDate', () => {
  it.each<[string, boolean]>([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2023-02-29', false],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['2024-00-10', false],
    ['2024-1-10', false],
    ['24-01-10', false],
    ['', false],
  ])('%j is %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('normalizeId', () => {
  it.each<[string, string | undefined]>([
    ['8d0f6c52-1e3a-4b7c-9d2e-5f6a7b8c9d01', '8d0f6c52-1e3a-4b7c-9d2e-5f6a7b8c9d01'],
    ['le.monde:2024/05/article_1', 'le.monde:2024/05/article_1'],
    [' a1 ', 'a1'],
    ['x'.repeat(200), 'x'.repeat(200)],
    ['x'.repeat(201), undefined],
    ['', undefined],
    ['   ', undefined],
    ['a b', undefined],
    ['été', undefined],
    ['a#b', undefined],
    ['a%2Fb', undefined],
    ['a\nb', undefined],
  ])('%j → %j', (value, expected) => {
    expect(normalizeId(value)).toBe(expected);
  });
});
