import { useLiveQuery } from 'dexie-react-hooks';
import { listTags } from '../../db/claims-query';

/** Every tag used on a claim, sorted, live (undefined while loading). */
export function useClaimTags() {
  return useLiveQuery(listTags, []);
}
