import { describe, expect, it } from 'vitest';
import { findAll, foldString, foldText, GradualFold, type FoldOptions } from './match-text';

const FRENCH =
  "L'information est inexacte.\u00a0\"Bercy\" n'a pas demandé d'audit.\u00a0C'est Cloudwatt avec l'accord de son conseil de surveillance qui a demandé un audit pour faciliter la passation à un nouveau DG en cours de sélection.";

const FIND: FoldOptions = { ignoreCase: true, ignoreAccents: true, ignorePunctuation: true };

describe('foldText', () => {
  it.each<[string, string, FoldOptions, string]>([
    ['plain text is kept', 'Plain text', {}, 'Plain text'],
    ['NFD folds like NFC', 'de\u0301ja\u0300', {}, 'déjà'],
    ['curly apostrophes', 'l’été ‘x’ ʼa ′b `c', {}, "l'été 'x' 'a 'b 'c"],
    ['double quotes and guillemets', '“a” „b« c »‹d›″', {}, '"a" "b"c""d""'],
    [
      'guillemets drop their inner spaces',
      '«\u00a0Bercy\u00a0» et «Paris»',
      {},
      '"Bercy" et "Paris"',
    ],
    ['Unicode spaces', 'a\u00a0b\u202fc\u2009d\te\nf', {}, 'a b c d e f'],
    ['whitespace runs collapse', 'a \u00a0\n\n  b', {}, 'a b'],
    ['dashes stay', 'a – b — c', {}, 'a – b — c'],
    ['soft hyphens vanish', 'infor\u00admation', {}, 'information'],
    ['ignoreCase', 'ÉTÉ Œuvre', { ignoreCase: true }, 'été œuvre'],
    ['ignoreAccents', 'Élève ça œuvre', { ignoreAccents: true }, 'Eleve ca œuvre'],
    ['ignoreAccents on NFD', 'E\u0301le\u0300ve', { ignoreAccents: true }, 'Eleve'],
    ['ignorePunctuation', '"Bercy" n\'a, pas!', { ignorePunctuation: true }, 'Bercy na pas'],
    ['punctuation between spaces', 'a , b « c »', { ignorePunctuation: true }, 'a b c '],
    ['dashes are punctuation', 'a – b', { ignorePunctuation: true }, 'a b'],
    ['emoji are kept', 'a 😀 b', FIND, 'a 😀 b'],
  ])('%s', (_name, raw, options, folded) => {
    expect(foldText(raw, options).folded).toBe(folded);
  });

  it.each<[string, FoldOptions]>([
    ['e\u0301te\u0301 😀 l’a  «\u00a0x\u00a0»', {}],
    ['ÉLÈVE, l’été 𝔘!', FIND],
    [FRENCH, {}],
    [FRENCH.normalize('NFD'), FIND],
  ])('maps every folded unit back into the raw text (%j)', (raw, options) => {
    const { folded, toRaw, toRawEnd } = foldText(raw, options);
    expect(toRaw.length).toBe(folded.length + 1);
    expect(toRawEnd.length).toBe(folded.length);
    expect(toRaw[folded.length]).toBe(raw.length);
    for (let i = 0; i < folded.length; i++) {
      expect(toRaw[i]).toBeLessThan(toRawEnd[i]!);
      if (i > 0) expect(toRaw[i]).toBeGreaterThanOrEqual(toRaw[i - 1]!);
      // Each unit's source folds, on its own, to text containing that unit.
      const source = foldText(raw.slice(toRaw[i], toRawEnd[i]), options).folded;
      expect(source).toContain(folded[i]);
    }
  });

  it.each<[string, FoldOptions]>([
    [FRENCH, {}],
    [FRENCH.normalize('NFD'), FIND],
    ['  l’été\u00a0\u00a0😀 « x » ', { ignorePunctuation: true }],
  ])('foldString(%j) equals foldText().folded', (raw, options) => {
    expect(foldString(raw, options)).toBe(foldText(raw, options).folded);
  });

  it('folds NFC and NFD French alike', () => {
    expect(foldText(FRENCH.normalize('NFD')).folded).toBe(foldText(FRENCH).folded);
    expect(foldText(FRENCH.normalize('NFD'), FIND).folded).toBe(foldText(FRENCH, FIND).folded);
  });
});

describe('findAll', () => {
  it.each<[string, string, string, FoldOptions, string[]]>([
    ['a plain phrase', FRENCH, 'demandé', {}, ['demandé', 'demandé']],
    [
      'the find-box example',
      FRENCH,
      "Bercy n'a pas demandé d'audit",
      FIND,
      ["Bercy\" n'a pas demandé d'audit"],
    ],
    ['case and accents', FRENCH, 'SELECTION', FIND, ['sélection']],
    ['curly needle, straight text', FRENCH, 'l’accord', {}, ["l'accord"]],
    ['NBSP text, space needle', FRENCH, 'inexacte. "Bercy"', {}, ['inexacte.\u00a0"Bercy"']],
    ['NFD text, NFC needle', 'un été, deux étés', 'étés', {}, ['e\u0301te\u0301s']],
    ['tight around dropped punctuation', 'x, « oui ». y', 'oui', FIND, ['oui']],
    [
      'needle spanning dropped quotes',
      'dit « oui » hier',
      'dit oui hier',
      FIND,
      ['dit « oui » hier'],
    ],
    ['non-overlapping', 'aaaa', 'aa', {}, ['aa', 'aa']],
    ['astral characters', '😀 un 😀 un', '😀 un', {}, ['😀 un', '😀 un']],
    ['no match', FRENCH, 'Cloudwatt a demandé', {}, []],
    ['empty needle', FRENCH, '  ', {}, []],
  ])('%s', (_name, text, needle, options, expected) => {
    const raw = expected.some((e) => e.includes('\u0301')) ? text.normalize('NFD') : text;
    const ranges = findAll(foldText(raw, options), needle, options);
    expect(ranges.map(({ start, end }) => raw.slice(start, end))).toEqual(expected);
  });
});

describe('GradualFold', () => {
  // Whitespace runs, guillemets' inner spaces, NFD marks and surrogate pairs across the pieces.
  const TRICKY = `«\u00a0Bercy\u00a0»  a\n\n b de\u0301ja\u0300 😀 « x »${FRENCH} \u00a0`;

  it.each([1, 2, 3, 5, 7, 64])('folds %i units at a time exactly as foldText does', (units) => {
    for (const options of [{}, FIND]) {
      const gradual = new GradualFold(TRICKY, options);
      let folded;
      let steps = 0;
      while (!(folded = gradual.step(units))) steps++;
      expect(folded).toEqual(foldText(TRICKY, options));
      // Clusters (a base and its marks, a surrogate pair) are never cut: some steps take more.
      expect(steps).toBeGreaterThanOrEqual(Math.floor(TRICKY.length / units / 2));
    }
  });
});
