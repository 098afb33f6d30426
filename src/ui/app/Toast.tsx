import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreClaim } from '../../db/claims';
import { useUiStore } from '../../store/ui-store';
import { useUndoStore } from '../../store/undo-store';
import { trackWrite } from '../shared/track-write';
import { writeErrorMessage } from '../shared/problem-messages';

const INFO_TOAST_MS = 8000;

/** The one message line at the bottom: info fades after a while, errors stay until dismissed. */
export function Toast() {
  const toast = useUiStore((s) => s.toast);
  const dismiss = useUiStore((s) => s.dismissToast);
  const showToast = useUiStore((s) => s.showToast);
  const selectClaim = useUiStore((s) => s.selectClaim);
  const { t } = useTranslation();

  useEffect(() => {
    if (!toast || toast.tone === 'error') return;
    const timer = window.setTimeout(() => dismiss(toast.id), INFO_TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast, dismiss]);

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div
          className={`toast toast-${toast.tone}`}
          role={toast.tone === 'error' ? 'alert' : undefined}
        >
          <span>{toast.message}</span>
          {toast.undoClaim && (
            <button
              type="button"
              className="toast-action"
              onClick={() => {
                const claim = toast.undoClaim!;
                dismiss(toast.id);
                trackWrite(() => restoreClaim(claim)).then(
                  () => {
                    useUndoStore
                      .getState()
                      .record({ label: 'restore', before: null, after: claim });
                    selectClaim(claim.id);
                  },
                  (error: unknown) =>
                    showToast({ message: writeErrorMessage(error), tone: 'error' }),
                );
              }}
            >
              {t('Undo')}
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label={t('Dismiss message')}
            onClick={() => dismiss(toast.id)}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
