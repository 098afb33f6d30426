import { Fragment } from 'react';
import type { Report, ReportClaim, ReportRun } from '../../domain/exchange/report-model';
import type { ReportWords } from '../../domain/exchange/report-words';

interface Props {
  report: Report;
  words: ReportWords;
  /** When the report was made (ISO 8601). */
  madeAt: string;
}

/** A rating (or a verdict alone): a swatch of its colour, then its symbol and name in words. */
function RatingLabel({ entry, words }: { entry: ReportClaim; words: ReportWords }) {
  return (
    <span className="report-rating">
      {entry.rating && (
        <span
          className="report-swatch"
          style={{ background: entry.rating.colour }}
          aria-hidden="true"
        />
      )}
      {words.ratingOf(entry)}
    </span>
  );
}

function Run({ run }: { run: ReportRun }) {
  const refs = run.starting.map((n) => (
    <sup key={n} className="report-ref">
      [{n}]
    </sup>
  ));
  if (run.covering.length === 0) return <>{run.text}</>;
  return (
    <>
      {refs}
      <mark className="report-mark" data-claims={run.covering.join(' ')}>
        {run.text}
      </mark>
    </>
  );
}

function ClaimEntry({ entry, words }: { entry: ReportClaim; words: ReportWords }) {
  const { claim } = entry;
  const approval = words.approval(claim);
  return (
    <li className="report-claim" id={entry.number === null ? undefined : `claim-${entry.number}`}>
      <h3>
        <span className="report-number">
          {entry.number === null ? words.notFound : `${entry.number}.`}
        </span>{' '}
        <RatingLabel entry={entry} words={words} />
      </h3>
      <blockquote className="report-quote">{claim.anchor.exact}</blockquote>
      <dl className="report-facts">
        <dt>{words.review}</dt>
        <dd>
          {words.state(claim)}
          {approval && ` · ${approval}`}
        </dd>
        {entry.rating && (
          <>
            <dt>{words.rating}</dt>
            <dd>{words.countsAs(entry.rating.verdict)}</dd>
          </>
        )}
        {claim.claimant && (
          <>
            <dt>{words.claimant}</dt>
            <dd>{claim.claimant}</dd>
          </>
        )}
        {claim.note && (
          <>
            <dt>{words.rationale}</dt>
            <dd className="report-note">{claim.note}</dd>
          </>
        )}
      </dl>
      {claim.evidence.length > 0 && (
        <>
          <h4>{words.sources}</h4>
          <ul className="report-sources">
            {claim.evidence.map((source) => (
              <li key={source.id}>
                <a href={source.url}>{source.title || source.url}</a> ({words.stance(source.stance)}
                ){source.note && ` ${source.note}`}
                <span className="report-url"> {source.url}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/**
 * The fact-check report of one article: its details, a summary, each claim in reading order
 * and the text with numbered highlights. Numbers and symbols carry everything colour shows, so
 * that it reads printed in black and white. Rendered on screen and into the HTML file alike.
 */
export function ReportDocument({ report, words, madeAt }: Props) {
  const { article } = report;
  const meta: [string, string][] = [
    [words.publisher, article.publisher],
    [words.author, article.author],
    [words.published, article.publishedAt ? words.day(article.publishedAt) : ''],
    [words.made, words.time(madeAt)],
  ];
  return (
    <article className="report" lang={words.language}>
      <header className="report-head">
        <p className="report-kind">{words.heading}</p>
        <h1 lang={article.language === 'other' ? undefined : article.language}>{article.title}</h1>
        <dl className="report-facts">
          {article.sourceUrl && (
            <>
              <dt>{words.source}</dt>
              <dd>
                <a href={article.sourceUrl}>{article.sourceUrl}</a>
              </dd>
            </>
          )}
          {meta
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <Fragment key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </Fragment>
            ))}
        </dl>
      </header>
      <section className="report-summary">
        <h2>{words.summary}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{words.rating}</th>
              <th scope="col">{words.claimsCount}</th>
            </tr>
          </thead>
          <tbody>
            {report.counts.map((row) => (
              <tr key={row.rating?.id ?? `verdict-${row.verdict}`}>
                <th scope="row">{words.countLabel(row.rating, row.verdict)}</th>
                <td>{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="report-facts">
          <dt>{words.reviewers}</dt>
          <dd>{report.reviewers.length ? report.reviewers.join(', ') : words.none}</dd>
          <dt>{words.approvals}</dt>
          <dd>{words.approvalSpan(report.approvals)}</dd>
        </dl>
      </section>
      <section>
        <h2>{words.claims}</h2>
        <ol className="report-claims">
          {report.claims.map((entry) => (
            <ClaimEntry key={entry.claim.id} entry={entry} words={words} />
          ))}
        </ol>
      </section>
      <section className="report-text">
        <h2>{words.text}</h2>
        <div lang={article.language === 'other' ? undefined : article.language}>
          {report.paragraphs.map((runs, i) => (
            <p key={i}>
              {runs.map((run, j) => (
                <Run key={j} run={run} />
              ))}
            </p>
          ))}
        </div>
      </section>
    </article>
  );
}
