import { useState } from 'react';
import { useUiStore } from '../store/ui-store';
import { StorageDialog } from './StorageDialog';
import { useOnline } from './use-online';
import { useStorageStatus } from './use-storage-status';

/** The header's right side: save status, offline indicator, storage. */
export function StatusBar() {
  const pending = useUiStore((s) => s.pendingWrites);
  const lastWrite = useUiStore((s) => s.lastWrite);
  const online = useOnline();
  const storage = useStorageStatus();
  const [open, setOpen] = useState(false);
  const save =
    pending > 0
      ? { text: 'Saving…', tone: 'pending' }
      : lastWrite === 'failed'
        ? { text: 'Last change not saved', tone: 'failed' }
        : lastWrite === 'saved'
          ? { text: 'All changes saved', tone: 'saved' }
          : null;
  return (
    <div className="status-bar">
      <span className={`save-status save-status-${save?.tone ?? 'none'}`} role="status">
        {save?.text}
      </span>
      {!online && (
        <span className="offline-pill" role="status" title="Verdict works fully offline">
          Offline
        </span>
      )}
      <button
        type="button"
        className={`header-button${storage.status.persisted === false ? ' is-warning' : ''}`}
        onClick={() => {
          void storage.refresh();
          setOpen(true);
        }}
      >
        Storage
      </button>
      {open && <StorageDialog status={storage.status} onClose={() => setOpen(false)} />}
    </div>
  );
}
