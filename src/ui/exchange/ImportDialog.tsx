// Import and export (src/ui/exchange), a part: checking and previewing a file before it merges, and
// downloading every format.
import { useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import {
  proposedMapping,
  type RatingMapping as Mapping,
} from '../../domain/exchange/rating-mapping';
import type { Resolution } from '../../domain/merge/plan';
import { releaseImporter, warmImporter } from '../../db/importer';
import { Modal } from '../shared/Modal';
import type { Article } from '../../domain/types';
import { useRatingScale } from '../live/use-rating-scale';
import { ImportPreview } from './ImportPreview';
import { RatingMapping } from './RatingMapping';
import { useImport, type W3CSource } from './use-import';
import { W3CNewArticle } from './W3CNewArticle';
import './exchange.css';

/** The choice of a W3C target that makes a new article from its text. */
const NEW = 'new-article';

/** The file types the import accepts. */
const IMPORT_ACCEPT = '.json,.jsonld,application/json,application/ld+json';

/** How an import is settled until the user chooses otherwise: the newer version of a conflict. */
const NEWER_WINS: Resolution = { rule: 'newer', choices: {}, accept: [] };

/** Imports a bundle or W3C annotations: check, preview what changes, then merge on confirm. */
export function ImportDialog({
  onClose,
  initialFile,
}: {
  onClose: () => void;
  initialFile?: File;
}) {
  const { state, setState, check, planW3C, apply } = useImport();
  const { t } = useTranslation();
  // Each preview starts from the default rule: choices belong to the preview they were made in.
  const previewed = state.step === 'preview' ? state.summary : null;
  const [settled, setSettled] = useState({ for: previewed, resolution: NEWER_WINS });
  const resolution = settled.for === previewed ? settled.resolution : NEWER_WINS;
  const setResolution = (next: Resolution) => setSettled({ for: previewed, resolution: next });
  // The ratings mapping, like the choices, belongs to the preview it was made in.
  const [mapped, setMapped] = useState<{ for: unknown; mapping: Mapping }>({
    for: null,
    mapping: {},
  });
  const proposed = state.step === 'preview' ? proposedMapping(state.unknownRatings) : {};
  const ratings = mapped.for === previewed ? { ...proposed, ...mapped.mapping } : proposed;
  const scale = useRatingScale();
  const input = useRef<HTMLInputElement>(null);
  const started = useRef(false);
  useEffect(() => {
    warmImporter();
    return releaseImporter;
  }, []);
  useEffect(() => {
    if (!initialFile || started.current) return;
    started.current = true;
    void check(initialFile);
  }, [initialFile, check]);
  const setSource = (sources: W3CSource[], index: number, articleId: string | null) =>
    sources.map((s, i) =>
      i === index
        ? { ...s, articleId: articleId === NEW ? null : articleId, creating: articleId === NEW }
        : s,
    );
  const setNewArticle = (index: number, newArticle: Article | null) =>
    setState((s) =>
      s.step === 'w3c'
        ? { ...s, sources: s.sources.map((x, i) => (i === index ? { ...x, newArticle } : x)) }
        : s,
    );

  return (
    <Modal title={t('Import annotations')} onClose={onClose} wide>
      <div className="modal-body import-body">
        {state.step === 'choose' && (
          <>
            <p>
              {t(
                'Import a Verdict bundle from a teammate, or W3C Web Annotations from another tool. You will see what changes before anything is saved.',
              )}
            </p>
            <button type="button" className="button primary" onClick={() => input.current?.click()}>
              {t('Choose a file…')}
            </button>
            <input
              ref={input}
              type="file"
              accept={IMPORT_ACCEPT}
              className="visually-hidden"
              aria-label={t('Annotation file')}
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
            <progress aria-label={t('Import progress')} />
            <span>{state.stage}</span>
          </div>
        )}
        {state.step === 'invalid' && (
          <div role="alert" className="import-problems">
            <p>
              <Trans
                t={t}
                i18nKey="<strong>{{fileName}}</strong> cannot be imported. Nothing was changed."
                values={{ fileName: state.fileName }}
                components={{ strong: <strong /> }}
              />
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
              <Trans
                t={t}
                i18nKey="<strong>{{fileName}}</strong> holds W3C annotations of {{count}} documents. Choose the article of each; their quotes are found in its text (quotes that are not found are kept as “not found”, never put on other words)."
                values={{ fileName: state.fileName }}
                count={state.sources.length}
                components={{ strong: <strong /> }}
              />
            </p>
            {state.sources.map((source, index) => (
              <div className="field" key={source.source}>
                <label htmlFor={`w3c-source-${index}`}>
                  <Trans
                    t={t}
                    i18nKey="{{count}} annotations on <code>{{source}}</code>"
                    values={{ source: source.source }}
                    count={source.annotations.length}
                    components={{ code: <code /> }}
                  />
                </label>
                <select
                  id={`w3c-source-${index}`}
                  value={source.creating ? NEW : (source.articleId ?? '')}
                  onChange={(e) =>
                    setState({
                      ...state,
                      sources: setSource(state.sources, index, e.target.value || null),
                    })
                  }
                >
                  <option value="">{t('Skip these annotations')}</option>
                  <option value={NEW}>{t('A new article, from its text…')}</option>
                  {state.articles.map((article) => (
                    <option key={article.id} value={article.id}>
                      {article.title}
                    </option>
                  ))}
                </select>
                {source.creating && (
                  <W3CNewArticle
                    source={source.source}
                    annotations={source.annotations}
                    onChange={(article) => setNewArticle(index, article)}
                  />
                )}
              </div>
            ))}
            <Warnings warnings={state.warnings} />
            <div className="modal-actions">
              <button type="button" className="button" onClick={onClose}>
                {t('Cancel')}
              </button>
              <button
                type="submit"
                className="button primary"
                disabled={state.sources.some((source) => source.creating && !source.newArticle)}
              >
                {t('Preview')}
              </button>
            </div>
          </form>
        )}
        {state.step === 'preview' && (
          <>
            <p>
              <Trans
                t={t}
                i18nKey="Importing <strong>{{fileName}}</strong> will make these changes. Nothing is saved until you confirm."
                values={{ fileName: state.fileName }}
                components={{ strong: <strong /> }}
              />
            </p>
            <RatingMapping
              unknown={state.unknownRatings}
              scale={scale}
              mapping={ratings}
              onChange={(mapping) => setMapped({ for: previewed, mapping })}
            />
            <ImportPreview
              summary={state.summary}
              resolution={resolution}
              onChange={setResolution}
            />
            <Warnings warnings={state.warnings} />
            <div className="modal-actions">
              <button type="button" className="button" onClick={onClose}>
                {t('Cancel')}
              </button>
              <button
                type="button"
                className="button primary"
                onClick={() => void apply(state, resolution, ratings)}
              >
                {t('Import')}
              </button>
            </div>
          </>
        )}
        {state.step === 'saving' && <p role="status">{t('Saving…')}</p>}
        {state.step === 'done' && (
          <>
            <p role="status">
              <Trans
                t={t}
                i18nKey="Imported <strong>{{fileName}}</strong>: {{newClaims}} new and {{updatedClaims}} updated claims, {{newArticles}} new articles."
                values={{
                  fileName: state.fileName,
                  newClaims: state.summary.claims.new,
                  updatedClaims: state.summary.claims.updated,
                  newArticles: state.summary.articles.new,
                }}
                components={{ strong: <strong /> }}
              />
            </p>
            <div className="modal-actions">
              <button type="button" className="button primary" onClick={onClose}>
                {t('Close')}
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
              {t('Choose another file')}
            </button>
            <button type="button" className="button primary" onClick={onClose}>
              {t('Close')}
            </button>
          </div>
        )}
      </div>
    </Modal>
  );
}

function Warnings({ warnings }: { warnings: string[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <div className="notice">
      <p>{t('Some parts of the file were left out:')}</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </div>
  );
}
