import {
  anchor,
  article,
  claim,
  evidence,
  firstParagraph,
  imported,
  importedWith,
  refused,
  set,
  type HostileCase,
  type Json,
} from './hostile-file-shapes';

/** Numbers, dates and times, ids and documents. */
export const FIELD_CASES: HostileCase[] = [
  // Numbers.
  {
    name: 'a negative start',
    file: { bundle: set(anchor, 'start', -1) },
    outcome: refused(/start/),
  },
  {
    name: 'a start that is not whole',
    file: { bundle: set(anchor, 'start', 1.5) },
    outcome: refused(/start/),
  },
  {
    name: 'a start written as text',
    file: { bundle: set(anchor, 'start', '12') },
    outcome: refused(/start/),
  },
  {
    name: 'an end before the start',
    file: {
      bundle: (b) => {
        anchor(b).end = 0;
        anchor(b).start = 5;
        return b;
      },
    },
    outcome: refused(/end|start/),
  },
  {
    name: 'a W3C position too large to read',
    file: { w3cText: (t) => t.replace(/"start": \d+/, '"start": 1e400') },
    outcome: importedWith(/start: expected a finite number.*\(ignored\)/),
  },
  // Dates and times.
  {
    name: 'a year alone as a claim time',
    file: { bundle: set(claim, 'createdAt', '2024') },
    outcome: refused(/createdAt/),
  },
  {
    name: 'a six-digit year as a claim time',
    file: { bundle: set(claim, 'updatedAt', '+010000-01-01T00:00:00Z') },
    outcome: refused(/updatedAt/),
  },
  {
    name: 'the 30th of February as a time',
    file: { bundle: set(claim, 'createdAt', '2024-02-30T10:00:00Z') },
    outcome: refused(/createdAt/),
  },
  {
    name: 'words as a time',
    file: { bundle: set(claim, 'updatedAt', 'hier soir') },
    outcome: refused(/updatedAt/),
  },
  {
    name: 'a time with an offset',
    file: { bundle: set(claim, 'updatedAt', '2024-03-04T17:30:00+02:00') },
    outcome: imported,
  },
  {
    name: 'the 30th of February as a claim date',
    file: { bundle: set(claim, 'claimDate', '2014-02-30') },
    outcome: refused(/claimDate/),
  },
  {
    name: 'a year alone as a publication date',
    file: { bundle: set(article, 'publishedAt', '2014') },
    outcome: refused(/publishedAt/),
  },
  {
    name: 'a year alone as an approval time',
    file: { bundle: set(claim, 'approvedAt', '2024') },
    outcome: refused(/approvedAt/),
  },
  // Ids.
  {
    name: 'an article id with a space',
    file: {
      bundle: (b) => {
        article(b).id = 'un article';
        for (const c of b.claims as Json[]) c.articleId = 'un article';
        return b;
      },
    },
    outcome: refused(/id/),
  },
  { name: 'an empty claim id', file: { bundle: set(claim, 'id', '') }, outcome: refused(/id/) },
  {
    name: 'a claim id of 201 characters',
    file: { bundle: set(claim, 'id', 'x'.repeat(201)) },
    outcome: refused(/id/),
  },
  {
    name: 'a claim id with accents',
    file: { bundle: set(claim, 'id', 'réclamation') },
    outcome: refused(/id/),
  },
  {
    name: 'a claim id with blanks around it',
    file: { bundle: set(claim, 'id', '  c-1  ') },
    outcome: imported,
  },
  {
    name: 'an empty evidence id in a bundle',
    file: { bundle: set(evidence, 'id', '') },
    outcome: refused(/evidence\[0\]\.id/),
  },
  {
    name: 'a claim of an article the file does not hold',
    file: { bundle: set(claim, 'articleId', 'missing-article') },
    outcome: importedWith(/its article missing-article is neither in the file nor here/),
  },
  {
    name: 'the same claim id twice',
    file: {
      bundle: (b) => {
        claim(b, 1).id = claim(b, 0).id;
        return b;
      },
    },
    outcome: refused(/twice|duplicate|same id|claims/i),
  },
  // Documents.
  {
    name: 'an unknown mark',
    file: {
      bundle: (b) => {
        (firstParagraph(b).content as Json[])[0]!.marks = [{ type: 'highlight' }];
        return b;
      },
    },
    outcome: refused(/unknown mark|highlight/),
  },
  {
    name: 'a document whose root is not a document',
    file: {
      bundle: (b) => {
        (article(b).doc as Json).type = 'paragraph';
        return b;
      },
    },
    outcome: refused(/doc/),
  },
  {
    name: 'a text node without text',
    file: {
      bundle: (b) => {
        (firstParagraph(b).content as Json[])[0]!.text = 42;
        return b;
      },
    },
    outcome: refused(/text/),
  },
  {
    name: 'a wrong text hash',
    file: { bundle: set(article, 'textHash', '0'.repeat(64)) },
    outcome: refused(/hash|SHA/i),
  },
  {
    name: 'a document nested beyond reason',
    file: {
      bundle: (b) => {
        let node: Json = { type: 'text', text: 'x' };
        for (let i = 0; i < 500; i++) node = { type: 'blockquote', content: [node] };
        (article(b).doc as { content: Json[] }).content.push(node);
        return b;
      },
    },
    outcome: refused(/deep|nest|doc|text/i),
  },
];
