import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { liveQuery, type Subscription } from 'dexie';
import * as Y from 'yjs';
import type { ProblemCode } from '../domain/problem';
import { problemOf } from '../domain/problem';
import { db } from './database';
import { LOCAL_ORIGIN, libraryArticleIds, publishArticle, storeRemoteArticle } from './sync-bridge';
import {
  articleDocumentName,
  libraryDocumentName,
  readArticleFromYDoc,
  type ArticleSnapshot,
} from './sync-doc';
import { libraryListsArticle, readLibraryFromYDoc, type LibrarySnapshot } from './sync-doc-library';
import { applyTeamDeletions, localArticleDeletions } from './sync-deletions';
import { publishSharedLibrary } from './sync-library';
import { clearStoredDocuments, loadStoredDocument, storeUpdate } from './sync-local-store';
import { getLocalOnlyArticleIds, getTeamSettings, type TeamSettings } from './team-settings';
import { FINAL_REFUSALS, sessionStatus, setStatus } from './sync-status';
import { watchLocalWrites } from './sync-local-writes';

/**
 * Team sync in the browser: while this browser has joined a team, each article (and the
 * library) has a Y.Doc, kept in this browser (sync-local-store.ts) and connected to the team
 * server through one WebSocket. Dexie stays what the app reads and writes: its changes are put
 * into the documents after they commit, and the server's changes are stored in Dexie
 * (sync-bridge.ts). Nothing waits for the network: a change is saved in Dexie first and sent
 * when the connection allows.
 */

/** The origin of updates read back from this browser's own store. */
const STORED_ORIGIN = Symbol('verdict-stored-document');

interface DocLink {
  name: string;
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
  articleId: string | null;
  base: ArticleSnapshot | LibrarySnapshot | null;
  /** Publishing and storing run one after the other, per document. */
  queue: Promise<unknown>;
  /** Received updates of an article, kept in this browser once Dexie holds what they bring. */
  unkept: Uint8Array[];
}

class Session {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly links = new Map<string, DocLink>();
  private readonly opening = new Map<string, Promise<DocLink>>();
  private unwatch: () => void = () => undefined;
  private articleIds: Subscription | null = null;
  private stopped = false;
  private problem: ProblemCode | null = null;
  /** The team's deletion marks applied here in this session (by id and time). */
  private readonly deletions = new Set<string>();

  constructor(
    private readonly settings: TeamSettings,
    /** Articles kept out of the team (team-join.ts): never opened, sent or listed. */
    private readonly localOnly: Set<string>,
  ) {
    this.socket = new HocuspocusProviderWebsocket({
      url: settings.serverUrl,
      onStatus: () => this.report(),
    });
  }

  // The browser knows first when it is offline: the socket is closed then, and opened again
  // when the browser is back online (it would otherwise wait for a timeout to notice).
  private readonly onOffline = () => {
    this.socket.disconnect();
    this.report();
  };
  private readonly onOnline = () => void this.socket.connect();

  async start(): Promise<void> {
    this.unwatch = watchLocalWrites((articleId) => void this.publish(articleId));
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('online', this.onOnline);
    await this.open(libraryDocumentName(this.settings.team), null);
    const ids = (await db.articles.toCollection().primaryKeys()) as string[];
    for (const id of ids) await this.openArticle(id);
    // Articles written elsewhere (the importer's worker) reach this list too.
    this.articleIds = liveQuery(() => db.articles.toCollection().primaryKeys()).subscribe({
      next: (keys) => {
        for (const id of keys as string[]) void this.openArticle(id);
      },
    });
  }

  stop(): void {
    this.stopped = true;
    this.unwatch();
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('online', this.onOnline);
    this.articleIds?.unsubscribe();
    for (const link of this.links.values()) link.provider.destroy();
    this.socket.destroy();
  }

  private async publish(articleId: string): Promise<void> {
    const link = await this.openArticle(articleId);
    if (!link) return;
    await this.enqueue(link, async () => {
      link.base = await publishArticle(link.ydoc, articleId, link.base as ArticleSnapshot | null);
    });
    await this.listArticles();
  }

  /** Puts the local list of articles into the library document (only if it lacks `missing`). */
  private async listArticles(missing?: string): Promise<void> {
    const library = this.links.get(libraryDocumentName(this.settings.team));
    if (!library) return;
    await this.enqueue(library, async () => {
      if (missing && libraryListsArticle(library.ydoc, missing)) return;
      library.base = await publishSharedLibrary(
        library.ydoc,
        library.base as LibrarySnapshot | null,
        this.localOnly,
      );
    });
  }

  private enqueue(link: DocLink, job: () => Promise<void>): Promise<void> {
    const run = link.queue.then(job).catch((error: unknown) => {
      this.problem = problemOf(error)?.code ?? 'invalid-record';
      this.report();
    });
    link.queue = run;
    return run;
  }

  /** The ids of the articles the library document marks deleted (null: no session). */
  deletedArticleIds(): string[] | null {
    if (this.stopped) return null;
    const library = this.links.get(libraryDocumentName(this.settings.team));
    return library ? readLibraryFromYDoc(library.ydoc).deletedArticles.map((d) => d.id) : [];
  }

  /** Publishes articles another thread wrote (the importer's worker), which no hook saw. */
  published(articleIds: readonly string[]): void {
    for (const id of new Set(articleIds)) void this.publish(id);
  }

  private openArticle(articleId: string): Promise<DocLink | null> {
    if (this.localOnly.has(articleId)) return Promise.resolve(null);
    return this.open(articleDocumentName(this.settings.team, articleId), articleId);
  }

  private open(name: string, articleId: string | null): Promise<DocLink | null> {
    if (this.stopped) return Promise.resolve(null);
    const known = this.links.get(name);
    if (known) return Promise.resolve(known);
    let opening = this.opening.get(name);
    if (!opening) {
      opening = this.connect(name, articleId);
      this.opening.set(name, opening);
    }
    return opening;
  }

  private async connect(name: string, articleId: string | null): Promise<DocLink> {
    const ydoc = new Y.Doc();
    await loadStoredDocument(name, ydoc, STORED_ORIGIN);
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document: ydoc,
      token: this.settings.token,
      onAuthenticationFailed: ({ reason }) => this.refused(reason),
      onClose: ({ event }) => {
        if (FINAL_REFUSALS.has(event.reason)) this.refused(event.reason);
      },
      onSynced: () => this.report(),
      onUnsyncedChanges: () => this.report(),
    });
    const link: DocLink = {
      name,
      ydoc,
      provider,
      articleId,
      base: null,
      queue: Promise.resolve(),
      unkept: [],
    };
    this.links.set(name, link);
    // A received update of an article is kept only after Dexie has stored its claims: kept
    // first, a browser that dies in between would find it in the document at its next start,
    // take the document as its base, and publish Dexie's older values over it as its own change.
    ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === STORED_ORIGIN) {
        // already kept
      } else if (origin === LOCAL_ORIGIN || !articleId) void storeUpdate(name, update);
      else link.unkept.push(update);
      if (origin !== LOCAL_ORIGIN) this.received(link);
    });
    // What this browser holds now is put in first (the document as stored is its base), then
    // what the document holds that Dexie lacks is stored.
    await this.enqueue(link, async () => {
      if (articleId) {
        link.base = readArticleFromYDoc(ydoc);
        link.base = await publishArticle(ydoc, articleId, link.base);
      } else {
        link.base = await publishSharedLibrary(ydoc, readLibraryFromYDoc(ydoc), this.localOnly);
      }
    });
    this.received(link);
    // An article written where no hook sees it (the importer's worker) is listed in the library
    // document here, or the other members would never open its document.
    if (articleId) void this.listArticles(articleId);
    provider.attach();
    this.report();
    return link;
  }

  /**
   * Stores what a document received; for the library, applies the team's article deletions and
   * opens the articles it lists. An article deleted here, or kept out of the team, is not
   * brought back by its document.
   */
  private received(link: DocLink): void {
    const articleId = link.articleId;
    if (articleId) {
      void this.enqueue(link, async () => {
        const updates = link.unkept.splice(0);
        // Kept out of the team or deleted here: Dexie does not take it, the document keeps it.
        const mirrored =
          !this.localOnly.has(articleId) && (await localArticleDeletions([articleId])).length === 0;
        if (mirrored) {
          link.base = await storeRemoteArticle(link.ydoc, link.base as ArticleSnapshot | null);
        }
        if (updates.length > 0) await storeUpdate(link.name, Y.mergeUpdates(updates));
      });
      return;
    }
    void this.enqueue(link, () =>
      applyTeamDeletions(readLibraryFromYDoc(link.ydoc), this.deletions, this.localOnly),
    );
    for (const id of libraryArticleIds(link.ydoc)) void this.openArticle(id);
  }

  private refused(reason: string): void {
    if (this.stopped) return;
    this.problem = FINAL_REFUSALS.has(reason) ? (reason as ProblemCode) : 'token-invalid';
    this.stop();
    this.report();
  }

  report(): void {
    if (this.problem && this.stopped) {
      setStatus({ state: 'refused', waiting: 0, problem: this.problem });
      return;
    }
    const documents = [...this.links.values()].map((link) => link.provider);
    setStatus(sessionStatus(documents, this.socket.status === 'connected', this.problem));
  }
}

let session: Session | null = null;

/** Starts syncing with the team this browser has joined, if any (at startup, after joining). */
export async function startTeamSync(): Promise<void> {
  const settings = await getTeamSettings();
  session?.stop();
  session = null;
  if (!settings) {
    setStatus({ state: 'off', waiting: 0, problem: null });
    return;
  }
  session = new Session(settings, new Set(await getLocalOnlyArticleIds()));
  setStatus({ state: 'connecting', waiting: 0, problem: null });
  await session.start();
}

/**
 * The ids of the articles the team's library marks deleted, as this browser holds it, or null
 * while no session runs (sync off, or refused).
 */
export function teamDeletedArticleIds(): string[] | null {
  return session?.deletedArticleIds() ?? null;
}

/**
 * Publishes the articles a write outside this thread changed (the importer's worker writes to
 * IndexedDB directly, and the Dexie hooks of the page see only the page's own writes).
 */
export function publishArticlesWritten(articleIds: readonly string[]): void {
  session?.published(articleIds);
}

/** Stops syncing and forgets the team's documents; the local library stays as it is. */
export async function stopTeamSync(): Promise<void> {
  session?.stop();
  session = null;
  await clearStoredDocuments();
  setStatus({ state: 'off', waiting: 0, problem: null });
}
