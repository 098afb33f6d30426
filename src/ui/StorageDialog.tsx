import { Modal } from './Modal';
import { formatBytes, type StorageStatus } from './use-storage-status';

interface Props {
  status: StorageStatus;
  onClose: () => void;
}

/** Explains where the work is stored, whether it is safe from eviction, and how much is used. */
export function StorageDialog({ status, onClose }: Props) {
  const { persisted, usage, quota } = status;
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
            Export a backup regularly (Library → Export → Backup) so that your work is safe even if
            the browser clears its storage. Installing Verdict as an app, or bookmarking it, makes
            the browser more likely to grant protection.
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="button primary" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Modal>
  );
}
