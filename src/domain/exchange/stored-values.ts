/*
 * The values every stored record holds the same way, whatever it came from (docs/DECISIONS.md,
 * "Stored data validity"): times in ISO 8601 UTC with a four-digit year, calendar dates, ids from
 * a small alphabet. Each rule normalises what it can and refuses the rest (undefined).
 */

/** The characters and length of an id (articles, claims, tombstones, evidence). */
export const ID_PATTERN = /^[A-Za-z0-9._:/-]{1,200}$/;

/** What an id must be, as a problem message says it. */
export const ID_EXPECTED = 'an id of 1 to 200 letters, digits or . _ : / -';

/** What a time must be, as a problem message says it. */
export const TIMESTAMP_EXPECTED = 'a date and time (ISO 8601, like 2024-05-01T09:30:00.000Z)';

/** What a date must be, as a problem message says it. */
export const DATE_EXPECTED = 'a date (YYYY-MM-DD)';

/** An id with the blanks around it trimmed, or undefined when it has other characters. */
export function normalizeId(value: string): string | undefined {
  const id = value.trim();
  return ID_PATTERN.test(id) ? id : undefined;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;

const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether year, month and day name a day of the calendar. */
function isDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= DAYS_IN_MONTH[month - 1]! + (month === 2 && leap(year) ? 1 : 0);
}

/** Whether a value is a calendar date written YYYY-MM-DD (2024-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  return match !== null && isDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** A time already in its stored form, as every stored record and export writes it. */
const STORED_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The number written by the ASCII digits of `value` from `start` to `end`. */
function digits(value: string, start: number, end: number): number {
  let number = 0;
  for (let i = start; i < end; i++) number = number * 10 + value.charCodeAt(i) - 48;
  return number;
}

/**
 * A date and time in ISO 8601 UTC with milliseconds (`2024-05-01T07:30:00.000Z`), from ISO 8601
 * text with a four-digit year: seconds and fractions optional, a `Z` or an offset (none reads as
 * UTC, so that the result never depends on the machine's zone). Undefined for anything else: a
 * year alone, a day that does not exist, a result outside the years 0000 to 9999.
 */
export function normalizeTimestamp(value: string): string | undefined {
  // Every record is checked at each write and import, and its times are nearly always in stored
  // form already: those are checked field by field, without building a Date, and kept as they are.
  if (STORED_TIME.test(value)) {
    const [year, month, day] = [digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10)];
    const time = digits(value, 11, 13) <= 23 && digits(value, 14, 16) <= 59;
    return isDay(year, month, day) && time && digits(value, 17, 19) <= 59 ? value : undefined;
  }
  const match = DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((n) => Number(n ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!isDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  const millis = Math.floor(Number(`0.${match[7] ?? '0'}`) * 1000);
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads the years 0 to 99 as 1900 to 1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  if (match[9] !== undefined) {
    const [hours, minutes] = [Number(match[10]), Number(match[11])];
    if (hours > 23 || minutes > 59) return undefined;
    const sign = match[9] === '-' ? -1 : 1;
    date.setTime(date.getTime() - sign * (hours * 60 + minutes) * 60_000);
  }
  const iso = date.toISOString();
  return /^\d{4}-/.test(iso) ? iso : undefined;
}
