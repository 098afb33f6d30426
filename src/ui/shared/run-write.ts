import { useUiStore } from '../../store/ui-store';
import { writeErrorMessage } from './problem-messages';

/** How a write ended: with its value, or with the error it failed on (already reported). */
export type WriteOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * The one path of every write the UI starts (articles, claims, settings, imports): the header
 * says "Saving…" while the IndexedDB transaction runs and "All changes saved" only once it has
 * committed; a failure is shown as an error toast, or left to the caller (`report: 'caller'`)
 * when a form shows it in place. Never throws.
 */
export async function runWrite<T>(
  write: () => Promise<T>,
  options: { report?: 'toast' | 'caller' } = {},
): Promise<WriteOutcome<T>> {
  const { beginWrite, endWrite, showToast } = useUiStore.getState();
  beginWrite();
  try {
    const value = await write();
    endWrite(true);
    return { ok: true, value };
  } catch (error) {
    endWrite(false);
    if (options.report !== 'caller') {
      showToast({ message: writeErrorMessage(error), tone: 'error' });
    }
    return { ok: false, error };
  }
}
