import { useLiveQuery } from 'dexie-react-hooks';
import { listAllClaims, listTags } from '../../db/claims-query';

/** Every claim of the library with its article's id and title, live (undefined while loading). */
export function useAllClaims() {
  return useLiveQuery(listAllClaims, []);
}

/** Every tag used on a claim, sorted, live (undefined while loading). */
export function useClaimTags() {
  return useLiveQuery(listTags, []);
}
