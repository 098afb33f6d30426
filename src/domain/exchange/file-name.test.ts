import { describe, expect, it } from 'vitest';
import { exportFileName, fileSlug } from './file-name';

describe('fileSlug', () => {
  it.each([
    ['Cloudwatt aurait lui-même demandé son audit', 'cloudwatt-aurait-lui-meme-demande-son-audit'],
    ['« L’État » : 10 000 € ?', 'l-etat-10-000'],
    ['   ', 'article'],
    ['日本語', 'article'],
    ['a'.repeat(80), 'a'.repeat(60)],
  ])('%s -> %s', (title, slug) => {
    expect(fileSlug(title)).toBe(slug);
  });
});

describe('exportFileName', () => {
  const now = new Date('2026-11-24T23:50:00Z');
  it('names article and library exports after their subject and the date', () => {
    expect(exportFileName('Cloudwatt', now, '.verdict.json')).toBe(
      'cloudwatt-2026-11-24.verdict.json',
    );
    expect(exportFileName(null, now, '.csv')).toBe('library-2026-11-24.csv');
  });
});
