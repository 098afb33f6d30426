import type { ReviewerPairAgreement } from '../domain/claims/claim-agreement';
import type { AgreementRequest, AgreementResponse } from './agreement-figures.protocol';
import { computeAgreement } from './agreement-figures.worker';
import { deserializeError, openChannel, type Channel } from './worker-channel';

type Waiting = { resolve: (figures: ReviewerPairAgreement[]) => void; reject: (e: Error) => void };

let channel: Channel<AgreementRequest> | null = null;
let nextId = 0;
const waiting = new Map<number, Waiting>();

function answered(response: AgreementResponse): void {
  const request = waiting.get(response.id);
  if (!request) return;
  waiting.delete(response.id);
  if (response.ok) request.resolve(response.figures);
  else request.reject(deserializeError(response.error));
}

/** The agreement worker, started on first use, or its handler on the page after a failure. */
function worker(): Channel<AgreementRequest> {
  channel ??= openChannel<AgreementRequest, AgreementResponse>(
    () => new Worker(new URL('./agreement-figures.worker.ts', import.meta.url), { type: 'module' }),
    computeAgreement,
    {
      answer: answered,
      fail: (error) => {
        for (const request of waiting.values()) request.reject(error);
        waiting.clear();
        channel = openChannel<AgreementRequest, AgreementResponse>(null, computeAgreement, {
          answer: answered,
          fail: () => undefined,
        });
      },
    },
  );
  return channel;
}

/** The library's agreement per reviewer pair (`pairAgreement`), computed in a worker. */
export function libraryAgreement(): Promise<ReviewerPairAgreement[]> {
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker().send({ id });
  });
}
