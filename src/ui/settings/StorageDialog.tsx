import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';
import { LazyImportDialog } from '../exchange/lazy-import-dialog';
import { Modal } from '../shared/Modal';
import { formatBytes } from '../shared/format';
import { errorMessage } from '../shared/problem-messages';
import type { StorageStatus } from '../shared/use-storage-status';
import './settings.css';

interface Props {
  status: StorageStatus;
  onClose: () => void;
}

/** Explains where the work is stored, whether it is safe from eviction, and how much is used. */
export function StorageDialog({ status, onClose }: Props) {
  const { persisted, usage, quota } = status;
  const showToast = useUiStore((s) => s.showToast);
  const [restoring, setRestoring] = useState(false);
  const { t } = useTranslation();
  const backup = async () => {
    try {
      const { buildExport, downloadFile } = await import('../exchange/export-files');
      const file = await buildExport('bundle', null);
      downloadFile(file);
      showToast({ message: t('Backup saved as {{name}}', { name: file.name }), tone: 'info' });
    } catch (error) {
      const detail = errorMessage(error);
      showToast({ message: t('Backup failed: {{detail}}', { detail }), tone: 'error' });
    }
  };
  if (restoring) return <LazyImportDialog onClose={onClose} />;
  return (
    <Modal title={t('Storage')} onClose={onClose}>
      <div className="modal-body storage-body">
        <p>
          {t(
            'Verdict keeps your articles and claims in this browser only (IndexedDB). Nothing is sent to a server, and everything works without a network.',
          )}
        </p>
        <dl className="storage-facts">
          <dt>{t('Protection from clean-up')}</dt>
          <dd>
            {persisted === null
              ? t('Checking…')
              : persisted
                ? t('Granted: the browser will not delete this data to free space.')
                : t('Not granted: the browser may delete this data when the disk is nearly full.')}
          </dd>
          <dt>{t('Space used')}</dt>
          <dd>
            {usage === null || quota === null
              ? t('Unknown')
              : t('{{usage}} of {{quota}} available to Verdict', {
                  usage: formatBytes(usage),
                  quota: formatBytes(quota),
                })}
          </dd>
        </dl>
        {persisted === false && (
          <p className="notice">
            {t(
              'Download a backup regularly (below) so that your work is safe even if the browser clears its storage. Installing Verdict as an app, or bookmarking it, makes the browser more likely to grant protection.',
            )}
          </p>
        )}
        <h3 className="storage-subtitle">{t('Backup')}</h3>
        <p className="hint">
          {t(
            'A backup is a Verdict bundle of every article and claim. Restoring one shows what will change first, and merges without losing anything stored here.',
          )}
        </p>
        <div className="modal-actions">
          <button type="button" className="button" onClick={() => void backup()}>
            {t('Download a backup')}
          </button>
          <button type="button" className="button" onClick={() => setRestoring(true)}>
            {t('Restore from a backup…')}
          </button>
          <button type="button" className="button primary" onClick={onClose}>
            {t('Close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
