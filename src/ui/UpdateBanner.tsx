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
  if (!needRefresh) return null;
  return (
    <div className="update-banner" role="status">
      <span>A new version of Verdict is ready. Your work is saved.</span>
      <button
        type="button"
        className="button primary"
        onClick={() => void updateServiceWorker(true)}
      >
        Update now
      </button>
      <button type="button" className="button" onClick={() => setNeedRefresh(false)}>
        Later
      </button>
    </div>
  );
}
