/** What the page asks the article search worker: the ids of the articles matching a query. */
export interface ArticleSearchRequest {
  /** Pairs the answer with its question (several may be on the way while someone types). */
  serial: number;
  query: string;
}

/** What the article search worker answers: the matching ids, or why it could not search. */
export type ArticleSearchResponse =
  | { kind: 'found'; serial: number; ids: string[] }
  | { kind: 'failed'; serial: number; message: string };
