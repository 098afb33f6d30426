import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleSearchWords } from './article-search-words';
import { articleSearchText, articleTextMatches } from './claim-filter';

describe('an article’s search words', () => {
  const article = {
    title: 'Cloudwatt : « Bercy » n’a pas demandé d’audit',
    publisher: 'Le Monde',
    text: 'L’information est inexacte.\u00a0"Bercy" n’a pas demandé d’audit.\n\nBercy dément.',
  };

  it('are the distinct words of the folded title, publisher and text', () => {
    const words = articleSearchWords(article).split(' ');
    expect(new Set(words).size).toBe(words.length);
    expect(words).toContain('bercy');
    expect(words).toContain("d'audit");
    expect(words.filter((word) => word === 'bercy')).toHaveLength(1);
  });

  it('answer every query as the folded text does', () => {
    const piece = fc.constantFrom(
      'Bercy',
      'é',
      'e',
      ' ',
      '\u00a0',
      '\n',
      '’',
      "'",
      '«',
      'au',
      'dit',
    );
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, text, text, (title, publisher, body, query) => {
        const one = { title, publisher, text: body };
        expect(articleTextMatches(articleSearchWords(one), query)).toBe(
          articleTextMatches(articleSearchText(one), query),
        );
      }),
      { numRuns: 500 },
    );
  });
});
