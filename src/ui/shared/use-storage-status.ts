import { useCallback, useEffect, useState } from 'react';

/** What the browser says about this site's storage. */
export interface StorageStatus {
  /** true: the browser will not evict the data under storage pressure. null: unknown. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

let persistRequest: Promise<boolean> | null = null;

/** Asks once per page for persistent storage (browsers may grant it silently or refuse). */
function requestPersistence(): Promise<boolean> {
  persistRequest ??= navigator.storage?.persist
    ? navigator.storage.persist().catch(() => false)
    : Promise.resolve(false);
  return persistRequest;
}

async function readStatus(): Promise<StorageStatus> {
  const persisted = await requestPersistence();
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Persistence and usage of the app's storage, refreshed on demand. */
export function useStorageStatus() {
  const [status, setStatus] = useState<StorageStatus>({
    persisted: null,
    usage: null,
    quota: null,
  });
  const refresh = useCallback(async () => setStatus(await readStatus()), []);
  useEffect(() => {
    let live = true;
    void readStatus().then((next) => live && setStatus(next));
    return () => {
      live = false;
    };
  }, []);
  return { status, refresh };
}
