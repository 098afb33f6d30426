import { i18n, msg, uiLocale } from '../i18n/i18n';

// Building an Intl formatter costs far more than using one (toLocaleString builds one per
// call): keep one per locale and style, since lists format a date per row.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${uiLocale()}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(uiLocale(), options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A date-time as a short string in the UI language ("24 Nov 2026, 23:40", "24 nov. 2026, 23:40"). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return dateFormatter({ dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A calendar date (YYYY-MM-DD) in the UI language, without shifting it across time zones. */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return '';
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return dateFormatter({ dateStyle: 'medium' }).format(date);
}

/** A count written the UI language's way ("12,345", "12 345"). */
export function formatNumber(value: number): string {
  return value.toLocaleString(uiLocale());
}

const BYTE_UNITS = [
  msg('{{value}} bytes'),
  msg('{{value}} kB'),
  msg('{{value}} MB'),
  msg('{{value}} GB'),
  msg('{{value}} TB'),
];

/** A byte count in words, in the UI language ("3.2 MB", "3,2 Mo"). */
export function formatBytes(bytes: number): string {
  let amount = bytes;
  let unit = 0;
  while (amount >= 1000 && unit < BYTE_UNITS.length - 1) {
    amount /= 1000;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  const value = amount.toLocaleString(uiLocale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  });
  return i18n.t(BYTE_UNITS[unit]!, { value });
}
