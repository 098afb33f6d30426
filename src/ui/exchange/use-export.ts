import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportStage } from '../../db/export-build';
import { useUiStore } from '../../store/ui-store';
import type { ExportFormat } from './export-formats';
import type { ExportChoices } from './export-files';
import { errorMessage } from '../shared/problem-messages';

// The stage of the export under way (null: none), for every export menu to show.
let stage: ExportStage | null = null;
const listeners = new Set<() => void>();
function setStage(next: ExportStage | null) {
  stage = next;
  for (const listener of listeners) listener();
}
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The stage of the export under way, or null: what an export menu shows as its progress. */
export function useExportStage(): ExportStage | null {
  return useSyncExternalStore(subscribe, () => stage);
}

/**
 * Exports an article (or the library, for null) in a format with the choices made, saying so in
 * a toast (and how many claims not found in the text were left out, if any).
 */
export function useExport(
  articleId: string | null,
): (format: ExportFormat, choices?: ExportChoices) => Promise<void> {
  const { t } = useTranslation();
  const showToast = useUiStore((s) => s.showToast);
  return async (format, choices) => {
    try {
      // The export code loads on first use, not with the first screen; it runs in a worker.
      const { buildExport, downloadFile } = await import('./export-files');
      const file = await buildExport(format, articleId, choices, setStage);
      downloadFile(file);
      const message =
        file.omitted > 0
          ? t('Exported {{name}}; {{count}} claims not found in the text were left out.', {
              name: file.name,
              count: file.omitted,
            })
          : t('Exported {{name}}', { name: file.name });
      showToast({ message, tone: 'info' });
    } catch (error) {
      const detail = errorMessage(error);
      showToast({ message: t('Export failed: {{detail}}', { detail }), tone: 'error' });
    } finally {
      setStage(null);
    }
  };
}
