// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { SavedPage, SavedPageMeta } from '../domain/test-data/saved-page';
import { SAVED_BLOGS } from '../domain/test-data/saved-pages-blogs';
import { HOSTILE_PAGE } from '../domain/test-data/saved-pages-hostile';
import { SAVED_LATER } from '../domain/test-data/saved-pages-later';
import { SAVED_MORE } from '../domain/test-data/saved-pages-more';
import { SAVED_NEWS } from '../domain/test-data/saved-pages-news';
import { textblocks, textblockText } from '../domain/text/canonical-text';
import { htmlToDoc } from './article-input';
import { extractArticle } from './extract-article';

const CORPUS: SavedPage[] = [
  ...SAVED_NEWS,
  ...SAVED_BLOGS,
  ...SAVED_MORE,
  HOSTILE_PAGE,
  ...SAVED_LATER,
];
const FIELDS = Object.keys(HOSTILE_PAGE.meta) as (keyof SavedPageMeta)[];

const blocksOf = (html: string) =>
  textblocks(htmlToDoc(html)).map((block) => textblockText(block).replace(/\s+/gu, ' ').trim());

const extractions = new Map<SavedPage, ReturnType<typeof extractArticle>>();
const extracted = (page: SavedPage) => {
  if (!extractions.has(page)) extractions.set(page, extractArticle(page.html));
  return extractions.get(page)!;
};

const metaOf = (page: SavedPage): SavedPageMeta => {
  const { meta } = extracted(page);
  return Object.fromEntries(FIELDS.map((field) => [field, meta[field]?.value ?? ''])) as never;
};

describe('the saved-page corpus', () => {
  it.each(CORPUS.map((page) => [page.name, page] as const))('%s', (_name, page) => {
    const extraction = extracted(page);
    expect(blocksOf(extraction.articleHtml)).toEqual(page.text);
    expect(metaOf(page)).toEqual(page.meta);
  });

  it('reports the precision of each field over the corpus', () => {
    const lines = (['text', ...FIELDS] as const).map((field) => {
      let stated = 0;
      let right = 0;
      let wrong = 0;
      for (const page of CORPUS) {
        const expected = field === 'text' ? page.text.join('\n') : page.meta[field];
        const found =
          field === 'text' ? blocksOf(extracted(page).articleHtml).join('\n') : metaOf(page)[field];
        if (expected !== '') stated += 1;
        if (found !== '' && found === expected) right += 1;
        else if (found !== '') wrong += 1;
      }
      return `${field}: precision ${right}/${right + wrong}, recall ${right}/${stated}`;
    });
    console.info(lines.join('\n'));
  });
});

describe('extractArticle', () => {
  it('lists the blocks it leaves out, and keeps the whole page beside the article', () => {
    const page = SAVED_NEWS[0]!;
    const extraction = extracted(page);
    expect(extraction.extracted).toBe(true);
    expect(extraction.dropped).toEqual(
      expect.arrayContaining([
        'Une erreur dans le texte ?',
        'À lire aussi',
        'Carte scolaire : les maires inquiets',
        "© 2025 Le Courrier de l'Ouest — Tous droits réservés",
      ]),
    );
    expect(blocksOf(extraction.pageHtml)).toEqual(
      expect.arrayContaining([...page.text, ...extraction.dropped]),
    );
    expect(extraction.dropped).not.toContain(page.text[1]);
  });

  it('keeps dated headings, and a body whose wrapper is named like chrome', () => {
    const body = (n: number) =>
      `<p>Paragraphe ${n} : un texte assez long pour compter comme le corps de l’article, avec ` +
      `des chiffres, des noms et des dates qui en font un vrai paragraphe d’actualité.</p>`;
    const html =
      '<html><head><title>T</title></head><body><nav>Menu</nav>' +
      '<div class="post-content share-enabled"><h2>De Gaulle, l’homme du 18 juin</h2>' +
      `${body(1)}<h2>Le 14 juillet 2025, une date historique</h2>${body(2)}${body(3)}</div>` +
      '<p class="byline">Par Jean Dupont</p><p>Publié le 3 mars 2025 à 7h45</p></body></html>';
    const blocks = blocksOf(extractArticle(html).articleHtml);
    expect(blocks).toContain('De Gaulle, l’homme du 18 juin');
    expect(blocks).toContain('Le 14 juillet 2025, une date historique');
    expect(blocks.filter((block) => block.startsWith('Paragraphe'))).toHaveLength(3);
    expect(blocks.join('\n')).not.toMatch(/Jean Dupont|Publié le/);
  });

  it('keeps a selection of paragraphs as it is', () => {
    const html = '<meta charset="utf-8"><h2>Titre</h2><p>Un.</p><p>Deux.</p>';
    const extraction = extractArticle(html);
    expect(extraction.extracted).toBe(false);
    expect(extraction.dropped).toEqual([]);
    expect(blocksOf(extraction.articleHtml)).toEqual(['Titre', 'Un.', 'Deux.']);
  });

  it('leaves no trace of a hostile page and makes relative links absolute', () => {
    const extraction = extractArticle(HOSTILE_PAGE.html);
    for (const html of [extraction.articleHtml, extraction.pageHtml]) {
      for (const trace of [
        '__pwned',
        'javascript:',
        'onerror',
        'onclick',
        'evil.example',
        'style',
      ]) {
        expect(html).not.toContain(trace);
      }
    }
    expect(extraction.articleHtml).toContain('href="https://dwi.example/report"');
    const relative = extractArticle(
      '<html><head><link rel="canonical" href="https://r.example/a/b"></head><body><nav>x</nav>' +
        '<article><h1>Un titre</h1><p>Voir <a href="../c">ceci</a> et <a href="#n">cela</a>.</p></article></body></html>',
    );
    expect(relative.articleHtml).toContain('href="https://r.example/c"');
    expect(relative.articleHtml).toContain('href="https://r.example/a/b#n"');
  });
});
