import { useState } from 'react';
import { useUiStore } from '../store/ui-store';
import { buildExport, downloadFile } from './export-files';
import { ImportDialog } from './ImportDialog';
import { Modal } from './Modal';
import { formatBytes, type StorageStatus } from './use-storage-status';

interface Props {
  status: StorageStatus;
  onClose: () => void;
}

/** Explains where the work is stored, whether it is safe from eviction, and how much is used. */
export function StorageDialog({ status, onClose }: Props) {
  const { persisted, usage, quota } = status;
  const showToast = useUiStore((s) => s.showToast);
  const [restoring, setRestoring] = useState(false);
  const backup = async () => {
    try {
      const file = await buildExport('bundle', null);
      downloadFile(file);
      showToast({ message: `Backup saved as ${file.name}`, tone: 'info' });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      showToast({ message: `Backup failed: ${detail}`, tone: 'error' });
    }
  };
  if (restoring) return <ImportDialog onClose={onClose} />;
  return (
    <Modal title="Storage" onClose={onClose}>
      <div className="modal-body storage-body">
        <p>
          Verdict keeps your articles and claims in this browser only (IndexedDB). Nothing is sent
          to a server, and everything works without a network.
        </p>
        <dl className="storage-facts">
          <dt>Protection from clean-up</dt>
          <dd>
            {persisted === null
              ? 'Checking…'
              : persisted
                ? 'Granted: the browser will not delete this data to free space.'
                : 'Not granted: the browser may delete this data when the disk is nearly full.'}
          </dd>
          <dt>Space used</dt>
          <dd>
            {usage === null || quota === null
              ? 'Unknown'
              : `${formatBytes(usage)} of ${formatBytes(quota)} available to Verdict`}
          </dd>
        </dl>
        {persisted === false && (
          <p className="notice">
            Download a backup regularly (below) so that your work is safe even if the browser clears
            its storage. Installing Verdict as an app, or bookmarking it, makes the browser more
            likely to grant protection.
          </p>
        )}
        <h3 className="storage-subtitle">Backup</h3>
        <p className="hint">
          A backup is a Verdict bundle of every article and claim. Restoring one shows what will
          change first, and merges without losing anything stored here.
        </p>
        <div className="modal-actions">
          <button type="button" className="button" onClick={() => void backup()}>
            Download a backup
          </button>
          <button type="button" className="button" onClick={() => setRestoring(true)}>
            Restore from a backup…
          </button>
          <button type="button" className="button primary" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Modal>
  );
}
