import type { ChangedField } from '../../domain/types';
import { msg } from '../i18n/i18n';

/** How each field a change touches is named in the import preview (English keys for `t()`). */
export const FIELD_LABELS: Record<ChangedField, string> = {
  anchor: msg('Words'),
  verdict: msg('Verdict'),
  note: msg('Rationale'),
  evidence: msg('Evidence'),
  tags: msg('Tags'),
  claimant: msg('Claimant'),
  claimDate: msg('Claim date'),
  reviewState: msg('Review state'),
  approvedBy: msg('Approver'),
  approvedAt: msg('Approval time'),
  reviewComment: msg('Review comment'),
  rating: msg('Rating'),
  orphanedAt: msg('Words found in the text'),
};

/** Code points of a quote shown in a list before it is cut. */
const QUOTE_LENGTH = 90;

/** A quote short enough for a list: cut at a word boundary, with an ellipsis. */
export function shortQuote(quote: string): string {
  const points = [...quote.replace(/\s+/g, ' ').trim()];
  if (points.length <= QUOTE_LENGTH) return points.join('');
  const cut = points.slice(0, QUOTE_LENGTH).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > QUOTE_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}
