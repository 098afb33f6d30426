import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { readArticleFromYDoc } from '../src/db/sync-doc';

// What a team server stored, read from its SQLite file (the restart spec checks nothing was lost).

/** The team's article document as the server stored it: its name and state, or null. */
function storedDocument(dataDir: string, team: string): { name: string; state: Uint8Array } | null {
  const db = new Database(join(dataDir, 'documents.sqlite'), { readonly: true });
  try {
    const row = db
      .prepare('SELECT name, data FROM documents WHERE name LIKE ?')
      .get(`${team}/article/%`) as { name: string; data: Buffer } | undefined;
    return row ? { name: row.name, state: new Uint8Array(row.data) } : null;
  } finally {
    db.close();
  }
}

/** The claims (verdict and quote, in reading order) of the team's article as the server stored it. */
export function storedClaims(dataDir: string, team: string): { verdict: string; quote: string }[] {
  const stored = storedDocument(dataDir, team);
  if (!stored) return [];
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, stored.state);
  const claims = readArticleFromYDoc(ydoc)?.claims ?? [];
  return claims
    .sort((a, b) => a.anchor.start - b.anchor.start)
    .map((claim) => ({ verdict: claim.verdict, quote: claim.anchor.exact }));
}
