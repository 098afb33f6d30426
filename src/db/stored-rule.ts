type StoredRule = typeof import('../domain/exchange/stored-record');

let loaded: StoredRule | undefined;

/**
 * The stored-data rule (src/domain/exchange/stored-record.ts), loaded on the first write: its
 * schemas bring zod, which the first screen does without. A write awaits it before its
 * transaction starts, since an IndexedDB transaction ends when it waits on anything else.
 */
export async function storedRule(): Promise<StoredRule> {
  loaded ??= await import('../domain/exchange/stored-record');
  return loaded;
}
