/// <reference lib="webworker" />
// Checks an import file off the main thread, so that a large file never freezes the page:
// decode, parse, validate, verify the text hashes, and plan the merge of a bundle.
import { locateAnchors } from '../domain/anchor';
import { textHashProblems, withoutTextHash } from '../domain/bundle';
import { parseImportText } from '../domain/import-parse';
import { planMerge, type Snapshot } from '../domain/merge';
import type { ImportRequest, ImportResponse } from './import-messages';

const post = (message: ImportResponse) => (self as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { bytes, local, now } = event.data;
  try {
    post({ kind: 'progress', stage: 'checking' });
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const parsed = parseImportText(text);
    if (!parsed.ok) return post({ kind: 'invalid', problems: parsed.problems });
    if (parsed.kind === 'w3c') {
      return post({ kind: 'w3c', annotations: parsed.annotations, problems: parsed.problems });
    }
    const hashProblems = await textHashProblems(parsed.bundle);
    if (hashProblems.length > 0) return post({ kind: 'invalid', problems: hashProblems });
    post({ kind: 'progress', stage: 'comparing' });
    const incoming: Snapshot = {
      articles: parsed.bundle.articles.map(withoutTextHash),
      claims: parsed.bundle.claims,
      tombstones: parsed.bundle.tombstones,
    };
    const plan = planMerge(local, incoming, { now, reanchor: locateAnchors });
    post({ kind: 'bundle', plan, exportedBy: parsed.bundle.exportedBy });
  } catch (error) {
    post({ kind: 'invalid', problems: [error instanceof Error ? error.message : String(error)] });
  }
};
