// @vitest-environment jsdom
import { afterAll, describe, expect, it } from 'vitest';
import type { ClaimChange } from '../../domain/types';
import { restoredReason } from '../../domain/claims/state-at-revision';
import { settlesReason } from '../../domain/merge/sync-conflicts';
import { SYNC_MERGE_REASON } from '../../domain/merge/sync-graph';
import { chooseLanguage, i18n } from '../i18n/i18n';
import { formatDateTime } from '../shared/format';
import { changeSentence } from './change-text';

const AT = '2026-12-01T22:21:00.000Z';
const NBSP = '\u00a0';
const entry = (overrides: Partial<ClaimChange>): ClaimChange => ({
  kind: 'edit',
  at: AT,
  by: 'Bao',
  fields: [],
  rev: 'r2',
  ...overrides,
});
const VERDICT = entry({ fields: [{ field: 'verdict', before: 'disputed', after: 'confirmed' }] });
const BACK_TO_REVIEW = entry({
  fields: [
    { field: 'verdict', before: 'disputed', after: 'confirmed' },
    { field: 'reviewState', before: 'approved', after: 'in-review' },
    { field: 'approvedBy', before: 'Alix', after: '' },
  ],
});
const CREATE = entry({ kind: 'create', rev: 'r1', by: '' });
const RESTORE = entry({
  kind: 'restore',
  rev: 'r3',
  reason: restoredReason('r1'),
  fields: [{ field: 'tags', before: ['Budget', 'Dette'], after: [] }],
});

describe('changeSentence', () => {
  afterAll(() => chooseLanguage('en'));
  const LOG = [CREATE, VERDICT, RESTORE];

  it.each([
    [
      VERDICT,
      'Bao changed the verdict Disputed → Confirmed',
      'Bao a changé le verdict Contesté → Confirmé',
    ],
    [
      BACK_TO_REVIEW,
      'Bao changed the verdict Disputed → Confirmed and the review state Approved → In review',
      'Bao a changé le verdict Contesté → Confirmé et l’état de relecture Approuvé → En relecture',
    ],
    [CREATE, 'Someone created the claim', 'Quelqu’un a créé l’affirmation'],
    [
      RESTORE,
      'Bao restored the state of DATE: the tags Budget, Dette → (empty)',
      `Bao a rétabli l’état du DATE${NBSP}: les étiquettes Budget, Dette → (vide)`,
    ],
    [entry({ kind: 'delete' }), 'Bao deleted the claim', 'Bao a supprimé l’affirmation'],
    [
      entry({ fields: [{ field: 'orphanedAt', before: '', after: AT }] }),
      'Bao edited the text and deleted the claim’s words',
      'Bao a modifié le texte et supprimé les mots de l’affirmation',
    ],
    [
      entry({ ...VERDICT, kind: 'merge', reason: SYNC_MERGE_REASON, absorbed: ['a1', 'b1'] }),
      'Changes made apart conflicted; the newer values were kept: the verdict Disputed → Confirmed',
      `Des modifications faites séparément étaient en conflit${NBSP}; les plus récentes ont été gardées${NBSP}: le verdict Contesté → Confirmé`,
    ],
    [
      entry({ kind: 'merge', reason: SYNC_MERGE_REASON, absorbed: ['a1', 'b1'] }),
      'Changes made apart by members of the team were joined',
      'Des modifications faites séparément par des membres de l’équipe ont été réunies',
    ],
    [
      entry({ ...VERDICT, kind: 'merge', reason: settlesReason('sync-1') }),
      'Bao settled a conflict: the verdict Disputed → Confirmed',
      `Bao a tranché un conflit${NBSP}: le verdict Contesté → Confirmé`,
    ],
    [
      entry({ kind: 'merge', reason: settlesReason('sync-1') }),
      'Bao kept the values of a conflict',
      'Bao a gardé les valeurs d’un conflit',
    ],
  ])('writes %j in English and French', async (change, english, french) => {
    await chooseLanguage('en');
    // The date is written in the time zone of the machine running the test.
    expect(changeSentence(change, LOG, i18n.t.bind(i18n))).toBe(
      english.replace('DATE', formatDateTime(AT)),
    );
    await chooseLanguage('fr');
    expect(changeSentence(change, LOG, i18n.t.bind(i18n))).toBe(
      french.replace('DATE', formatDateTime(AT)),
    );
  });
});
