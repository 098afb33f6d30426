/// <reference lib="webworker" />
import { agreementKeeper } from './agreement-keeper';
import { articleSearcher } from './article-searcher';
import { readArticleStamps } from './article-stamps';
import type { LibraryIndexRequest, LibraryIndexResponse } from './library-index.protocol';
import { serializeError, serve, type Handler } from './worker-channel';

/**
 * What the library derives from every article, off the main thread, in one worker (one
 * connection, one copy of Dexie): the library search and the reviewers' agreement. Both keep
 * what they derive per article with the article's `updatedAt` and read again only the articles
 * whose stamp changed (article-searcher.ts, agreement-keeper.ts).
 */
export const serveLibraryIndex: Handler<LibraryIndexRequest, LibraryIndexResponse> = (
  answer,
  onClose,
) => {
  const search = articleSearcher();
  const agreement = agreementKeeper(() => answer({ kind: 'agreement-changed' }));
  onClose(agreement.stop);

  async function handle(request: LibraryIndexRequest): Promise<LibraryIndexResponse> {
    const stamps = await readArticleStamps();
    const { serial } = request;
    if (request.kind === 'search') {
      return { kind: 'found', serial, ids: await search(request.query, stamps) };
    }
    return { kind: 'agreement', serial, figures: await agreement.figures(stamps) };
  }

  // One request at a time: a refresh under way is never raced by the next keystroke's.
  let queue: Promise<unknown> = Promise.resolve();
  return (request) => {
    queue = queue.then(() =>
      handle(request).then(answer, (error: unknown) =>
        answer({ kind: 'failed', serial: request.serial, error: serializeError(error) }),
      ),
    );
  };
};

serve(serveLibraryIndex);
