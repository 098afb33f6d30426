import { describe, expect, it } from 'vitest';
import { createFinder } from './find';

const TEXT =
  `"L'information est inexacte.\u00a0"Bercy" n'a pas demandé d'audit.\u00a0C'est Cloudwatt.\n\n` +
  `« Cloudwatt est là et restera là », conclut Pierre Paperon. 😀 Le Président a démenti l’audit.`;

const found = (query: string, matchAccents = false) =>
  createFinder(TEXT)(query, { matchAccents }).map((m) => [...TEXT].slice(m.start, m.end).join(''));

describe('createFinder', () => {
  it.each([
    ["Bercy n'a pas demandé d'audit", [`Bercy" n'a pas demandé d'audit`]],
    ['"Bercy" n’a pas demandé d’audit', [`"Bercy" n'a pas demandé d'audit`]],
    ['bercy na pas demande daudit', [`Bercy" n'a pas demandé d'audit`]],
    ['cloudwatt est la', ['Cloudwatt est là']],
    ['« Cloudwatt est là et restera là »', ['« Cloudwatt est là et restera là »']],
    ['"Cloudwatt est là et restera là"', ['« Cloudwatt est là et restera là »']],
    ['«Cloudwatt est là', ['« Cloudwatt est là']],
    ['inexacte. "Bercy"', ['inexacte.\u00a0"Bercy"']],
    ["démenti l'audit", ['démenti l’audit']],
    ['cloudwatt', ['Cloudwatt', 'Cloudwatt']],
    ['le président', ['Le Président']],
    ['absent', []],
    ['   ', []],
  ])('%s', (query, expected) => {
    expect(found(query)).toEqual(expected);
  });

  it('matches accents only when asked', () => {
    expect(found('demande', true)).toEqual([]);
    expect(found('demandé', true)).toEqual(['demandé']);
    expect(found('demande', false)).toEqual(['demandé']);
  });

  it('gives code point offsets after astral characters', () => {
    const finder = createFinder(TEXT);
    const [match] = finder('président', { matchAccents: false });
    expect([...TEXT].slice(match!.start, match!.end).join('')).toBe('Président');
    expect(match!.start).toBe([...TEXT].join('').indexOf('Président') - 1);
  });
});
