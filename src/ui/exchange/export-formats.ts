import { msg } from '../i18n/i18n';

/** The export formats, in the order the menus offer them (labels translated where shown). */
export const EXPORT_FORMATS = [
  { id: 'bundle', label: msg('Verdict bundle (lossless, for teammates)'), ending: '.verdict.json' },
  { id: 'w3c', label: msg('W3C Web Annotations (JSON-LD)'), ending: '.w3c.jsonld' },
  {
    id: 'claimreview',
    label: msg('schema.org ClaimReview (JSON-LD)'),
    ending: '.claimreview.jsonld',
  },
  { id: 'csv', label: msg('Spreadsheet (CSV)'), ending: '.csv' },
  { id: 'xlsx', label: msg('Spreadsheet (Excel .xlsx)'), ending: '.xlsx' },
] as const;

/** One export format's id. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];
