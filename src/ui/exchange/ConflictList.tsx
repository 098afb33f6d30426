// The conflicts of an import preview (src/ui/exchange): each claim changed on both sides shown
// as its two versions side by side, with a choice per claim and one rule for all.
import { useTranslation } from 'react-i18next';
import type { ConflictRule, Side } from '../../domain/merge/claims';
import type { Resolution } from '../../domain/merge/plan';
import type { ClaimRow, VersionView } from '../../domain/merge/preview';
import { formatDateTime } from '../shared/format';
import { REVIEW_STATE_LABELS } from '../shared/review-state-labels';
import { VERDICT_LABELS } from '../shared/verdict-labels';
import { FIELD_LABELS, shortQuote } from './preview-labels';

/** The side a conflict keeps: the user's choice for it, else the rule's. */
export function keptSide(row: ClaimRow, resolution: Resolution): Side {
  const chosen = resolution.choices[row.id];
  if (chosen) return chosen;
  return resolution.rule === 'newer' ? row.conflict!.kept : resolution.rule;
}

/**
 * What the two sides are called, translated: by default the local side is the person's
 * ("Yours"), but joining a team plans this library into the team's (TeamJoinPreview.tsx).
 */
export interface SideLabels {
  local: string;
  incoming: string;
  keepLocal: string;
  takeIncoming: string;
  allLocal: string;
  allIncoming: string;
}

function useSideLabels(labels: SideLabels | undefined): SideLabels {
  const { t } = useTranslation();
  return (
    labels ?? {
      local: t('Yours'),
      incoming: t('Theirs'),
      keepLocal: t('Keep mine'),
      takeIncoming: t('Take theirs'),
      allLocal: t('Keep mine for all'),
      allIncoming: t('Take theirs for all'),
    }
  );
}

function Version({ view, label, kept }: { view: VersionView; label: string; kept: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={kept ? 'conflict-version is-kept' : 'conflict-version'}>
      <h5>
        {label}
        {kept && <span className="conflict-kept"> · {t('kept')}</span>}
      </h5>
      <dl>
        <dt>{t('Verdict')}</dt>
        <dd>{t(VERDICT_LABELS[view.verdict].label)}</dd>
        <dt>{t('Words')}</dt>
        <dd>
          <q>{shortQuote(view.quote)}</q>
        </dd>
        <dt>{t('Rationale')}</dt>
        <dd>{view.note || t('(none)')}</dd>
        <dt>{t('Review state')}</dt>
        <dd>{t(REVIEW_STATE_LABELS[view.reviewState])}</dd>
        <dt>{t('Changed by')}</dt>
        <dd>
          {view.by || t('(unknown)')}, {formatDateTime(view.at)}
        </dd>
      </dl>
    </div>
  );
}

function Conflict(props: {
  row: ClaimRow;
  title: string;
  kept: Side;
  choose: (side: Side) => void;
  labels: SideLabels;
}) {
  const { row, title, kept, choose, labels } = props;
  const { t } = useTranslation();
  const name = `conflict-${row.id}`;
  return (
    <li className="conflict" aria-label={shortQuote(row.quote)}>
      <p className="conflict-claim">
        <q>{shortQuote(row.quote)}</q> <span className="plan-article">{title}</span>
      </p>
      <p className="plan-fields">
        {t('Differs in:')} {row.fields.map((field) => t(FIELD_LABELS[field])).join(', ')}
      </p>
      <div className="conflict-versions">
        <Version view={row.conflict!.local} label={labels.local} kept={kept === 'local'} />
        <Version view={row.conflict!.incoming} label={labels.incoming} kept={kept === 'incoming'} />
      </div>
      <div className="conflict-choice" role="radiogroup" aria-label={t('Version to keep')}>
        {(['local', 'incoming'] as const).map((side) => (
          <label key={side}>
            <input type="radio" name={name} checked={kept === side} onChange={() => choose(side)} />{' '}
            {side === 'local' ? labels.keepLocal : labels.takeIncoming}
          </label>
        ))}
      </div>
    </li>
  );
}

/**
 * The conflicts of a preview listed so far (`rows`; `more` lists more), the rule for all of
 * them, and a choice per claim.
 */
export function ConflictList(props: {
  rows: ClaimRow[];
  titles: Record<string, string>;
  resolution: Resolution;
  onChange: (resolution: Resolution) => void;
  labels?: SideLabels | undefined;
  more?: (() => void) | undefined;
}) {
  const { rows, titles, resolution, onChange, more } = props;
  const { t } = useTranslation();
  const labels = useSideLabels(props.labels);
  if (rows.length === 0) return null;
  const rules: [ConflictRule, string][] = [
    ['newer', t('Keep the newer version')],
    ['local', labels.allLocal],
    ['incoming', labels.allIncoming],
  ];
  return (
    <section className="plan-conflicts" aria-label={t('Claims in conflict')}>
      <h4>{t('Claims in conflict')}</h4>
      <p>{t('Both sides changed these claims since they were last the same.')}</p>
      <fieldset className="conflict-rule">
        <legend>{t('For every conflict')}</legend>
        {rules.map(([rule, label]) => (
          <label key={rule}>
            <input
              type="radio"
              name="conflict-rule"
              checked={resolution.rule === rule}
              onChange={() => onChange({ ...resolution, rule, choices: {} })}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <ul className="plan-list">
        {rows.map((row) => (
          <Conflict
            key={row.id}
            row={row}
            title={titles[row.articleId] || t('Untitled article')}
            kept={keptSide(row, resolution)}
            labels={labels}
            choose={(side) =>
              onChange({ ...resolution, choices: { ...resolution.choices, [row.id]: side } })
            }
          />
        ))}
      </ul>
      {more && (
        <button type="button" className="button small" onClick={more}>
          {t('Show more')}
        </button>
      )}
    </section>
  );
}
