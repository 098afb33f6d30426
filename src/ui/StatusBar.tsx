import { useState } from 'react';
import { useUiStore } from '../store/ui-store';
import { ReviewerPrompt } from './ReviewerPrompt';
import { SettingsDialog } from './SettingsDialog';
import { StorageDialog } from './StorageDialog';
import { useOnline } from './use-online';
import { useReviewerPromptDismissed, useReviewerSettings } from './use-settings';
import { useStorageStatus } from './use-storage-status';

/** The header's right side: save status, offline indicator, reviewer settings, storage. */
export function StatusBar() {
  const pending = useUiStore((s) => s.pendingWrites);
  const lastWrite = useUiStore((s) => s.lastWrite);
  const online = useOnline();
  const storage = useStorageStatus();
  const [open, setOpen] = useState(false);
  const reviewer = useReviewerSettings();
  const promptDismissed = useReviewerPromptDismissed();
  const [settingsOpen, setSettingsOpen] = useState(false);
  // Asked once: while no name is set, until the reviewer sets one or says not to ask again.
  const askName = reviewer?.reviewerName === '' && promptDismissed === false;
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
      {askName && <ReviewerPrompt onOpenSettings={() => setSettingsOpen(true)} />}
      <button
        type="button"
        className="header-button"
        disabled={!reviewer}
        onClick={() => setSettingsOpen(true)}
      >
        Settings
      </button>
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
      {settingsOpen && reviewer && (
        <SettingsDialog settings={reviewer} onClose={() => setSettingsOpen(false)} />
      )}
    </div>
  );
}
