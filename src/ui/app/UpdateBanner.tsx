import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Registers the service worker and, when a new version is waiting, offers to switch to it. The
 * switch happens only on the user's word, so an update never interrupts typing; every change is
 * already in IndexedDB, so reloading loses nothing.
 */
export function UpdateBanner() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  const { t } = useTranslation();
  if (!needRefresh) return null;
  return (
    <div className="update-banner" role="status">
      <span>{t('A new version of Verdict is ready. Your work is saved.')}</span>
      <button
        type="button"
        className="button primary"
        onClick={() => void updateServiceWorker(true)}
      >
        {t('Update now')}
      </button>
      <button type="button" className="button" onClick={() => setNeedRefresh(false)}>
        {t('Later')}
      </button>
    </div>
  );
}
