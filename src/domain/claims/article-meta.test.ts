import { describe, expect, it } from 'vitest';
import { articleMetaProblems, emptyArticleMeta, guessLanguage, isWebUrl } from './article-meta';

describe('isWebUrl', () => {
  it.each([
    ['https://www.example.fr/article', true],
    ['http://example.com', true],
    ['javascript:alert(1)', false],
    ['ftp://example.com/file', false],
    ['www.example.com', false],
    ['', false],
  ])('%s -> %s', (value, expected) => {
    expect(isWebUrl(value)).toBe(expected);
  });
});

describe('articleMetaProblems', () => {
  it.each([
    [{ title: 'Cloudwatt' }, []],
    [{ title: '  ' }, [{ code: 'article-title-missing' }]],
    [{ title: 'A', sourceUrl: 'javascript:alert(1)' }, [{ code: 'article-source-url' }]],
    [{ title: 'A', publishedAt: '24/11/2026' }, [{ code: 'article-date' }]],
    [{ title: 'A', sourceUrl: 'https://lemonde.fr/x', publishedAt: '2014-11-21' }, []],
  ])('%j', (partial, expected) => {
    expect(articleMetaProblems({ ...emptyArticleMeta(), ...partial })).toEqual(expected);
  });
});

describe('guessLanguage', () => {
  it.each([
    [
      "L'information est inexacte. C'est Cloudwatt avec l'accord de son conseil qui a demandé un audit pour la passation.",
      'fr',
    ],
    [
      'The information is wrong, and the audit was requested by the company for the handover.',
      'en',
    ],
    ['12345 67890', 'other'],
  ])('%s', (text, expected) => {
    expect(guessLanguage(text)).toBe(expected);
  });
});
