import { describe, expect, it } from 'vitest';
import { articleLanguage } from './article-language';
import { authorNames } from './author-names';
import { cleanSourceUrl } from './clean-source-url';
import { isoDay } from './iso-day';
import { jsonLdArticle } from './json-ld-article';
import { siteNameOfTitle, titleWithoutSiteName } from './title-without-site-name';

describe('isoDay', () => {
  it.each([
    ['2025-11-02T23:40:00+01:00', '2025-11-02'],
    ['2025-11-02T23:40:00-05:00', '2025-11-02'],
    ['2025-06-05', '2025-06-05'],
    ['20250605', '2025-06-05'],
    ['Fri, 07 Mar 2025 10:00:00 GMT', '2025-03-07'],
    ['2025-02-30', ''],
    ['hier', ''],
    ['', ''],
  ])('%s → %s', (value, day) => expect(isoDay(value)).toBe(day));
});

describe('titleWithoutSiteName', () => {
  it.each([
    ['Apple unveils a chip | Tech Daily', 'Tech Daily', 'Apple unveils a chip'],
    ['Le Monde - Le prix du pain augmente', 'Le Monde', 'Le prix du pain augmente'],
    ['Tempête Ciarán : 12 000 foyers', 'Ouest Matin', 'Tempête Ciarán : 12 000 foyers'],
    ['Why our town needs a night bus — Valley Post', '', 'Why our town needs a night bus'],
    ['Notes', '', 'Notes'],
    [
      'A long headline - with a long second part after it',
      '',
      'A long headline - with a long second part after it',
    ],
  ])('%s', (title, site, expected) => expect(titleWithoutSiteName(title, site)).toBe(expected));

  it('finds the site name after a headline', () => {
    expect(siteNameOfTitle('Un an de jardin – Les Jardins', 'Un an de jardin')).toBe('Les Jardins');
    expect(siteNameOfTitle('Autre chose – Les Jardins', 'Un an de jardin')).toBe('');
  });
});

describe('authorNames', () => {
  it.each([
    [['By Jane Doe and John Roe'], ['Jane Doe', 'John Roe']],
    [['Par Hélène Marchand'], ['Hélène Marchand']],
    [
      ['Tom Reid', 'tom reid', 'Priya Shah'],
      ['Tom Reid', 'Priya Shah'],
    ],
    [['https://example.org/authors/jane', '<img src=x onerror=alert(1)>'], []],
    [['Agence Centrale de Presse'], ['Agence Centrale de Presse']],
  ])('%j', (values, names) => expect(authorNames(values)).toEqual(names));
});

describe('cleanSourceUrl', () => {
  it.each([
    ['https://a.example/x?utm_source=rss&id=3#top', '', 'https://a.example/x?id=3'],
    ['/pratique/page', 'https://b.example/other', 'https://b.example/pratique/page'],
    ['javascript:alert(1)', '', ''],
    ['/relative', '', ''],
    ['ftp://c.example/file', '', ''],
  ])('%s', (value, base, expected) => expect(cleanSourceUrl(value, base)).toBe(expected));
});

describe('articleLanguage', () => {
  it.each([
    ['fr-FR', 'fr'],
    ['en_GB', 'en'],
    ['de', 'other'],
    ['', null],
  ])('%s', (code, language) => expect(articleLanguage(code)).toBe(language));
});

describe('jsonLdArticle', () => {
  it('reads an article from a @graph and follows @id references', () => {
    const graph = {
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'Tech Daily' },
        {
          '@type': ['NewsArticle'],
          headline: 'A headline',
          author: [{ name: 'A' }, 'B'],
          publisher: { '@id': '#org' },
          mainEntityOfPage: { '@id': 'https://t.example/a' },
          datePublished: '2025-01-02',
        },
      ],
    };
    expect(jsonLdArticle([graph])).toEqual({
      headline: 'A headline',
      url: 'https://t.example/a',
      authors: ['A', 'B'],
      publisher: 'Tech Daily',
      datePublished: '2025-01-02',
      dateModified: '',
      inLanguage: '',
    });
  });

  it('is null without an article', () => {
    expect(jsonLdArticle([{ '@type': 'WebSite', name: 'x' }, null, 3])).toBeNull();
  });
});
