import { useTranslation } from 'react-i18next';
import { dismissReviewerPrompt } from '../../db/settings';
import { runWrite } from '../shared/run-write';

interface Props {
  onOpenSettings: () => void;
}

/**
 * The header's polite, one-time question: who is reviewing? It never blocks the work: claims
 * made before a name is set simply record none, and "not now" stops the question for good.
 */
export function ReviewerPrompt({ onOpenSettings }: Props) {
  const { t } = useTranslation();
  return (
    <div className="reviewer-prompt">
      <button type="button" className="header-button is-prompt" onClick={onOpenSettings}>
        {t('Who is reviewing? Set your name')}
      </button>
      <button
        type="button"
        className="header-dismiss"
        aria-label={t('Do not ask for my name again')}
        title={t('Do not ask again (Settings still sets your name)')}
        onClick={() => {
          void runWrite(dismissReviewerPrompt);
        }}
      >
        ×
      </button>
    </div>
  );
}
