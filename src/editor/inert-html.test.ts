import { describe, expect, it } from 'vitest';
import { inertHtml } from './inert-html';

describe('inertHtml', () => {
  it.each([
    ['<p onclick="x()">a</p>', '<p data-inert-onclick="x()">a</p>'],
    ['<p style="color:red" class=k>a</p>', '<p class=k>a</p>'],
    ['<div style="display: none">a</div>', '<div hidden>a</div>'],
    ["<a title='1 > 0' onmouseover='y'>a</a>", "<a title='1 > 0' data-inert-onmouseover='y'>a</a>"],
    ['<img src=x onerror=alert(1) />', '<img src=x data-inert-onerror=alert(1) />'],
    ['<style>p{color:red}</style><p>a</p>', '<p>a</p>'],
    ['<head><base href="https://evil.example/"></head>', '<head></head>'],
    ['<p>2 < 3 and style="x" onclick=y</p>', '<p>2 < 3 and style="x" onclick=y</p>'],
    ['<p>Texte « cité » : oui</p>', '<p>Texte « cité » : oui</p>'],
  ])('%s', (html, inert) => expect(inertHtml(html)).toBe(inert));
});
