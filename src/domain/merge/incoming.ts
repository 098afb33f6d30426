import {
  checkArticle,
  checkClaim,
  checkTombstone,
  issueLines,
  type RecordCheck,
} from '../exchange/stored-record';
import type { Snapshot } from './plan';

/** Each record that passes `check`, in its stored form; the others reported and left out. */
function keep<T extends { id?: unknown }>(
  records: T[],
  check: (record: T) => RecordCheck<unknown>,
  kind: string,
  problems: string[],
) {
  const kept: unknown[] = [];
  for (const record of records) {
    const result = check(record);
    if (result.ok) kept.push(result.value);
    else {
      const lines = issueLines(result.issues, `${kind} ${String(record.id)}`);
      problems.push(...lines.map((line) => `${line} (left out)`));
    }
  }
  return kept;
}

/**
 * The records of an incoming snapshot in their stored form (src/domain/exchange/stored-record.ts):
 * what a merge writes is what the database accepts. A record the rule refuses is left out with a
 * problem each (a bundle's parse has refused them already; W3C claims are made here).
 */
export function checkIncoming(incoming: Snapshot): { snapshot: Snapshot; problems: string[] } {
  const problems: string[] = [];
  const snapshot = {
    articles: keep(incoming.articles, checkArticle, 'article', problems),
    claims: keep(incoming.claims, checkClaim, 'claim', problems),
    tombstones: keep(incoming.tombstones, checkTombstone, 'tombstone', problems),
  } as Snapshot;
  return { snapshot, problems };
}
