import { describe, expect, it } from 'vitest';
import { factCheckTemplateProblems, factCheckUrl, titleSlug } from './fact-check-url';

describe('titleSlug', () => {
  it.each([
    ['Cloudwatt aurait lui-même demandé son audit', 'cloudwatt-aurait-lui-meme-demande-son-audit'],
    ['L’État « cœur » : 10 000 € ?', 'l-etat-coeur-10-000'],
    ['   ', 'article'],
    ['Ελληνικά', 'article'],
  ])('%j → %j', (title, slug) => {
    expect(titleSlug(title)).toBe(slug);
  });

  it('cuts a long title at a hyphen, within 80 characters', () => {
    const slug = titleSlug('Une très longue phrase '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^une-tres-longue-phrase-.*[a-z]$/);
  });
});

describe('factCheckTemplateProblems', () => {
  it.each([
    ['', []],
    ['https://example.org/fact-check/{slug}#{claimId}', []],
    ['https://example.org/{articleId}/{claimId}', []],
    ['https://example.org/fact-check/{slug}', [{ code: 'fact-check-url-claim-id' }]],
    [
      'https://example.org/{title}/{claimId}',
      [{ code: 'fact-check-url-placeholder', data: { name: 'title' } }],
    ],
    ['example.org/{claimId}', [{ code: 'fact-check-url-template' }]],
    ['ftp://example.org/{claimId}', [{ code: 'fact-check-url-template' }]],
    ['https://example.org/a b/{claimId}', [{ code: 'fact-check-url-template' }]],
    ['https://example.org/{claimId', [{ code: 'fact-check-url-claim-id' }]],
    ['https://example.org/{claimId}}', [{ code: 'fact-check-url-template' }]],
  ])('%j', (template, problems) => {
    expect(factCheckTemplateProblems(template)).toEqual(problems);
  });
});

describe('factCheckUrl', () => {
  it('fills the placeholders, one address per claim', () => {
    const article = { id: 'a-1', title: 'Cloudwatt aurait lui-même demandé son audit' };
    const template = ' https://example.org/fact-check/{slug}#{claimId} ';
    expect(factCheckUrl(template, article, { id: 'c-1' })).toBe(
      'https://example.org/fact-check/cloudwatt-aurait-lui-meme-demande-son-audit#c-1',
    );
    expect(factCheckUrl(template, article, { id: 'c-2' })).not.toBe(
      factCheckUrl(template, article, { id: 'c-1' }),
    );
  });
});
