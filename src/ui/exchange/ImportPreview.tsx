// The import preview (src/ui/exchange): what a merge will change, counted and listed claim by
// claim (by their words, grouped by article), its conflicts to settle and the places offered to
// claims whose words were not found.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Resolution } from '../../domain/merge/plan';
import type { ClaimRow, RowStatus } from '../../domain/merge/preview';
import type { MergeSummary } from '../../domain/merge/summary';
import { ConflictList, type SideLabels } from './ConflictList';
import { FIELD_LABELS, shortQuote } from './preview-labels';

/** Claims listed at a time in a group: a long list grows on demand. */
const PAGE = 50;

function PlanSummary({ summary }: { summary: MergeSummary }) {
  const { articles, claims } = summary;
  const { t } = useTranslation();
  const rows: [string, number][] = [
    [t('New articles'), articles.new],
    [t('Updated articles'), articles.updated],
    [t('Unchanged articles'), articles.unchanged],
    [t('Deleted articles'), articles.deleted],
    [t('New claims'), claims.new],
    [t('Updated claims (the older version kept in history)'), claims.updated],
    [t('Unchanged claims'), claims.unchanged],
    [t('Claims in conflict (choose below)'), claims.conflicts],
    [t('Claims whose words were not found (kept, listed as not found)'), claims.notFound],
    [t('Deletions applied'), claims.tombstonesApplied],
  ];
  return (
    <table className="plan-table">
      <caption className="visually-hidden">{t('What the import will change')}</caption>
      <tbody>
        {rows.map(([label, count]) => (
          <tr key={label} className={count === 0 ? 'is-zero' : undefined}>
            <th scope="row">{label}</th>
            <td>{count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Rows grouped by the article they belong to, in first-seen order. */
function byArticle(rows: ClaimRow[]): Map<string, ClaimRow[]> {
  const groups = new Map<string, ClaimRow[]>();
  for (const row of rows) groups.set(row.articleId, [...(groups.get(row.articleId) ?? []), row]);
  return groups;
}

/** One line of a list: the claim's words, and what changes or where it could go. */
function RowItem(props: { row: ClaimRow; accepted?: boolean; toggle?: () => void }) {
  const { row, accepted, toggle } = props;
  const { t } = useTranslation();
  const place = row.suggestion;
  return (
    <li className="plan-row">
      <q>{shortQuote(row.quote)}</q>
      {row.status === 'updated' && (
        <span className="plan-fields">
          {' '}
          — {row.fields.map((field) => t(FIELD_LABELS[field])).join(', ')}
        </span>
      )}
      {toggle && place && (
        <div className="plan-placement" role="note">
          <p>
            {t('The same words are elsewhere in the text, in another context:')}{' '}
            <q>
              …{place.before}
              <mark>{place.words}</mark>
              {place.after}…
            </q>
          </p>
          {accepted && <p role="status">{t('It will be attached there.')}</p>}
          <button type="button" className="button small" onClick={toggle}>
            {accepted ? t('Do not attach') : t('Attach here')}
          </button>
        </div>
      )}
    </li>
  );
}

/** A group of the list: collapsed unless `open`, by article, a page at a time. */
function RowGroup(props: {
  label: string;
  rows: ClaimRow[];
  titles: Record<string, string>;
  open?: boolean;
  resolution?: Resolution;
  onChange?: (resolution: Resolution) => void;
}) {
  const { label, rows, titles, open, resolution, onChange } = props;
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  if (rows.length === 0) return null;
  const toggle = (id: string) => {
    if (!resolution || !onChange) return undefined;
    return () => {
      const accept = resolution.accept.includes(id)
        ? resolution.accept.filter((other) => other !== id)
        : [...resolution.accept, id];
      onChange({ ...resolution, accept });
    };
  };
  return (
    <details className="plan-group" open={open}>
      <summary>
        {label} ({rows.length})
      </summary>
      {[...byArticle(rows.slice(0, shown))].map(([articleId, group]) => (
        <section key={articleId} aria-label={titles[articleId] || t('Untitled article')}>
          <h5 className="plan-article">{titles[articleId] || t('Untitled article')}</h5>
          <ul className="plan-list">
            {group.map((row) => (
              <RowItem
                key={row.id}
                row={row}
                accepted={resolution?.accept.includes(row.id)}
                toggle={toggle(row.id)}
              />
            ))}
          </ul>
        </section>
      ))}
      {rows.length > shown && (
        <button type="button" className="button small" onClick={() => setShown(shown + PAGE)}>
          {t('Show more')}
        </button>
      )}
    </details>
  );
}

/** The counts, then the claims listed: conflicts and claims not found first, open. */
export function ImportPreview(props: {
  summary: MergeSummary;
  resolution: Resolution;
  onChange: (resolution: Resolution) => void;
  /** What the two sides of a conflict are called, when not "Yours" and "Theirs". */
  sideLabels?: SideLabels;
}) {
  const { summary, resolution, onChange } = props;
  const { t } = useTranslation();
  const { rows, titles } = summary;
  const withStatus = (status: RowStatus) => rows.filter((row) => row.status === status);
  return (
    <>
      <PlanSummary summary={summary} />
      <ConflictList
        rows={withStatus('conflict')}
        titles={titles}
        resolution={resolution}
        onChange={onChange}
        labels={props.sideLabels}
      />
      <RowGroup
        label={t('Claims whose words were not found')}
        rows={rows.filter((row) => row.notFound || resolution.accept.includes(row.id))}
        titles={titles}
        open
        resolution={resolution}
        onChange={onChange}
      />
      <RowGroup label={t('New claims')} rows={withStatus('new')} titles={titles} />
      <RowGroup label={t('Updated claims')} rows={withStatus('updated')} titles={titles} />
      <RowGroup label={t('Deleted claims')} rows={withStatus('deleted')} titles={titles} />
      <RowGroup label={t('Unchanged claims')} rows={withStatus('unchanged')} titles={titles} />
    </>
  );
}
