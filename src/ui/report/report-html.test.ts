// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { describeAnchor } from '../../domain/anchoring/describe-anchor';
import { newClaim } from '../../domain/claims/claim';
import { FIVE_RATING_SCALE } from '../../domain/claims/ratings';
import { buildReport } from '../../domain/exchange/report-model';
import { documentFromText } from '../../domain/text/document-from-text';
import { canonicalText } from '../../domain/text/canonical-text';
import type { Article, Claim } from '../../domain/types';
import { reportHtml } from './report-html';
import { reportWords } from './report-words';

const TEXT = 'Le déficit a baissé de 2 %. <script>alert("x")</script> selon Bercy.';

/** An article whose title, text, rationale and source carry markup, and three claims. */
function reportArticle(): { article: Article; claims: Claim[] } {
  const doc = documentFromText(TEXT);
  const article: Article = {
    id: 'a1',
    title: 'Budget <script>alert(1)</script> & co',
    sourceUrl: 'https://example.org/budget',
    publisher: 'Le Quotidien',
    author: '',
    publishedAt: '',
    language: 'fr',
    doc,
    text: canonicalText(doc),
    textHistory: [],
    createdAt: '2024-03-01T08:00:00.000Z',
    updatedAt: '2024-03-01T08:00:00.000Z',
  };
  const claim = (id: string, quote: string, changes: Partial<Claim>): Claim => {
    const start = [...TEXT.slice(0, TEXT.indexOf(quote))].length;
    const anchor = describeAnchor(article.text, start, start + [...quote].length);
    const made = newClaim({
      id,
      articleId: 'a1',
      anchor,
      verdict: 'unverified',
      by: 'Camille',
      at: article.createdAt,
    });
    return { ...made, ...changes };
  };
  return {
    article,
    claims: [
      claim('c-2', 'selon Bercy', {
        verdict: 'disputed',
        rating: 'misleading',
        note: 'Chiffres <b>partiels</b>.',
        evidence: [
          {
            id: 'e1',
            url: 'https://insee.fr/deficit?a=1&b=<2>',
            title: 'INSEE <i>note</i>',
            stance: 'refutes',
            note: '',
          },
        ],
      }),
      claim('c-1', 'Le déficit a baissé de 2 %', {
        verdict: 'confirmed',
        rating: 'true',
        reviewState: 'approved',
        approvedBy: 'Sam',
        approvedAt: '2024-03-05T10:00:00.000Z',
      }),
      {
        ...claim('c-3', 'selon', {}),
        anchor: { exact: 'des mots partis', prefix: 'xx ', suffix: ' yy', start: 500, end: 515 },
      },
    ],
  };
}

describe('the HTML report', () => {
  const { article, claims } = reportArticle();
  const html = reportHtml(
    buildReport(article, claims, FIVE_RATING_SCALE),
    reportWords(),
    '2024-03-06T00:00:00.000Z',
  );
  const doc = new DOMParser().parseFromString(html, 'text/html');

  it('is one file: its style inline, nothing that runs or loads', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('link, img, iframe, object, embed')).toHaveLength(0);
    expect(doc.querySelector('style')?.textContent).toContain('@page');
    const attributes = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes]);
    expect(attributes.filter((a) => a.name.startsWith('on'))).toEqual([]);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')).not.toBeNull();
  });

  it('keeps the hostile texts as text', () => {
    expect(doc.title).toBe('Fact-check report: Budget <script>alert(1)</script> & co');
    expect(doc.querySelector('h1')?.textContent).toBe(article.title);
    expect(doc.querySelector('.report-text')?.textContent).toContain('<script>alert("x")</script>');
    expect(doc.querySelector('.report-note')?.textContent).toBe('Chiffres <b>partiels</b>.');
    expect(doc.querySelectorAll('b, i')).toHaveLength(0);
  });

  it('lists each claim with its number, rating, review and sources', () => {
    const entries = [...doc.querySelectorAll('.report-claim')];
    expect(entries.map((li) => li.querySelector('h3')?.textContent)).toEqual([
      '1. ✓ True',
      '2. ! Misleading',
      'Not found in the text: ? Unverified',
    ]);
    expect(entries[0]!.textContent).toContain('Approved by Sam');
    const source = entries[1]!.querySelector('a')!;
    expect(source.getAttribute('href')).toBe('https://insee.fr/deficit?a=1&b=<2>');
    expect(source.textContent).toBe('INSEE <i>note</i>');
    expect(entries[1]!.textContent).toContain('(Refutes)');
  });

  it('numbers the highlights of the text like the list', () => {
    const refs = [...doc.querySelectorAll('.report-ref')].map((sup) => sup.textContent);
    expect(refs).toEqual(['[1]', '[2]']);
    const marks = [...doc.querySelectorAll('.report-mark')].map((m) => m.textContent);
    expect(marks).toEqual(['Le déficit a baissé de 2 %', 'selon Bercy']);
  });
});
