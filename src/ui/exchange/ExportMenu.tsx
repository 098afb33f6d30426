import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from './export-formats';
import { MenuButton } from '../shared/MenuButton';
import { ExportDialog } from './ExportDialog';
import { useExport, useExportStage } from './use-export';
import './exchange.css';

interface Props {
  /** The article to export, or null for the whole library. */
  articleId: string | null;
  /** The button's text, already translated ("Export" when not given). */
  label?: string;
}

/**
 * A menu button offering every export format of an article or of the library, with the progress
 * of an export under way beside it. The bundle, which is lossless, downloads at once; the other
 * formats first show their choices (ExportDialog).
 */
export function ExportMenu({ articleId, label: given }: Props) {
  const { t } = useTranslation();
  const label = given ?? t('Export');
  const run = useExport(articleId);
  const stage = useExportStage();
  const [chosen, setChosen] = useState<Exclude<ExportFormat, 'bundle'> | null>(null);
  return (
    <>
      <MenuButton
        label={label}
        face={<>{label} ▾</>}
        entries={EXPORT_FORMATS.map((format) => ({
          key: format.id,
          label: t(format.label),
          onSelect: () => (format.id === 'bundle' ? void run(format.id) : setChosen(format.id)),
        }))}
      />
      <span role="status" className="export-progress">
        {stage && (
          <>
            <progress aria-label={t('Export progress')} />
            {stage === 'reading' ? t('Export: reading…') : t('Export: writing the file…')}
          </>
        )}
      </span>
      {chosen && (
        <ExportDialog
          articleId={articleId}
          format={chosen}
          onExport={(choices) => run(chosen, choices)}
          onClose={() => setChosen(null)}
        />
      )}
    </>
  );
}
