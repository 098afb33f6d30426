import { i18n, msg } from '../i18n/i18n';

/**
 * The messages of the domain and storage layers that a fact-checker reads in a form or a toast
 * (not the technical problems of an import file, which stay in English for the file's author).
 * Those layers write English; the UI shows their translation. A message not listed here is shown
 * as it is.
 */
const KNOWN: readonly string[] = [
  msg('The article needs a title.'),
  msg('The source URL must start with http:// or https://.'),
  msg('The publication date must be a date (YYYY-MM-DD).'),
  msg('The organisation URL must start with http:// or https://.'),
  msg('Evidence links must start with http:// or https://'),
  msg('Add a link to save this source.'),
  msg('Set your reviewer name in Settings so that the approval says who approved.'),
  msg('Say why the claim goes back to draft.'),
  msg('This article no longer exists.'),
  msg('This claim no longer exists.'),
  msg('The article was deleted.'),
  msg('This version is no longer in the claim’s history.'),
  // Why a version went into a claim's history (stored with the version).
  msg('restored an earlier version'),
  msg('import merge'),
  msg('import conflict'),
  msg('replaced by an edit made at the same time in another tab'),
];

/** Messages with a part that varies: the English pattern, and the key that takes that part. */
const PATTERNS: { pattern: RegExp; key: string }[] = [
  {
    pattern:
      /^You are approving your own claim \(made by (.*)\)\. A second reviewer is expected\.$/s,
    key: msg('You are approving your own claim (made by {{name}}). A second reviewer is expected.'),
  },
];

/** A domain or storage message in the UI language. */
export function translateMessage(message: string): string {
  if (KNOWN.includes(message)) return i18n.t(message);
  for (const { pattern, key } of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return i18n.t(key, { name: match[1] });
  }
  return message;
}
