import type { ReviewerPairAgreement } from '../domain/claims/claim-agreement';
import type { SerializedError } from './worker-channel';

/** What the page asks: the library's agreement per reviewer pair, numbered so answers find it. */
export interface AgreementRequest {
  id: number;
}

/** The figures read from every stored claim, or why they could not be read. */
export type AgreementResponse =
  | { id: number; ok: true; figures: ReviewerPairAgreement[] }
  | { id: number; ok: false; error: SerializedError };
