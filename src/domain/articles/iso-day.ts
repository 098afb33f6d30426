/** The calendar day (YYYY-MM-DD) of a page's date, as the page wrote it (its own time zone), or ''. */
export function isoDay(value: string): string {
  const trimmed = value.trim();
  const written = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T ])/u.exec(trimmed);
  const day = written
    ? `${written[1]}-${written[2]}-${written[3]}`
    : Number.isNaN(Date.parse(trimmed)) || !/[a-z]{3}|\d{4}/iu.test(trimmed)
      ? ''
      : new Date(Date.parse(trimmed)).toISOString().slice(0, 10);
  if (day === '') return '';
  // A day that does not exist (2025-02-30) is no date at all.
  const check = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().startsWith(day) ? day : '';
}
