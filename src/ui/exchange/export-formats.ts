import { EXPORT_ENDINGS } from '../../domain/exchange/file-name';
import { msg } from '../i18n/i18n';

/** The export formats, in the order the menus offer them (labels translated where shown). */
export const EXPORT_FORMATS = [
  {
    id: 'bundle',
    label: msg('Verdict bundle (lossless, for teammates)'),
    ending: EXPORT_ENDINGS.bundle,
  },
  { id: 'w3c', label: msg('W3C Web Annotations (JSON-LD)'), ending: EXPORT_ENDINGS.w3c },
  {
    id: 'claimreview',
    label: msg('schema.org ClaimReview (JSON-LD)'),
    ending: EXPORT_ENDINGS.claimreview,
  },
  { id: 'csv', label: msg('Spreadsheet (CSV)'), ending: EXPORT_ENDINGS.csv },
  { id: 'xlsx', label: msg('Spreadsheet (Excel .xlsx)'), ending: EXPORT_ENDINGS.xlsx },
] as const;

/** One export format's id. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];
