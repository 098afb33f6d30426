import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { Snapshot } from '../domain/merge/plan';
import { VerdictError, type ProblemCode } from '../domain/problem';
import type { Tombstone } from '../domain/types';
import { articleDocumentName, libraryDocumentName, readArticleFromYDoc } from './sync-doc';
import { readLibraryFromYDoc } from './sync-doc-library';
import type { TeamSettings } from './team-settings';
import { FINAL_REFUSALS } from './sync-status';

/**
 * Reading what a team holds before joining it (docs/DECISIONS.md, "Joining a team"): the
 * library document, then each article it lists, into Y.Docs of this function's own that start
 * empty, so that nothing of this browser is sent and nothing is stored here until the person
 * confirms. A refusal (a wrong or expired token) rejects with its code.
 */

/** What a team holds: as a merge snapshot, and as the documents' states to keep once joined. */
export interface TeamCopy {
  snapshot: Snapshot;
  /** Each document's state (by document name), to store locally once the person joins. */
  states: Map<string, Uint8Array>;
}

/** A refusal as a problem: the server's own reasons as such, any other close as token-invalid. */
function refusal(reason: string): VerdictError {
  return new VerdictError((FINAL_REFUSALS.has(reason) ? reason : 'token-invalid') as ProblemCode);
}

/** A document read once from the server: resolves when synced, rejects when refused. */
function readDocument(
  socket: HocuspocusProviderWebsocket,
  settings: TeamSettings,
  name: string,
): Promise<{ ydoc: Y.Doc; provider: HocuspocusProvider }> {
  return new Promise((resolve, reject) => {
    const ydoc = new Y.Doc();
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: ydoc,
      token: settings.token,
      onAuthenticationFailed: ({ reason }) => reject(refusal(reason)),
      onClose: ({ event }) => {
        if (FINAL_REFUSALS.has(event.reason)) reject(refusal(event.reason));
      },
      onSynced: () => resolve({ ydoc, provider }),
    });
    provider.attach();
  });
}

/**
 * Reads every document of a team (its library and the articles it lists) from its server;
 * `signal` abandons the reading (the person cancelled, or the server does not answer).
 */
export async function fetchTeamCopy(
  settings: TeamSettings,
  signal?: AbortSignal,
): Promise<TeamCopy> {
  const socket = new HocuspocusProviderWebsocket({ url: settings.serverUrl });
  const providers: HocuspocusProvider[] = [];
  const states = new Map<string, Uint8Array>();
  const snapshot: Snapshot = { articles: [], claims: [], tombstones: [] };
  const aborted = new Promise<never>((_resolve, reject) => {
    const abort = () => reject(new DOMException('The join was cancelled.', 'AbortError'));
    if (signal?.aborted) abort();
    signal?.addEventListener('abort', abort, { once: true });
  });
  aborted.catch(() => undefined);
  const read = (name: string) =>
    Promise.race([readDocument(socket, settings, name), aborted]).then((read) => {
      providers.push(read.provider);
      states.set(name, Y.encodeStateAsUpdate(read.ydoc));
      return read.ydoc;
    });
  try {
    const libraryName = libraryDocumentName(settings.team);
    const library = { ydoc: await read(libraryName) };
    const listed = readLibraryFromYDoc(library.ydoc);
    // An article the team deleted travels as an article tombstone, as in a bundle, so that the
    // merge deletes this browser's older copy rather than bringing it back.
    const deletions: Tombstone[] = listed.deletedArticles.map((deletion) => ({
      id: deletion.id,
      articleId: deletion.id,
      deletedAt: deletion.deletedAt,
      deletedBy: deletion.deletedBy,
    }));
    snapshot.tombstones.push(...deletions);
    const documents = await Promise.all(
      listed.articles.map(async ({ id }) =>
        readArticleFromYDoc(await read(articleDocumentName(settings.team, id))),
      ),
    );
    for (const document of documents) {
      if (!document) continue;
      snapshot.articles.push(document.article);
      snapshot.claims.push(...document.claims);
      snapshot.tombstones.push(...document.tombstones);
    }
    return { snapshot, states };
  } finally {
    for (const provider of providers) provider.destroy();
    socket.destroy();
  }
}
