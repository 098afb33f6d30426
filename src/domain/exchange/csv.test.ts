import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS } from './claim-table';
import { neutraliseFormula, toCsv } from './csv';
import { makeArticle, makeClaim, sampleArticle, sampleClaims } from '../test-data/exchange';

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('toCsv', () => {
  const article = sampleArticle();
  const claims = sampleClaims(article);

  it('writes a header and one row per claim, read back the same by a CSV parser', () => {
    const rows = parse(toCsv([article], claims));
    expect(rows[0]).toEqual([...CLAIM_COLUMNS]);
    expect(rows).toHaveLength(1 + claims.length);
    expect(rows[1]).toEqual([
      article.title,
      article.sourceUrl,
      '"Bercy" n\'a pas demandé d\'audit',
      'disputed',
      'Disputed',
      'approved',
      'found',
      claims[0]!.note,
      'économie; cloud',
      'https://www.economie.gouv.fr/communique-cloudwatt',
      'Pierre Paperon',
      '2014-11-14',
      'Camille',
      '2024-03-02T09:00:00.000Z',
      'Camille',
      '2024-03-04T15:30:00.000Z',
      'Dominique',
      '2024-03-04T16:00:00.000Z',
      String(claims[0]!.anchor.start),
      String(claims[0]!.anchor.end),
    ]);
    expect(rows[2]![7]).toBe(`'${claims[1]!.note}`);
  });

  it.each([
    ['accents', 'Épreuve à l’œil nu : « déjà vu »'],
    ['quotes', 'Il a dit "non", puis ""peut-être"".'],
    ['commas and semicolons', 'un, deux; trois'],
    ['line breaks', 'Première ligne\nDeuxième ligne\r\nTroisième'],
    ['an emoji', 'Vrai 👍'],
    ['an empty note', ''],
  ])('keeps a note with %s intact', (_label, note) => {
    const one = makeArticle({ paragraphs: ['Une phrase, avec "des guillemets".'] });
    const claim = makeClaim(one, 'Une phrase, avec "des guillemets".', { note });
    const rows = parse(toCsv([one], [claim]));
    expect(rows[1]![2]).toBe('Une phrase, avec "des guillemets".');
    expect(rows[1]![7]).toBe(note);
  });

  it('uses CRLF between rows, as RFC 4180 says', () => {
    const csv = toCsv([article], claims.slice(2));
    expect(csv.split('\r\n')).toHaveLength(2);
  });

  it('orders rows by article, then reading order, and leaves out claims of other articles', () => {
    const first = makeArticle({
      id: 'a1',
      title: 'Premier',
      paragraphs: ['un deux'],
      createdAt: '2024-01-01T00:00:00.000Z',
    });
    const second = makeArticle({
      id: 'a2',
      title: 'Second',
      paragraphs: ['trois'],
      createdAt: '2024-01-02T00:00:00.000Z',
    });
    const rows = parse(
      toCsv(
        [second, first],
        [
          makeClaim(second, 'trois', { id: 'c3' }),
          makeClaim(first, 'deux', { id: 'c2' }),
          makeClaim(first, 'un', { id: 'c1' }),
          makeClaim(first, 'un', { id: 'c4', articleId: 'gone' }),
        ],
      ),
    );
    expect(rows.slice(1).map((row) => [row[0], row[2]])).toEqual([
      ['Premier', 'un'],
      ['Premier', 'deux'],
      ['Second', 'trois'],
    ]);
  });

  it('writes only a header when there is no claim', () => {
    expect(parse(toCsv([article], []))).toEqual([[...CLAIM_COLUMNS]]);
  });
});

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","clic")', '\'=HYPERLINK("http://x","clic")'],
    ['+33 1 23', "'+33 1 23"],
    ['-12 %', "'-12 %"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\tplain text', "'\tplain text"],
    ['\r=1', "'\r=1"],
    ['\rplain text', "'\rplain text"],
    ['  =1+1', "'  =1+1"],
    [' +1', "' +1"],
    ['   -1', "'   -1"],
    [' @A1', "' @A1"],
    ['\n=1+1', "'\n=1+1"],
    ['\r\n\n =1', "'\r\n\n =1"],
    ['\u00a0=1', "'\u00a0=1"],
    ['\u3000=1', "'\u3000=1"],
    ['＝HYPERLINK("http://x")', '\'＝HYPERLINK("http://x")'],
    ['＋33', "'＋33"],
    ['－12', "'－12"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    [' ＝1', "' ＝1"],
    ['\u3000＝1', "'\u3000＝1"],
  ])('neutralises %j', (cell, safe) => {
    expect(neutraliseFormula(cell)).toBe(safe);
  });

  it.each([
    'Texte = formule ?',
    'a=1',
    'x + y',
    'e-mail',
    'contact@example.org',
    '  texte',
    '\ntexte',
    '1 + 1',
    "'=1",
    '',
  ])('leaves %j as it is', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('neutralises every text cell of a row, and only a formula-like one', () => {
    const one = makeArticle({ title: ' =1+1', paragraphs: ['＋ plus'] });
    const claim = makeClaim(one, '＋ plus', { note: '\n@cmd', tags: ['-a', 'b'], claimant: 'Zoé' });
    const row = parse(toCsv([one], [claim]))[1]!;
    expect(row[0]).toBe("' =1+1");
    expect(row[2]).toBe("'＋ plus");
    expect(row[7]).toBe("'\n@cmd");
    expect(row[8]).toBe("'-a; b");
    expect(row[10]).toBe('Zoé');
  });
});
