// The import preview (src/ui/exchange): what a merge will change, counted and listed claim by
// claim (by their words, grouped by article), its conflicts to settle and the places offered to
// claims whose words were not found.
import { useTranslation } from 'react-i18next';
import type { Resolution } from '../../domain/merge/plan';
import type { ClaimRow, RowGroup } from '../../domain/merge/preview';
import { PREVIEW_PAGE, type MergeSummary, type PreviewSummary } from '../../domain/merge/summary';
import { errorMessage } from '../shared/problem-messages';
import { ConflictList, type SideLabels } from './ConflictList';
import { FIELD_LABELS, shortQuote } from './preview-labels';
import { usePreviewRows } from './use-preview-rows';

/** Conflicts listed at a time (each shows two versions): a long list grows on demand. */
const CONFLICT_PAGE = 20;

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
function byArticle(rows: readonly ClaimRow[]): Map<string, ClaimRow[]> {
  const groups = new Map<string, ClaimRow[]>();
  for (const row of rows) {
    const group = groups.get(row.articleId);
    if (group) group.push(row);
    else groups.set(row.articleId, [row]);
  }
  return groups;
}

/** Says that the next rows of a list could not be read from the importer. */
function ReadProblem({ error }: { error: Error | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p role="alert" className="import-problems">
      {t('The next claims could not be read: {{detail}}', { detail: errorMessage(error) })}
    </p>
  );
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
function GroupList(props: {
  label: string;
  group: RowGroup;
  summary: PreviewSummary;
  open?: boolean;
  resolution?: Resolution;
  onChange?: (resolution: Resolution) => void;
}) {
  const { label, group, summary, open, resolution, onChange } = props;
  const { t } = useTranslation();
  const { rows, titles, total, more, reading, failed } = usePreviewRows(
    summary,
    group,
    PREVIEW_PAGE,
  );
  if (total === 0) return null;
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
    <details className="plan-group" open={open} aria-busy={reading}>
      <summary>
        {label} ({total})
      </summary>
      {[...byArticle(rows)].map(([articleId, articleRows]) => (
        <section key={articleId} aria-label={titles[articleId] || t('Untitled article')}>
          <h5 className="plan-article">{titles[articleId] || t('Untitled article')}</h5>
          <ul className="plan-list">
            {articleRows.map((row) => (
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
      <ReadProblem error={failed} />
      {more && (
        <button type="button" className="button small" onClick={more}>
          {t('Show more')}
        </button>
      )}
    </details>
  );
}

/** The conflicts, a page at a time, each with its choice. */
function Conflicts(props: {
  summary: PreviewSummary;
  resolution: Resolution;
  onChange: (resolution: Resolution) => void;
  labels: SideLabels | undefined;
}) {
  const { rows, titles, more, failed } = usePreviewRows(props.summary, 'conflict', CONFLICT_PAGE);
  return (
    <>
      <ConflictList
        rows={rows}
        titles={titles}
        resolution={props.resolution}
        onChange={props.onChange}
        labels={props.labels}
        more={more}
      />
      <ReadProblem error={failed} />
    </>
  );
}

/**
 * The counts, then the claims listed: conflicts and claims not found first, open. A summary
 * whose groups hold only their first rows reads the others as "Show more" asks for them.
 */
export function ImportPreview(props: {
  summary: PreviewSummary;
  resolution: Resolution;
  onChange: (resolution: Resolution) => void;
  /** What the two sides of a conflict are called, when not "Yours" and "Theirs". */
  sideLabels?: SideLabels;
}) {
  const { summary, resolution, onChange } = props;
  const { t } = useTranslation();
  const groups: [RowGroup, string][] = [
    ['new', t('New claims')],
    ['updated', t('Updated claims')],
    ['deleted', t('Deleted claims')],
    ['unchanged', t('Unchanged claims')],
  ];
  return (
    <>
      <PlanSummary summary={summary} />
      <Conflicts
        summary={summary}
        resolution={resolution}
        onChange={onChange}
        labels={props.sideLabels}
      />
      <GroupList
        label={t('Claims whose words were not found')}
        group="notFound"
        summary={summary}
        open
        resolution={resolution}
        onChange={onChange}
      />
      {groups.map(([group, label]) => (
        <GroupList key={group} label={label} group={group} summary={summary} />
      ))}
    </>
  );
}
