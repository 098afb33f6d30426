import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';
import { restoreDeletedClaim } from '../shared/use-claim-actions';

const INFO_TOAST_MS = 8000;

/** The one message line at the bottom: info fades after a while, errors stay until dismissed. */
export function Toast() {
  const toast = useUiStore((s) => s.toast);
  const dismiss = useUiStore((s) => s.dismissToast);
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
                dismiss(toast.id);
                void restoreDeletedClaim(toast.undoClaim!);
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
