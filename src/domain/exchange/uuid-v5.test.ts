import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha1, uuidV5 } from './uuid-v5';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('sha1', () => {
  it.each([
    ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    ],
  ])('hashes %j as FIPS 180-4 says', (input, digest) => {
    expect(hex(sha1(new TextEncoder().encode(input)))).toBe(digest);
  });

  it('agrees with Node for every length around the block edges', () => {
    for (let length = 0; length < 200; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(hex(sha1(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
  });
});

describe('uuidV5', () => {
  it("gives RFC 9562's example (appendix A.4): www.example.com in the DNS namespace", () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('is the same for the same name, different for another name or namespace', () => {
    const ns = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
    const a = uuidV5('https://hypothes.is/a/abc', ns);
    expect(uuidV5('https://hypothes.is/a/abc', ns)).toBe(a);
    expect(uuidV5('https://hypothes.is/a/abd', ns)).not.toBe(a);
    expect(uuidV5('https://hypothes.is/a/abc', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('hashes names as UTF-8', () => {
    const ns = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
    const bytes = createHash('sha1')
      .update(Buffer.concat([Buffer.from(ns.replace(/-/g, ''), 'hex'), Buffer.from('é👍', 'utf8')]))
      .digest('hex');
    const id = uuidV5('é👍', ns).replace(/-/g, '');
    expect(id.slice(0, 12)).toBe(bytes.slice(0, 12));
  });
});
