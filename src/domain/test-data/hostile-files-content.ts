import {
  annotation,
  article,
  bodies,
  claim,
  evidence,
  imported,
  importedWith,
  refused,
  selectors,
  set,
  type HostileCase,
  type Json,
} from './hostile-file-shapes';

/** Addresses, markup in every field, values of the wrong kind, sizes and W3C files. */
export const CONTENT_CASES: HostileCase[] = [
  // Addresses.
  {
    name: 'a javascript: evidence link',
    file: { bundle: set(evidence, 'url', 'javascript:alert(1)') },
    outcome: refused(/url/),
  },
  {
    name: 'a data: evidence link',
    file: { bundle: set(evidence, 'url', 'data:text/html,<script>alert(1)</script>') },
    outcome: refused(/url/),
  },
  {
    name: 'a javascript: source URL',
    file: { bundle: set(article, 'sourceUrl', 'javascript:alert(1)') },
    outcome: refused(/sourceUrl/),
  },
  {
    name: 'an ftp source URL',
    file: { bundle: set(article, 'sourceUrl', 'ftp://example.org/a') },
    outcome: refused(/sourceUrl/),
  },
  // Markup in every field: stored as text, never run.
  {
    name: 'a script in the title',
    file: { bundle: set(article, 'title', '<script>alert(1)</script> Cloudwatt') },
    outcome: imported,
  },
  {
    name: 'a closing script tag in a rationale',
    file: { bundle: set(claim, 'note', '</script><script>alert(1)</script>') },
    outcome: imported,
  },
  {
    name: 'an image with onerror in a tag',
    file: { bundle: set(claim, 'tags', ['<img src=x onerror=alert(1)>']) },
    outcome: imported,
  },
  {
    name: 'a translation template as the claimant',
    file: { bundle: set(claim, 'claimant', '{{count}} $t(Library) <0>x</0>') },
    outcome: imported,
  },
  {
    name: 'markup in a publisher and an author',
    file: {
      bundle: (b) => {
        article(b).publisher = '<b onmouseover=alert(1)>Hebdo</b>';
        article(b).author = '"><svg onload=alert(1)>';
        return b;
      },
    },
    outcome: imported,
  },
  {
    name: 'a formula as an evidence title',
    file: { bundle: set(evidence, 'title', '=HYPERLINK("http://evil.example","x")') },
    outcome: imported,
  },
  {
    name: 'U+2028 and U+2029 in a rationale',
    file: { bundle: set(claim, 'note', 'avant\u2028après\u2029fin') },
    outcome: imported,
  },
  {
    name: 'a review comment of markup',
    file: { bundle: set(claim, 'reviewComment', '<iframe src="javascript:alert(1)">') },
    outcome: imported,
  },
  // Values of the wrong kind.
  {
    name: 'an unknown verdict',
    file: { bundle: set(claim, 'verdict', 'maybe') },
    outcome: refused(/verdict/),
  },
  {
    name: 'an unknown review state',
    file: { bundle: set(claim, 'reviewState', 'published') },
    outcome: refused(/reviewState/),
  },
  {
    name: 'an unknown evidence stance',
    file: { bundle: set(evidence, 'stance', 'hates') },
    outcome: refused(/stance/),
  },
  {
    name: 'tags that are not text',
    file: { bundle: set(claim, 'tags', [1, 2]) },
    outcome: refused(/tags/),
  },
  {
    name: 'an unknown language',
    file: { bundle: set(article, 'language', 'klingon') },
    outcome: refused(/language/),
  },
  {
    name: 'a prototype key',
    file: {
      bundleText: (t) =>
        t.replace(
          '{',
          '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},',
        ),
    },
    outcome: imported,
  },
  // Sizes.
  {
    name: 'a rationale of a million characters',
    file: { bundle: set(claim, 'note', 'x'.repeat(1_000_000)) },
    outcome: imported,
  },
  {
    name: 'five hundred claims',
    file: {
      bundle: (b) => {
        const base = claim(b);
        b.claims = Array.from({ length: 500 }, (_, i) => ({ ...base, id: `bulk-${i}` }));
        return b;
      },
    },
    outcome: imported,
  },
  // W3C files.
  {
    name: 'a W3C annotation without a target',
    file: {
      w3c: (c) => {
        delete annotation(c).target;
        return c;
      },
    },
    outcome: importedWith(/items\[0\]\.target: missing/),
  },
  {
    name: 'a W3C quote selector without its quote',
    file: {
      w3c: (c) => {
        const quote = selectors(c).find((s) => s.type === 'TextQuoteSelector')!;
        delete quote.exact;
        return c;
      },
    },
    outcome: importedWith(/selector\[0\]\.exact: missing/),
  },
  {
    name: 'a W3C javascript: link',
    file: {
      w3c: (c) => {
        const link = bodies(c).find((x) => x.purpose === 'linking')!;
        link.source = 'javascript:alert(1)';
        return c;
      },
    },
    outcome: imported,
  },
  {
    name: 'a W3C unknown verdict',
    file: {
      w3c: (c) => {
        bodies(c).find((x) => x.purpose === 'assessing')!.value = 'peut-être';
        return c;
      },
    },
    outcome: imported,
  },
  {
    name: 'a W3C collection with no annotations',
    file: {
      w3c: (c) => {
        (c.first as Json).items = [];
        return c;
      },
    },
    outcome: refused(/no annotation|empty|items/i),
  },
];
