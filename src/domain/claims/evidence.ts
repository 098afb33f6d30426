import { isWebUrl } from './article-meta';
import type { Evidence, EvidenceStance } from '../types';

/** Every stance a source can take, in the order the UI offers them. */
export const EVIDENCE_STANCES: readonly EvidenceStance[] = ['supports', 'refutes', 'context'];

/** The message shown when a source's link is not an http(s) URL. */
export const EVIDENCE_URL_MESSAGE = 'Evidence links must start with http:// or https://';

/** A source with nothing filled in yet (stance `context`: it asserts nothing by default). */
export function newEvidence(id: string): Evidence {
  return { id, url: '', title: '', stance: 'context', note: '' };
}

/** Why a source cannot be stored as it is ('' when it can): it needs an http(s) link. */
export function evidenceProblem(evidence: Evidence): string {
  const url = evidence.url.trim();
  if (url === '') return 'Add a link to save this source.';
  return isWebUrl(url) ? '' : EVIDENCE_URL_MESSAGE;
}

/** A source as stored: its text fields trimmed. */
export function cleanEvidence(evidence: Evidence): Evidence {
  return {
    id: evidence.id,
    url: evidence.url.trim(),
    title: evidence.title.trim(),
    stance: evidence.stance,
    note: evidence.note.trim(),
  };
}
