import { i18n, msg, uiLocale } from './i18n';

/** A date-time as a short string in the UI language ("24 Nov 2026, 23:40", "24 nov. 2026, 23:40"). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** A calendar date (YYYY-MM-DD) in the UI language, without shifting it across time zones. */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return '';
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.toLocaleDateString(uiLocale(), { dateStyle: 'medium' });
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
