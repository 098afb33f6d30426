import type { ArticleSearchRequest, ArticleSearchResponse } from './article-search.protocol';
import { searchArticles } from './article-search.worker';
import { openChannel, type Channel } from './worker-channel';

type Waiting = Map<number, { resolve(ids: Set<string>): void; reject(error: Error): void }>;

let searcher: { channel: Channel<ArticleSearchRequest>; waiting: Waiting } | null = null;
let serial = 0;

/** The search worker, started on the first search and kept: it holds the folded texts. */
function startSearcher(): { channel: Channel<ArticleSearchRequest>; waiting: Waiting } {
  const waiting: Waiting = new Map();
  const channel = openChannel<ArticleSearchRequest, ArticleSearchResponse>(
    () => new Worker(new URL('./article-search.worker.ts', import.meta.url), { type: 'module' }),
    searchArticles,
    {
      answer: (response) => {
        const pending = waiting.get(response.serial);
        waiting.delete(response.serial);
        if (response.kind === 'found') pending?.resolve(new Set(response.ids));
        else pending?.reject(new Error(response.message));
      },
      fail: (error) => {
        // The next search starts a new worker (or runs on the page where none can start).
        searcher = null;
        for (const pending of waiting.values()) pending.reject(error);
        waiting.clear();
      },
    },
  );
  return { channel, waiting };
}

/**
 * The ids of the articles whose title, publisher or text contain every word of a query, found
 * by the search worker (docs/DECISIONS.md, "Library scale").
 */
export function searchArticleIds(query: string): Promise<Set<string>> {
  searcher ??= startSearcher();
  const { channel, waiting } = searcher;
  const id = ++serial;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    channel.send({ serial: id, query });
  });
}

/**
 * Starts the search worker and has it read and fold the library ahead of the first keystroke
 * (call it when the page is idle: the work is the worker's, the cores are shared).
 */
export function prepareArticleSearch(): void {
  void searchArticleIds('').catch(() => undefined);
}
