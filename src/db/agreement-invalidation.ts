import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { Claim } from '../domain/types';
import { forgetPairVerdicts } from './library-cache';

const articlesIn = (claims: readonly (Claim | undefined)[]) =>
  claims.flatMap((claim) => (claim ? [claim.articleId] : []));

/**
 * The articles a write to the claims table touches (null when it cannot tell: a range), then
 * `next`. Dexie's own promises carry its transaction zone: no `await` here, whose native promise
 * would drop it for the middlewares below.
 */
function withArticles<T>(
  table: DBCoreTable,
  request: DBCoreMutateRequest,
  next: (articleIds: string[] | null) => Promise<T>,
): Promise<T> {
  if (request.type === 'add' || request.type === 'put') {
    return next(articlesIn(request.values as Claim[]));
  }
  if (request.type === 'delete') {
    return table
      .getMany({ trans: request.trans, keys: request.keys })
      .then((before) => next(articlesIn(before as (Claim | undefined)[])));
  }
  return next(null);
}

/**
 * Forgets the kept judgement pairs (library-cache.ts) of every article whose claims a write
 * changes, in the context that writes, whatever the path (the app, an import, a sync
 * settlement, a worker): before the write, and again once its transaction has committed, so
 * that a library index reading meanwhile cannot keep the state before the write under the
 * same stamp. The pairs are derived data: forgetting them costs a read of those claims later.
 */
export function agreementInvalidation(library: string): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'agreement-invalidation',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'claims') return table;
        return {
          ...table,
          mutate: (request) =>
            withArticles(table, request, (articleIds) => {
              void forgetPairVerdicts(library, articleIds);
              const trans = request.trans as unknown as Partial<EventTarget>;
              trans.addEventListener?.('complete', () => {
                void forgetPairVerdicts(library, articleIds);
              });
              return table.mutate(request);
            }),
        };
      },
    }),
  };
}
