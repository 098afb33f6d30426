import { useUiStore } from '../../store/ui-store';

/**
 * Runs a database write and reports it to the header's save status: "Saving…" while the
 * IndexedDB transaction runs, "All changes saved" only once it has committed.
 */
export async function trackWrite<T>(write: () => Promise<T>): Promise<T> {
  const { beginWrite, endWrite } = useUiStore.getState();
  beginWrite();
  try {
    const result = await write();
    endWrite(true);
    return result;
  } catch (error) {
    endWrite(false);
    throw error;
  }
}
