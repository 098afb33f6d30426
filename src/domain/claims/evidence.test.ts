import { describe, expect, it } from 'vitest';
import { evidenceProblem, newEvidence } from './evidence';

describe('evidenceProblem', () => {
  it.each([
    { url: 'https://www.example.org/a', code: null },
    { url: ' http://example.org ', code: null },
    { url: 'javascript:alert(1)', code: 'evidence-url' },
    { url: 'ftp://example.org/file', code: 'evidence-url' },
    { url: 'example', code: 'evidence-url' },
    { url: 'data:text/html,x', code: 'evidence-url' },
    { url: '', code: 'evidence-link-missing' },
  ])('$url', ({ url, code }) => {
    expect(evidenceProblem({ ...newEvidence('e'), url })?.code ?? null).toBe(code);
  });
});
