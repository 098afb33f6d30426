import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';
import { ReviewerPrompt } from './ReviewerPrompt';
import { SettingsDialog } from '../settings/SettingsDialog';
import { StorageDialog } from '../settings/StorageDialog';
import { RatingsDialog } from '../settings/RatingsDialog';
import { useRatingScale } from '../live/use-rating-scale';
import { TeamBadge } from '../settings/TeamBadge';
import { useOnline } from './use-online';
import { useReviewerPromptDismissed, useReviewerSettings } from '../live/use-reviewer-settings';
import { useStorageStatus } from '../shared/use-storage-status';
import { MenuButton } from '../shared/MenuButton';
import { MEDIUM, useMediaQuery } from '../shared/use-media-query';

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
  const [ratingsOpen, setRatingsOpen] = useState(false);
  const scale = useRatingScale();
  const { t } = useTranslation();
  const narrow = useMediaQuery(MEDIUM);
  const openStorage = () => {
    void storage.refresh();
    setOpen(true);
  };
  // Asked once: while no name is set, until the reviewer sets one or says not to ask again.
  const askName = reviewer?.reviewerName === '' && promptDismissed === false;
  const save =
    pending > 0
      ? { text: t('Saving…'), tone: 'pending' }
      : lastWrite === 'failed'
        ? { text: t('Last change not saved'), tone: 'failed' }
        : lastWrite === 'saved'
          ? { text: t('All changes saved'), tone: 'saved' }
          : null;
  return (
    <div className="status-bar">
      <span className={`save-status save-status-${save?.tone ?? 'none'}`} role="status">
        {save?.text}
      </span>
      {!online && (
        <span className="offline-pill" role="status" title={t('Verdict works fully offline')}>
          {t('Offline')}
        </span>
      )}
      <TeamBadge />
      {narrow ? (
        // A narrow header has room for one button: the others are in its menu.
        <MenuButton
          label={t('Menu')}
          face={<span aria-hidden="true">☰</span>}
          symbol
          className={`header-button header-menu${askName || storage.status.persisted === false ? ' is-warning' : ''}`}
          entries={[
            ...(askName
              ? [
                  {
                    key: 'name',
                    label: t('Who is reviewing? Set your name'),
                    onSelect: () => setSettingsOpen(true),
                  },
                ]
              : []),
            {
              key: 'settings',
              label: t('Settings'),
              disabled: !reviewer,
              onSelect: () => setSettingsOpen(true),
            },
            { key: 'storage', label: t('Storage'), onSelect: openStorage },
          ]}
        />
      ) : (
        <>
          {askName && <ReviewerPrompt onOpenSettings={() => setSettingsOpen(true)} />}
          <button
            type="button"
            className="header-button"
            disabled={!reviewer}
            onClick={() => setSettingsOpen(true)}
          >
            {t('Settings')}
          </button>
          <button
            type="button"
            className={`header-button${storage.status.persisted === false ? ' is-warning' : ''}`}
            onClick={openStorage}
          >
            {t('Storage')}
          </button>
        </>
      )}
      {open && <StorageDialog status={storage.status} onClose={() => setOpen(false)} />}
      {settingsOpen && reviewer && (
        <SettingsDialog
          settings={reviewer}
          onClose={() => setSettingsOpen(false)}
          onOpenRatings={() => {
            setSettingsOpen(false);
            setRatingsOpen(true);
          }}
        />
      )}
      {ratingsOpen && <RatingsDialog scale={scale} onClose={() => setRatingsOpen(false)} />}
    </div>
  );
}
