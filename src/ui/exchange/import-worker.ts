/// <reference lib="webworker" />
// Checks an import file off the main thread, so that a large file never freezes the page:
// decode, parse, validate, verify the text hashes, read the library and plan the merge of a
// bundle; then, on the page's word, write the plan (in one transaction, here too).
import { locateAnchors } from '../../domain/anchoring/anchor';
import { textHashProblems, withoutTextHash } from '../../domain/exchange/bundle';
import { parseImportText } from '../../domain/exchange/import-parse';
import { planMerge, type MergePlan, type Snapshot } from '../../domain/merge/plan';
import { summarizePlan } from '../../domain/merge/summary';
import { applyMergePlan, readSnapshot } from '../../db/exchange';
import type { ImportRequest, ImportResponse } from './import-messages';

const post = (message: ImportResponse) => (self as DedicatedWorkerGlobalScope).postMessage(message);
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

let planned: MergePlan | null = null;

async function check(bytes: ArrayBuffer, now: string): Promise<ImportResponse> {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const parsed = parseImportText(text);
  if (!parsed.ok) return { kind: 'invalid', problems: parsed.problems };
  if (parsed.kind === 'w3c') {
    return { kind: 'w3c', annotations: parsed.annotations, problems: parsed.problems };
  }
  const hashProblems = await textHashProblems(parsed.bundle);
  if (hashProblems.length > 0) return { kind: 'invalid', problems: hashProblems };
  post({ kind: 'progress', stage: 'comparing' });
  const incoming: Snapshot = {
    articles: parsed.bundle.articles.map(withoutTextHash),
    claims: parsed.bundle.claims,
    tombstones: parsed.bundle.tombstones,
  };
  planned = planMerge(await readSnapshot(), incoming, { now, reanchor: locateAnchors });
  return {
    kind: 'bundle',
    summary: summarizePlan(planned),
    problems: planned.problems,
    exportedBy: parsed.bundle.exportedBy,
  };
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request.kind === 'apply') {
    if (!planned) return post({ kind: 'failed', message: 'Nothing to import.' });
    try {
      await applyMergePlan(planned);
      post({ kind: 'applied' });
    } catch (error) {
      post({ kind: 'failed', message: reason(error) });
    }
    return;
  }
  try {
    post({ kind: 'progress', stage: 'checking' });
    post(await check(request.bytes, request.now));
  } catch (error) {
    post({ kind: 'invalid', problems: [reason(error)] });
  }
};
