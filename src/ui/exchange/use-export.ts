import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';
import type { ExportFormat } from './export-formats';
import { errorMessage } from '../shared/problem-messages';

/** Exports an article (or the library, for null) in a format, saying so in a toast. */
export function useExport(articleId: string | null): (format: ExportFormat) => Promise<void> {
  const { t } = useTranslation();
  const showToast = useUiStore((s) => s.showToast);
  return async (format) => {
    try {
      // The export code (formats, CSV library) loads on first use, not with the first screen.
      const { buildExport, downloadFile } = await import('./export-files');
      const file = await buildExport(format, articleId);
      downloadFile(file);
      showToast({ message: t('Exported {{name}}', { name: file.name }), tone: 'info' });
    } catch (error) {
      const detail = errorMessage(error);
      showToast({ message: t('Export failed: {{detail}}', { detail }), tone: 'error' });
    }
  };
}
