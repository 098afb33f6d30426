import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvSeparator } from '../../domain/exchange/csv';
import type { OrphanChoice } from '../../domain/exchange/export-claims';
import { uiLanguage } from '../i18n/i18n';
import { Modal } from '../shared/Modal';
import { errorMessage, problemMessage } from '../shared/problem-messages';
import type { ExportChoices, ExportPreview } from './export-files';
import { EXPORT_FORMATS, type ExportFormat } from './export-formats';

interface Props {
  /** The article to export, or null for the whole library. */
  articleId: string | null;
  format: Exclude<ExportFormat, 'bundle'>;
  /** Builds and downloads the file with the choices made; resolves when done. */
  onExport: (choices: ExportChoices) => Promise<void>;
  onClose: () => void;
}

/**
 * The choices of an export, with what it will hold: claims not found in the text marked (no
 * position) or left out, and how many; for ClaimReview, approved claims only or those in
 * review too, and the fact-check URL template it needs; for CSV, the separator.
 */
export function ExportDialog({ articleId, format, onExport, onClose }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [orphans, setOrphans] = useState<OrphanChoice>('mark');
  const [includeInReview, setIncludeInReview] = useState(false);
  const [separator, setSeparator] = useState<CsvSeparator>(uiLanguage() === 'fr' ? ';' : ',');
  const [busy, setBusy] = useState(false);
  const label = EXPORT_FORMATS.find((f) => f.id === format)!.label;

  useEffect(() => {
    let live = true;
    import('./export-files')
      .then(({ previewExport }) => previewExport(articleId))
      .then((found) => live && setPreview(found))
      .catch((error: unknown) => live && setFailure(error));
    return () => {
      live = false;
    };
  }, [articleId]);

  const publishing = format === 'claimreview';
  const published = preview ? preview.approved + (includeInReview ? preview.inReview : 0) : 0;
  const blocked = !preview || (publishing && (preview.template === '' || published === 0));
  const download = async () => {
    setBusy(true);
    try {
      await onExport({ orphans, includeInReview, separator });
      onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('Export: {{format}}', { format: t(label) })} onClose={onClose}>
      <form
        className="modal-body export-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!blocked) void download();
        }}
      >
        {!preview && failure === null && <p role="status">{t('Counting the claims…')}</p>}
        {failure !== null && <p role="alert">{errorMessage(failure)}</p>}
        {preview && !publishing && (
          <p>
            {t('{{count}} claims will be exported.', {
              count: preview.claims - (orphans === 'omit' ? preview.orphans : 0),
            })}
          </p>
        )}
        {preview && !publishing && preview.orphans > 0 && (
          <fieldset className="export-orphans">
            <legend>
              {t('{{count}} claims are not found in the text.', { count: preview.orphans })}
            </legend>
            <label>
              <input
                type="radio"
                name={`${id}-orphans`}
                checked={orphans === 'mark'}
                onChange={() => setOrphans('mark')}
              />{' '}
              {t('Export them marked “not found”, without a position')}
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-orphans`}
                checked={orphans === 'omit'}
                onChange={() => setOrphans('omit')}
              />{' '}
              {t('Leave them out')}
            </label>
            {orphans === 'omit' && (
              <p role="status" className="export-warning">
                {t('{{count}} claims not found in the text will not be in the file.', {
                  count: preview.orphans,
                })}
              </p>
            )}
          </fieldset>
        )}
        {preview && publishing && (
          <>
            <p>
              {t('ClaimReview is publication markup: it holds approved claims ({{count}}).', {
                count: preview.approved,
              })}
            </p>
            <label className="export-check">
              <input
                type="checkbox"
                checked={includeInReview}
                onChange={(e) => setIncludeInReview(e.target.checked)}
              />{' '}
              {t('Include claims in review ({{count}})', { count: preview.inReview })}
            </label>
            {preview.orphans > 0 && (
              <p className="hint">
                {t('{{count}} claims not found in the text are never published.', {
                  count: preview.orphans,
                })}
              </p>
            )}
            {preview.template === '' ? (
              <p role="alert">{problemMessage({ code: 'fact-check-url-missing' })}</p>
            ) : (
              published === 0 && <p role="alert">{t('There is no claim to publish yet.')}</p>
            )}
          </>
        )}
        {format === 'csv' && (
          <div className="field">
            <label htmlFor={`${id}-separator`}>{t('Separator')}</label>
            <select
              id={`${id}-separator`}
              value={separator}
              onChange={(e) => setSeparator(e.target.value as CsvSeparator)}
            >
              <option value=";">{t('Semicolon (;), as Excel in French expects')}</option>
              <option value=",">{t('Comma (,)')}</option>
            </select>
          </div>
        )}
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('Cancel')}
          </button>
          <button type="submit" className="button primary" disabled={blocked || busy}>
            {t('Download')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
