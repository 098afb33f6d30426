/** A file-name-safe slug of a title: ASCII letters and digits joined by dashes, at most 60. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'article';
}

/** An export's file name: the article's slug (or `library`), the date, and the format's ending. */
export function exportFileName(title: string | null, now: Date, ending: string): string {
  const day = now.toISOString().slice(0, 10);
  return `${title === null ? 'library' : fileSlug(title)}-${day}${ending}`;
}

/** The export formats' file endings, by format id. */
export const EXPORT_ENDINGS = {
  bundle: '.verdict.json',
  w3c: '.w3c.jsonld',
  claimreview: '.claimreview.jsonld',
  csv: '.csv',
  xlsx: '.xlsx',
} as const;

/** One export format's id. */
export type ExportKind = keyof typeof EXPORT_ENDINGS;
