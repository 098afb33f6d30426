/// <reference lib="webworker" />
import { pairAgreement } from '../domain/claims/claim-agreement';
import type { Claim } from '../domain/types';
import type { AgreementRequest, AgreementResponse } from './agreement-figures.protocol';
import { db } from './database';
import { serializeError, serve, type Handler } from './worker-channel';

/** Every stored claim, grouped by article (the unit of judgements of the same words). */
async function claimsByArticle(): Promise<Claim[][]> {
  const groups = new Map<string, Claim[]>();
  await db.claims.each((claim) => {
    const group = groups.get(claim.articleId);
    if (group) group.push(claim);
    else groups.set(claim.articleId, [claim]);
  });
  return [...groups.values()];
}

/**
 * Computes the library's agreement per reviewer pair off the page's main thread: reading and
 * grouping every claim of a large library is too long a task for the page.
 */
export const computeAgreement: Handler<AgreementRequest, AgreementResponse> =
  (answer) =>
  ({ id }) =>
    claimsByArticle().then(
      (articles) => answer({ id, ok: true, figures: pairAgreement(articles) }),
      (error: unknown) => answer({ id, ok: false, error: serializeError(error) }),
    );

serve(computeAgreement);
