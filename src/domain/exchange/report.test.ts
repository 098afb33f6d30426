import { describe, expect, it } from 'vitest';
import { FIVE_RATING_SCALE, VERDICT_SCALE } from '../claims/ratings';
import { reportArticle, TEST_REPORT_WORDS } from '../test-data/report';
import { buildReport } from './report-model';
import { markdownText, reportMarkdown } from './report-markdown';

describe('the report model', () => {
  const { article, claims } = reportArticle();
  const report = buildReport(article, claims, FIVE_RATING_SCALE);

  it('numbers the claims found in reading order, then lists those not found', () => {
    expect(report.claims.map((c) => [c.number, c.claim.id, c.rating?.id])).toEqual([
      [1, 'c-1', 'true'],
      [2, 'c-2', 'misleading'],
      [null, 'c-3', undefined],
    ]);
  });

  it('counts the claims of each rating of the scale, then those with a verdict alone', () => {
    expect(report.counts.map((row) => [row.rating?.id ?? row.verdict, row.count])).toEqual([
      ['true', 1],
      ['mostly-true', 0],
      ['missing-context', 0],
      ['misleading', 1],
      ['false', 0],
      ['unverified', 1],
    ]);
    expect(report.reviewers).toEqual(['Camille', 'Sam']);
    expect(report.approvals).toEqual(['2024-03-05T10:00:00.000Z']);
  });

  it('on the default scale, shows each claim with its verdict’s rating', () => {
    const plain = buildReport(article, claims, VERDICT_SCALE);
    expect(plain.claims.map((c) => c.rating?.id)).toEqual(['confirmed', 'disputed', 'unverified']);
  });

  it('cuts the text into paragraphs of runs, each claim numbered where it starts', () => {
    const [first, second] = report.paragraphs;
    expect(first!.map((run) => run.text).join('')).toBe(article.text.split('\n\n')[0]);
    expect(second!.map((run) => run.text).join('')).toBe(article.text.split('\n\n')[1]);
    expect(first![0]).toEqual({ text: 'Le déficit a baissé de 2 %', covering: [1], starting: [1] });
    const bercy = first!.find((run) => run.text === 'selon Bercy');
    expect(bercy).toEqual({ text: 'selon Bercy', covering: [2], starting: [2] });
    expect(second).toEqual([{ text: second![0]!.text, covering: [], starting: [] }]);
  });
});

describe('the Markdown report', () => {
  const { article, claims } = reportArticle();
  const markdown = reportMarkdown(
    buildReport(article, claims, FIVE_RATING_SCALE),
    TEST_REPORT_WORDS,
    '2024-03-06T00:00:00.000Z',
  );

  it('writes the details, summary, claims with sources and the numbered text', () => {
    expect(markdown).toContain(
      '# Fact-check report: Budget &lt;script>alert(1)&lt;/script> &amp; co',
    );
    expect(markdown).toContain(
      '- **Source:** [https://example.org/budget](<https://example.org/budget>)',
    );
    expect(markdown).toContain('| ✓ True | 1 |');
    expect(markdown).toContain('| ! Misleading | 1 |');
    expect(markdown).toContain('### 1\\. ✓ True');
    expect(markdown).toContain('- Approved by Sam on 2024-03-05T10:00:00.000Z');
    expect(markdown).toContain('### Not found in the text: unverified');
    expect(markdown).toContain('> des mots partis');
    expect(markdown).toContain(
      '  - [INSEE &lt;i>note&lt;/i>](<https://insee.fr/deficit?a=1&b=%3C2%3E>) (refutes)',
    );
    expect(markdown).toContain('\\[1\\]**Le déficit a baissé de 2 %** en 2024.');
    expect(markdown).toContain('\\[2\\]**selon Bercy**.');
  });

  it('never lets the article or a claim write HTML or Markdown markup', () => {
    expect(markdown).not.toMatch(/<script/i);
    expect(markdown).not.toMatch(/<b>|<i>/);
    expect(markdown).toContain(
      '\\# Pas un titre \\| et \\*pas\\* de \\[lien\\](javascript:alert(1)).',
    );
  });

  it.each([
    ['*a* _b_ `c`', '\\*a\\* \\_b\\_ \\`c\\`'],
    ['- item', '\\- item'],
    ['1. first', '1\\. first'],
    ['> quote', '\\> quote'],
    ['a < b & c', 'a &lt; b &amp; c'],
    ['line\nnext', 'line  \nnext'],
  ])('escapes %j', (value, escaped) => {
    expect(markdownText(value)).toBe(escaped);
  });
});
