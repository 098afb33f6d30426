import { describe, expect, it } from 'vitest';
import { EVIDENCE_URL_MESSAGE, evidenceProblem, newEvidence } from './evidence';

describe('evidenceProblem', () => {
  it.each([
    { url: 'https://www.example.org/a', problem: '' },
    { url: ' http://example.org ', problem: '' },
    { url: 'javascript:alert(1)', problem: EVIDENCE_URL_MESSAGE },
    { url: 'ftp://example.org/file', problem: EVIDENCE_URL_MESSAGE },
    { url: 'example', problem: EVIDENCE_URL_MESSAGE },
    { url: 'data:text/html,x', problem: EVIDENCE_URL_MESSAGE },
    { url: '', problem: 'Add a link to save this source.' },
  ])('$url', ({ url, problem }) => {
    expect(evidenceProblem({ ...newEvidence('e'), url })).toBe(problem);
  });
});
