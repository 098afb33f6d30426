// @vitest-environment jsdom
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Trans } from 'react-i18next';
import { afterAll, describe, expect, it } from 'vitest';
import { problemMessage } from '../shared/problem-messages';
import { chooseLanguage, i18n } from './i18n';

// Titles, names, file names and the ids of imported files reach messages as values: whatever
// they hold, they show as they are, in plain messages and in <Trans> with its tags.

const HOSTILE = [
  '{{count}}.json',
  'a{{fileName}}b.json',
  '{{fileName}}',
  '{{- fileName}}',
  '{{title}} {{newClaims}}',
  '$t(Library)',
  '$t(Library, {"lng": "fr"})',
  '<strong>x</strong>.json',
  '<0>x</0>.json',
  '<1/>',
  '<br/>',
  '<script>alert(1)</script>',
  '&lt;b&gt; &amp; &#123; &#125; &nbsp; &#39;',
  'a$&b$1$`',
  'l\'été "x" / \\ }} {{',
];
const MARK = 'VALUE';

/** A message with MARK in place of a value, then the value put where MARK is. */
const expected = (text: string, value: string): string => text.replace(MARK, () => value);

/** The text of a rendered element, and the elements it holds. */
function rendered(element: ReactElement): { text: string; tags: string[]; inner: string[] } {
  const host = document.createElement('div');
  host.innerHTML = renderToStaticMarkup(element);
  const elements = [...host.querySelectorAll('*')];
  return {
    text: host.textContent ?? '',
    tags: elements.map((e) => e.tagName.toLowerCase()),
    inner: elements.map((e) => e.textContent ?? ''),
  };
}

const TRANS: [string, string, Record<string, unknown>][] = [
  ['<strong>{{fileName}}</strong> cannot be imported. Nothing was changed.', 'fileName', {}],
  [
    '<strong>{{fileName}}</strong> holds W3C annotations of {{count}} documents. Choose the article of each; their quotes are found in its text (quotes that are not found are kept as “not found”, never put on other words).',
    'fileName',
    { count: 2 },
  ],
  ['{{count}} annotations on <code>{{source}}</code>', 'source', { count: 5 }],
  [
    'Imported <strong>{{fileName}}</strong>: {{newClaims}} new and {{updatedClaims}} updated claims, {{newArticles}} new articles.',
    'fileName',
    { newClaims: 3, updatedClaims: 1, newArticles: 2 },
  ],
  ['From file <strong>{{name}}</strong>', 'name', {}],
];

function trans(key: string, name: string, value: string, extra: Record<string, unknown>) {
  const { count, ...values } = extra;
  return createElement(Trans, {
    i18n,
    t: i18n.t,
    i18nKey: key,
    values: { ...values, [name]: value },
    count: count as number | undefined,
    components: { strong: createElement('strong'), code: createElement('code') },
  });
}

describe.each(['en', 'fr'] as const)('values in %s messages', (language) => {
  afterAll(() => chooseLanguage('en'));

  it.each(HOSTILE)('t() shows %j verbatim', async (value) => {
    await chooseLanguage(language);
    const messages: [string, Record<string, unknown>][] = [
      ['Delete {{title}}', { title: MARK }],
      [
        '“{{title}}” and its {{count}} claims will be deleted from this browser. This cannot be undone.',
        { title: MARK, count: 3 },
      ],
      ['Backup saved as {{name}}', { name: MARK }],
      ['Created by {{name}}, {{date}}', { name: MARK, date: '5 mars 2024' }],
    ];
    for (const [key, options] of messages) {
      const marked = i18n.t(key, options);
      const withValue = Object.fromEntries(
        Object.entries(options).map(([k, v]) => [k, v === MARK ? value : v]),
      );
      expect(i18n.t(key, withValue)).toBe(expected(marked, value));
    }
    const own = problemMessage({ code: 'self-approval', data: { name: MARK } });
    expect(problemMessage({ code: 'self-approval', data: { name: value } })).toBe(
      expected(own, value),
    );
  });

  it.each(HOSTILE)('<Trans> shows %j verbatim, as text in its one tag', async (value) => {
    await chooseLanguage(language);
    for (const [key, name, extra] of TRANS) {
      const marked = rendered(trans(key, name, MARK, extra));
      const shown = rendered(trans(key, name, value, extra));
      expect(marked.inner).toEqual([MARK]);
      expect(shown.tags).toEqual(marked.tags);
      expect(shown.inner).toEqual([value]);
      expect(shown.text).toBe(expected(marked.text, value));
    }
  });
});
