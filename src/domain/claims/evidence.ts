import { isWebUrl } from './article-meta';
import { problem, type Problem } from '../problem';
import type { Evidence, EvidenceStance } from '../types';

/** Every stance a source can take, in the order the UI offers them. */
export const EVIDENCE_STANCES: readonly EvidenceStance[] = ['supports', 'refutes', 'context'];

/** A source with nothing filled in yet (stance `context`: it asserts nothing by default). */
export function newEvidence(id: string): Evidence {
  return { id, url: '', title: '', stance: 'context', note: '' };
}

/** Why a source cannot be stored as it is (null when it can): it needs an http(s) link. */
export function evidenceProblem(evidence: Evidence): Problem | null {
  const url = evidence.url.trim();
  if (url === '') return problem('evidence-link-missing');
  return isWebUrl(url) ? null : problem('evidence-url');
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
