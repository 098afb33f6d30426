import type { z } from 'zod';

/** Ids must be unique within a list: a second claim with the same id would silently win. */
export function uniqueIds<L extends 'articles' | 'claims' | 'tombstones' | 'ratings'>(list: L) {
  return (bundle: Record<L, { id: string }[]>, ctx: z.RefinementCtx): void => {
    const seen = new Set<string>();
    bundle[list].forEach((entry, index) => {
      if (seen.has(entry.id)) {
        ctx.addIssue({
          code: 'custom',
          message: 'the same id appears twice',
          path: [list, index, 'id'],
        });
      }
      seen.add(entry.id);
    });
  };
}
