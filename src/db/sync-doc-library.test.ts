import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { makeArticle, sampleArticle } from '../domain/test-data/exchange';
import { applyLibraryToYDoc, readLibraryFromYDoc, type LibrarySnapshot } from './sync-doc-library';

const first = sampleArticle();
const second = makeArticle({ id: '00000000-0000-4000-8000-0000000000b2', title: 'Second' });
const settings = { organisationName: 'Desk', organisationUrl: 'https://desk.example' };

function summaryOf(article: typeof first) {
  const text = new Set(['doc', 'text', 'textHistory']);
  return Object.fromEntries(Object.entries(article).filter(([field]) => !text.has(field)));
}

function library(snapshot: Partial<LibrarySnapshot> = {}): Y.Doc {
  const ydoc = new Y.Doc();
  applyLibraryToYDoc(ydoc, {
    articles: snapshot.articles ?? [first, second],
    deletedArticles: snapshot.deletedArticles ?? [],
    settings: snapshot.settings ?? settings,
  });
  return ydoc;
}

function reconnect(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function replica(ydoc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
  return copy;
}

describe('the library document', () => {
  it('lists every article without its text, and the shared settings', () => {
    const read = readLibraryFromYDoc(replica(library()));
    expect(read).toEqual({
      articles: [summaryOf(second), summaryOf(first)].sort((a, b) => (a.id < b.id ? -1 : 1)),
      deletedArticles: [],
      settings,
    });
    expect(JSON.stringify(read)).not.toContain(first.text.slice(-40));
  });

  it('keeps articles two members add at once, and merges their settings by field', () => {
    const a = library({ articles: [first] });
    const b = replica(a);
    const base = readLibraryFromYDoc(a);
    applyLibraryToYDoc(
      a,
      {
        articles: [first],
        deletedArticles: [],
        settings: { ...settings, organisationName: 'Desk A' },
      },
      { base },
    );
    applyLibraryToYDoc(
      b,
      { articles: [first, second], deletedArticles: [], settings: { ...settings, lang: 'fr' } },
      { base },
    );
    reconnect(a, b);
    for (const ydoc of [a, b]) {
      expect(
        readLibraryFromYDoc(ydoc)
          .articles.map((article) => article.id)
          .sort(),
      ).toEqual([first.id, second.id].sort());
      expect(readLibraryFromYDoc(ydoc).settings).toEqual({
        ...settings,
        organisationName: 'Desk A',
        lang: 'fr',
      });
    }
  });

  it('removes an article only through its deletion mark, which a stale member cannot undo', () => {
    const a = library();
    const b = replica(a);
    const deletion = { id: second.id, deletedAt: '2024-03-09T00:00:00.000Z', deletedBy: 'Ana' };
    applyLibraryToYDoc(a, { articles: [first], deletedArticles: [], settings });
    expect(readLibraryFromYDoc(a).articles).toHaveLength(2);
    applyLibraryToYDoc(a, { articles: [first], deletedArticles: [deletion], settings });
    applyLibraryToYDoc(b, {
      articles: [first, { ...second, title: 'Renamed' }],
      deletedArticles: [],
      settings,
    });
    reconnect(a, b);
    for (const ydoc of [a, b]) {
      expect(readLibraryFromYDoc(ydoc).articles.map((article) => article.id)).toEqual([first.id]);
      expect(readLibraryFromYDoc(ydoc).deletedArticles).toEqual([deletion]);
    }
  });
});
