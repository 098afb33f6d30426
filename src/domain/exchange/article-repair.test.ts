import { describe, expect, it } from 'vitest';
import { makeArticle } from '../test-data/exchange';
import type { DocumentJson } from '../types';
import { repairedDocument } from './article-repair';
import { documentDamage } from './document-damage';

const NOW = '2024-04-01T12:00:00.000Z';
const article = makeArticle({ title: 'Cloudwatt', paragraphs: ['Un.', 'Deux\ntrois.'] });
const image = { type: 'doc', content: [{ type: 'image' }] } as DocumentJson;

describe('documentDamage', () => {
  it.each<[string, Partial<typeof article>, string | null]>([
    ['a sound article', {}, null],
    ['an unknown node', { doc: image }, 'doc.content[0]: unknown node type "image"'],
    [
      'a document that does not give the text',
      { text: 'Un.' },
      'doc: does not yield the text of article "Cloudwatt" (they differ from character 3)',
    ],
    [
      'no document at all',
      { doc: 'x' as unknown as DocumentJson },
      'doc: expected a node (an object with a type)',
    ],
  ])('%s', (_label, change, damage) => {
    expect(documentDamage({ ...article, ...change })).toBe(damage);
  });
});

describe('repairedDocument', () => {
  it('rebuilds the document from the text and keeps the one it replaces', () => {
    const damaged = { ...article, doc: image, textHistory: [] };
    const repaired = repairedDocument(damaged, NOW);
    expect(repaired.text).toBe(article.text);
    expect(documentDamage({ ...damaged, ...repaired })).toBeNull();
    expect(repaired.textHistory).toEqual([{ doc: image, text: article.text, replacedAt: NOW }]);
  });

  it('keeps an empty document for a value that was not one', () => {
    const repaired = repairedDocument({ ...article, doc: 42 as unknown as DocumentJson }, NOW);
    expect(repaired.textHistory[0]).toEqual({
      doc: { type: 'doc' },
      text: article.text,
      replacedAt: NOW,
    });
  });
});
