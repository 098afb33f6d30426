import type { TFunction } from 'i18next';
import { restoredRevision } from '../../domain/claims/state-at-revision';
import { settledJoin } from '../../domain/merge/sync-conflicts';
import { isSyncMerge } from '../../domain/merge/sync-graph';
import type {
  ChangedField,
  ClaimChange,
  Evidence,
  FieldChange,
  ReviewState,
  Verdict,
} from '../../domain/types';
import { msg, uiLocale } from '../i18n/i18n';
import { formatDateTime, formatDay } from '../shared/format';
import { REVIEW_STATE_LABELS } from '../shared/review-state-labels';
import { VERDICT_LABELS } from '../shared/verdict-labels';

/** Characters of the words shown before and after a change of a claim's words. */
const WORDS_SHOWN = 60;

const shortWords = (text: string) =>
  text.length > WORDS_SHOWN ? `${text.slice(0, WORDS_SHOWN - 1)}…` : text;

/** How each field's change reads, its values written for people (English message keys). */
const PHRASES: Record<ChangedField, string> = {
  verdict: msg('the verdict {{before}} → {{after}}'),
  anchor: msg('the words “{{before}}” → “{{after}}”'),
  note: msg('the rationale'),
  evidence: msg('the sources ({{before}} → {{after}})'),
  tags: msg('the tags {{before}} → {{after}}'),
  claimant: msg('the claimant {{before}} → {{after}}'),
  claimDate: msg('the claim date {{before}} → {{after}}'),
  reviewState: msg('the review state {{before}} → {{after}}'),
  approvedBy: msg('the approval'),
  approvedAt: msg('the approval'),
  reviewComment: msg('the review comment'),
  rating: msg('the rating {{before}} → {{after}}'),
  orphanedAt: msg('whether the words are in the text'),
};

/** The same words put at another place (a re-attachment to the words it had). */
const MOVED_WORDS = msg('the place of the words “{{after}}”');

const samePlaceWords = (f: FieldChange) =>
  f.field === 'anchor' &&
  (f.before as { exact?: string } | undefined)?.exact ===
    (f.after as { exact?: string } | undefined)?.exact;

/** One value of a field, as the timeline shows it. */
export function valueText(field: ChangedField, value: unknown, t: TFunction): string {
  const none = t('(empty)');
  switch (field) {
    case 'verdict':
      return t(VERDICT_LABELS[value as Verdict]?.label ?? String(value));
    case 'reviewState':
      return t(REVIEW_STATE_LABELS[value as ReviewState] ?? String(value));
    case 'anchor':
      return shortWords((value as { exact?: string } | undefined)?.exact ?? '');
    case 'evidence':
      return String((value as Evidence[] | undefined)?.length ?? 0);
    case 'tags': {
      const tags = (value as string[] | undefined) ?? [];
      return tags.length > 0 ? tags.join(', ') : none;
    }
    case 'claimDate':
      return formatDay(String(value ?? '')) || none;
    default:
      return typeof value === 'string' && value !== '' ? value : none;
  }
}

/** The fields of a change worth naming: the approval's details go with its review state. */
function shownFields(fields: FieldChange[]): FieldChange[] {
  const state = fields.some((f) => f.field === 'reviewState');
  const seen = new Set<string>();
  return fields.filter((f) => {
    if (f.field === 'orphanedAt') return false;
    if (state && (f.field === 'approvedBy' || f.field === 'approvedAt')) return false;
    if (seen.has(PHRASES[f.field])) return false;
    seen.add(PHRASES[f.field]);
    return true;
  });
}

/** The fields a change made, as one phrase in the UI language ("the verdict A → B and …"). */
export function changesPhrase(fields: FieldChange[], t: TFunction): string {
  const phrases = shownFields(fields).map((f) =>
    t(samePlaceWords(f) ? MOVED_WORDS : PHRASES[f.field], {
      before: valueText(f.field, f.before, t),
      after: valueText(f.field, f.after, t),
    }),
  );
  return new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(phrases);
}

/** The words deleted from the text, or back in it (an edit of the text, not of the claim). */
function orphanSentence(entry: ClaimChange, name: string, t: TFunction): string | null {
  const orphan = entry.fields.find((f) => f.field === 'orphanedAt');
  if (!orphan || entry.fields.length !== 1) return null;
  return orphan.after
    ? t('{{name}} edited the text and deleted the claim’s words', { name })
    : t('{{name}} edited the text and the claim’s words are back', { name });
}

/** A merge: an import's, team sync's join of changes made apart, or a person's choice in it. */
function mergeSentence(entry: ClaimChange, name: string, changes: string, t: TFunction): string {
  if (isSyncMerge(entry)) {
    return entry.fields.length === 0
      ? t('Changes made apart by members of the team were joined')
      : t('Changes made apart conflicted; the newer values were kept: {{changes}}', { changes });
  }
  if (settledJoin(entry.reason) !== null) {
    return entry.fields.length === 0
      ? t('{{name}} kept the values of a conflict', { name })
      : t('{{name}} settled a conflict: {{changes}}', { name, changes });
  }
  return t('An import kept the version of {{name}}: {{changes}}', { name, changes });
}

/**
 * One entry of a claim's log as a sentence in the UI language ("Bao changed the verdict
 * Disputed → Confirmed"); `log` names the state a restoration went back to.
 */
export function changeSentence(entry: ClaimChange, log: ClaimChange[], t: TFunction): string {
  const name = entry.by.trim() || t('Someone');
  const changes = changesPhrase(entry.fields, t);
  switch (entry.kind) {
    case 'create':
      return t('{{name}} created the claim', { name });
    case 'delete':
      return t('{{name}} deleted the claim', { name });
    case 'reattach':
      return t('{{name}} re-attached the claim: {{changes}}', { name, changes });
    case 'merge':
      return mergeSentence(entry, name, changes, t);
    case 'restore': {
      if (entry.fields.length === 0) return t('{{name}} restored the deleted claim', { name });
      const target = log.find((e) => e.rev === restoredRevision(entry.reason));
      return target
        ? t('{{name}} restored the state of {{date}}: {{changes}}', {
            name,
            date: formatDateTime(target.at),
            changes,
          })
        : t('{{name}} restored an earlier version: {{changes}}', { name, changes });
    }
    case 'edit':
      if (entry.reason === 'compacted') {
        return t('Earlier changes, the last by {{name}}: {{changes}}', { name, changes });
      }
      return orphanSentence(entry, name, t) ?? t('{{name}} changed {{changes}}', { name, changes });
  }
}
