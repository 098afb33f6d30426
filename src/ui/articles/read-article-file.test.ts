import { describe, expect, it } from 'vitest';
import { readArticleFile } from './read-article-file';

const latin1 = (text: string) => Uint8Array.from(Array.from(text, (c) => c.charCodeAt(0)));

describe('readArticleFile', () => {
  it('reads UTF-8, with or without a byte order mark', async () => {
    const text = 'Élections : « ça change » – 12 %';
    const file = new File(['\ufeff', text], 'a.txt', { type: 'text/plain' });
    expect(await readArticleFile(file)).toEqual({ kind: 'text', content: text });
  });

  it('reads a legacy page in the charset it declares, else in windows-1252', async () => {
    const page =
      '<html><head><meta charset="iso-8859-1"><title>Été</title></head><body><p>Déjà</p></body></html>';
    const read = await readArticleFile(
      new File([latin1(page)], 'page.html', { type: 'text/html' }),
    );
    expect(read).toEqual({ kind: 'html', content: page });
    // (Node decodes windows-1252 as ISO-8859-1, so the bytes 0x80–0x9F are left out here.)
    const note = await readArticleFile(new File([latin1('Déjà vu')], 'note.txt'));
    expect(note.content).toBe('Déjà vu');
  });

  it('refuses binary data', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    await expect(readArticleFile(new File([png], 'photo.txt'))).rejects.toThrow('photo.txt');
  });
});
