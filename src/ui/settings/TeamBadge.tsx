import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncStatus, useTeamSettings } from '../live/use-team';
import { LazyTeamDialog } from './lazy-team-dialog';

/**
 * The header's team button: "Team" while this browser has joined none, else the sync state
 * (offline, connecting, synced, changes waiting, refused). It opens Settings → Team.
 */
export function TeamBadge() {
  const { t } = useTranslation();
  const team = useTeamSettings();
  const status = useSyncStatus();
  const [open, setOpen] = useState(false);
  const label = !team
    ? t('Team')
    : status.state === 'synced'
      ? t('Sync: synced')
      : status.state === 'waiting'
        ? t('Sync: {{number}} waiting', { number: status.waiting })
        : status.state === 'offline'
          ? t('Sync: offline')
          : status.state === 'refused'
            ? t('Sync: refused')
            : status.state === 'off'
              ? t('Sync: off')
              : t('Sync: connecting…');
  return (
    <>
      <button
        type="button"
        className={`header-button sync-badge sync-${team ? status.state : 'none'}${status.state === 'refused' ? ' is-warning' : ''}`}
        disabled={team === undefined}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && team !== undefined && <LazyTeamDialog team={team} onClose={() => setOpen(false)} />}
    </>
  );
}
