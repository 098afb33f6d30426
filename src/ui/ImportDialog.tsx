import { useEffect, useRef } from 'react';
import type { MergePlan } from '../domain/merge';
import { Modal } from './Modal';
import { useImport, type W3CSource } from './use-import';

/** The file types the import accepts. */
const IMPORT_ACCEPT = '.json,.jsonld,application/json,application/ld+json';

function PlanSummary({ plan }: { plan: MergePlan }) {
  const { articles, claims } = plan;
  const rows: [string, number][] = [
    ['New articles', articles.new.length],
    ['Updated articles', articles.updated.length],
    ['Unchanged articles', articles.unchanged],
    ['Deleted articles', articles.deleted.length],
    ['New claims', claims.new.length],
    ['Updated claims (the older version kept in history)', claims.updated.length],
    ['Unchanged claims', claims.unchanged],
    ['Claims in conflict (your version kept, theirs in history)', claims.conflicts],
    ['Claims whose words were not found (kept, listed as not found)', claims.notFound],
    ['Deletions applied', claims.tombstonesApplied],
  ];
  return (
    <table className="plan-table">
      <caption className="visually-hidden">What the import will change</caption>
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

/** Imports a bundle or W3C annotations: check, preview what changes, then merge on confirm. */
export function ImportDialog({
  onClose,
  initialFile,
}: {
  onClose: () => void;
  initialFile?: File;
}) {
  const { state, setState, check, planW3C, apply } = useImport();
  const input = useRef<HTMLInputElement>(null);
  const started = useRef(false);
  useEffect(() => {
    if (!initialFile || started.current) return;
    started.current = true;
    void check(initialFile);
  }, [initialFile, check]);
  const setSource = (sources: W3CSource[], index: number, articleId: string | null) =>
    sources.map((s, i) => (i === index ? { ...s, articleId } : s));

  return (
    <Modal title="Import annotations" onClose={onClose} wide>
      <div className="modal-body import-body">
        {state.step === 'choose' && (
          <>
            <p>
              Import a Verdict bundle from a teammate, or W3C Web Annotations from another tool. You
              will see what changes before anything is saved.
            </p>
            <button type="button" className="button primary" onClick={() => input.current?.click()}>
              Choose a file…
            </button>
            <input
              ref={input}
              type="file"
              accept={IMPORT_ACCEPT}
              className="visually-hidden"
              aria-label="Annotation file"
              tabIndex={-1}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void check(file);
                e.target.value = '';
              }}
            />
          </>
        )}
        {state.step === 'checking' && (
          <div role="status" className="import-progress">
            <strong>{state.fileName}</strong>
            <progress aria-label="Import progress" />
            <span>{state.stage}</span>
          </div>
        )}
        {state.step === 'invalid' && (
          <div role="alert" className="import-problems">
            <p>
              <strong>{state.fileName}</strong> cannot be imported. Nothing was changed.
            </p>
            <ul>
              {state.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
        {state.step === 'w3c' && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void planW3C(state.sources, state.fileName, state.warnings);
            }}
          >
            <p>
              <strong>{state.fileName}</strong> holds W3C annotations of{' '}
              {state.sources.length === 1 ? 'one document' : `${state.sources.length} documents`}.
              Choose the article of each; their quotes are found in its text (quotes that are not
              found are kept as “not found”, never put on other words).
            </p>
            {state.sources.map((source, index) => (
              <div className="field" key={source.source}>
                <label htmlFor={`w3c-source-${index}`}>
                  {source.annotations.length} annotations on <code>{source.source}</code>
                </label>
                <select
                  id={`w3c-source-${index}`}
                  value={source.articleId ?? ''}
                  onChange={(e) =>
                    setState({
                      ...state,
                      sources: setSource(state.sources, index, e.target.value || null),
                    })
                  }
                >
                  <option value="">Skip these annotations</option>
                  {state.articles.map((article) => (
                    <option key={article.id} value={article.id}>
                      {article.title}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <Warnings warnings={state.warnings} />
            <div className="modal-actions">
              <button type="button" className="button" onClick={onClose}>
                Cancel
              </button>
              <button type="submit" className="button primary">
                Preview
              </button>
            </div>
          </form>
        )}
        {state.step === 'preview' && (
          <>
            <p>
              Importing <strong>{state.fileName}</strong> will make these changes. Nothing is saved
              until you confirm.
            </p>
            <PlanSummary plan={state.plan} />
            <Warnings warnings={state.warnings} />
            <div className="modal-actions">
              <button type="button" className="button" onClick={onClose}>
                Cancel
              </button>
              <button
                type="button"
                className="button primary"
                onClick={() => void apply(state.plan, state.fileName)}
              >
                Import
              </button>
            </div>
          </>
        )}
        {state.step === 'saving' && <p role="status">Saving…</p>}
        {state.step === 'done' && (
          <>
            <p role="status">
              Imported <strong>{state.fileName}</strong>: {state.plan.claims.new.length} new and{' '}
              {state.plan.claims.updated.length} updated claims, {state.plan.articles.new.length}{' '}
              new articles.
            </p>
            <div className="modal-actions">
              <button type="button" className="button primary" onClick={onClose}>
                Close
              </button>
            </div>
          </>
        )}
        {state.step === 'failed' && (
          <p role="alert" className="import-problems">
            {state.message}
          </p>
        )}
        {(state.step === 'invalid' || state.step === 'failed') && (
          <div className="modal-actions">
            <button type="button" className="button" onClick={() => setState({ step: 'choose' })}>
              Choose another file
            </button>
            <button type="button" className="button primary" onClick={onClose}>
              Close
            </button>
          </div>
        )}
      </div>
    </Modal>
  );
}

function Warnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="notice">
      <p>Some parts of the file were left out:</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </div>
  );
}
