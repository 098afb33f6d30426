import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
}

/** The fact-check URL template field of Settings: where the desk publishes each fact check. */
export function FactCheckUrlField({ value, onChange, invalid }: Props) {
  const id = useId();
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={`${id}-template`}>{t('Fact-check URL template')}</label>
      <input
        id={`${id}-template`}
        type="text"
        inputMode="url"
        spellCheck={false}
        placeholder="https://example.org/fact-check/{slug}#{claimId}"
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-template-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-template-hint`} className="hint">
        {t(
          'The address of each published fact check, for ClaimReview. {slug} is the article’s title in the address, {claimId} the claim’s id (required), {articleId} the article’s id.',
        )}
      </p>
    </div>
  );
}
