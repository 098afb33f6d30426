// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleMetaProblems, emptyArticleMeta } from '../../domain/claims/article-meta';
import { evidenceProblem, newEvidence } from '../../domain/claims/evidence';
import { reviewChange } from '../../domain/claims/review-state';
import { reviewerSettingsProblems } from '../../domain/claims/reviewer';
import { problemMessage } from '../shared/problem-messages';
import type { Problem } from '../../domain/problem';
import { formatBytes, formatDateTime, formatDay, formatNumber } from '../shared/format';
import { chooseLanguage, i18n, initialLanguage } from './i18n';
import en from './locales/en.json';
import fr from './locales/fr.json';

// Every UI message is written in English in the sources, as the key of `t('…')`, `msg('…')` or
// `<Trans i18nKey="…">`. These tests keep fr.json complete and free of stale keys.

// The tests run from the project's root (jsdom's URL cannot resolve this file's own URL).
const UI_DIR = join(process.cwd(), 'src', 'ui');
const FR: Record<string, string> = fr;
const EN: Record<string, string> = en;

const FRENCH_PLURALS = ['one', 'many', 'other'];
const ENGLISH_PLURALS = ['one', 'other'];
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

interface Use {
  key: string;
  file: string;
  /** Whether it is a plural key: one with a `{{count}}`, or used with a `count`. */
  plural: boolean;
}

/** The text of a call or element from `start` to its closing bracket (strings skipped). */
function balanced(source: string, start: number, open: string, close: string): string {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i]!;
    if (c === "'" || c === '"' || c === '`') {
      const end = source.indexOf(c, i + 1);
      if (end < 0) break;
      i = end;
    } else if (c === open) depth++;
    else if (c === close && --depth === 0) return source.slice(start, i + 1);
  }
  return source.slice(start);
}

/** Every literal message key of the UI sources, where it is used and whether as a plural. */
function messageUses(): Use[] {
  const files = readdirSync(UI_DIR, { recursive: true, encoding: 'utf8' }).filter(
    (name) => /\.tsx?$/.test(name) && !name.endsWith('.test.ts'),
  );
  const uses: Use[] = [];
  for (const file of files) {
    const source = readFileSync(join(UI_DIR, file), 'utf8');
    const call = /\b(t|msg)\(\s*(['"`])((?:(?!\2)[^\\])*)\2/g;
    for (const match of source.matchAll(call)) {
      const args = balanced(source, match.index + match[1]!.length, '(', ')');
      const withCount = /\bcount\b/.test(args.slice(match[0].length));
      uses.push({ key: match[3]!, file, plural: withCount || match[3]!.includes('{{count}}') });
    }
    const trans = /<Trans\b/g;
    for (const match of source.matchAll(trans)) {
      const element = balanced(source, match.index, '<', '>');
      const key = /\bi18nKey=(?:\{\s*)?(['"])((?:(?!\1).)*)\1/s.exec(element);
      if (!key) throw new Error(`${file}: a <Trans> without a literal i18nKey`);
      const withCount = /\bcount=/.test(element);
      uses.push({ key: key[2]!, file, plural: withCount || key[2]!.includes('{{count}}') });
    }
  }
  return uses;
}

const uses = messageUses();
const keys = new Set(uses.map((u) => u.key));
const pluralKeys = new Set(uses.filter((u) => u.plural).map((u) => u.key));

/**
 * The placeholders and tags of an entry's text, which must be those of its key; the singular
 * form may write its number in words ("one document").
 */
function markersDiffer(entry: string, text: string): boolean {
  const of = (message: string) =>
    (message.match(/\{\{[^}]+\}\}|<\/?[a-z]+\s*\/?>/g) ?? [])
      .filter((marker) => !entry.endsWith('_one') || marker !== '{{count}}')
      .sort()
      .join(' ');
  return of(text) !== of(entry.replace(PLURAL_SUFFIX, ''));
}

describe('the French translation', () => {
  it('finds the messages of the sources', () => {
    expect(keys.size).toBeGreaterThan(250);
    expect(keys).toContain('Library');
    expect(pluralKeys).toContain('{{count}} articles · stored in this browser');
  });

  it('has every message of the sources', () => {
    const missing = [...keys].filter((key) =>
      pluralKeys.has(key)
        ? FRENCH_PLURALS.some((form) => FR[`${key}_${form}`] === undefined)
        : FR[key] === undefined,
    );
    expect(missing).toEqual([]);
  });

  it('has no message the sources no longer use', () => {
    const stale = Object.keys(FR).filter((entry) => {
      const base = entry.replace(PLURAL_SUFFIX, '');
      return entry === base ? !keys.has(entry) || pluralKeys.has(entry) : !pluralKeys.has(base);
    });
    expect(stale).toEqual([]);
  });

  it('has no key used both as a plural and as a plain message', () => {
    const plain = new Set(uses.filter((u) => !u.plural).map((u) => u.key));
    expect([...pluralKeys].filter((key) => plain.has(key))).toEqual([]);
  });

  it('keeps the placeholders and tags of each message', () => {
    const wrong = Object.entries(FR).filter(([entry, text]) => markersDiffer(entry, text));
    expect(wrong).toEqual([]);
  });

  it('follows French typography', () => {
    const problems: string[] = [];
    for (const [entry, text] of Object.entries(FR)) {
      const plain = text.replace(/<[^>]*>/g, (tag) => ' '.repeat(tag.length));
      if (text.trim() === '') problems.push(`${entry}: empty`);
      if (/'/.test(text)) problems.push(`${entry}: straight apostrophe`);
      if (/\.\.\./.test(text)) problems.push(`${entry}: three dots instead of …`);
      if (/[“”"]/.test(text)) problems.push(`${entry}: English quotes`);
      if (/«(?!\u00a0)|(?<!\u00a0)»/.test(text)) problems.push(`${entry}: « » without nbsp`);
      for (const match of plain.matchAll(/[:;?!]/g)) {
        const at = match.index;
        const url = match[0] === ':' && plain.startsWith('//', at + 1);
        // A key name in <kbd> (the "?" key) is not punctuation.
        const kbd = text.slice(0, at).endsWith('<kbd>') && text.startsWith('</kbd>', at + 1);
        if (!url && !kbd && plain[at - 1] !== '\u00a0') {
          problems.push(`${entry}: no non-breaking space before “${match[0]}”`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the English plural forms', () => {
  it('are there for every plural message, and only for those', () => {
    const expected = [...pluralKeys].flatMap((key) => ENGLISH_PLURALS.map((f) => `${key}_${f}`));
    expect(Object.keys(EN).sort()).toEqual(expected.sort());
  });

  it('keep the placeholders and tags of each message', () => {
    const wrong = Object.entries(EN).filter(([entry, text]) => markersDiffer(entry, text));
    expect(wrong).toEqual([]);
  });
});

describe('the UI language at work', () => {
  beforeAll(() => chooseLanguage('fr'));
  afterAll(async () => {
    await chooseLanguage('en');
    localStorage.clear();
  });

  it('is remembered, and the page says which language it is in', () => {
    expect(initialLanguage()).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('translates, interpolates and chooses the French plural form', () => {
    expect(i18n.t('Library')).toBe('Bibliothèque');
    expect(i18n.t('Disputed')).toBe('Contesté');
    expect(i18n.t('{{count}} claims here', { count: 1 })).toBe('1 affirmation ici');
    expect(i18n.t('{{count}} claims here', { count: 2 })).toBe('2 affirmations ici');
    // French has a "many" form (for millions): it must not fall back to English.
    expect(i18n.t('{{count}} claims here', { count: 2_000_000 })).toBe('2000000 affirmations ici');
    expect(i18n.t('Delete {{title}}', { title: 'L’Élysée' })).toContain('L’Élysée');
  });

  it('writes dates, numbers and sizes the French way', () => {
    expect(formatDay('2026-11-24')).toBe('24 nov. 2026');
    expect(formatDateTime('2026-11-24T22:40:00Z')).toMatch(/^24 nov\. 2026/);
    expect(formatNumber(12345)).toBe('12\u202f345');
    expect(formatBytes(3_200_000)).toBe('3,2\u00a0Mo');
  });

  it('translates the messages of the domain shown in forms', async () => {
    const messages = [
      ...articleMetaProblems({
        ...emptyArticleMeta(),
        sourceUrl: 'ftp://example.org',
        publishedAt: '24/11/2026',
      }),
      ...reviewerSettingsProblems({
        reviewerName: '',
        organisationName: '',
        organisationUrl: 'example.org',
      }),
      evidenceProblem(newEvidence('a'))!,
      evidenceProblem({ ...newEvidence('b'), url: 'javascript:alert(1)' })!,
    ] satisfies Problem[];
    const claim = { reviewState: 'in-review', createdBy: 'Camille' } as const;
    const own = reviewChange(claim, 'approve', 'Camille', '2026-11-24T00:00:00Z');
    const nameless = reviewChange(claim, 'approve', '', '2026-11-24T00:00:00Z');
    const sentBack = reviewChange(claim, 'send-back', 'Camille', '2026-11-24T00:00:00Z', ' ');
    if (own.ok && own.warning) messages.push(own.warning);
    if (nameless.ok && nameless.warning) messages.push(nameless.warning);
    if (!sentBack.ok) messages.push(sentBack.problem);
    expect(messages).toHaveLength(9);
    const french = messages.map(problemMessage);
    await i18n.changeLanguage('en');
    const english = messages.map(problemMessage);
    await i18n.changeLanguage('fr');
    for (const [i, message] of french.entries()) expect(message, message).not.toBe(english[i]);
    expect(problemMessage(own.ok ? own.warning! : messages[0]!)).toContain('Camille');
  });
});

describe('English', () => {
  it('is the text of the keys, with its plural forms', () => {
    expect(i18n.language).toBe('en');
    expect(i18n.t('Library')).toBe('Library');
    expect(i18n.t('{{count}} articles · stored in this browser', { count: 1 })).toBe(
      '1 article · stored in this browser',
    );
    expect(i18n.t('{{count}} articles · stored in this browser', { count: 3 })).toBe(
      '3 articles · stored in this browser',
    );
    expect(problemMessage({ code: 'article-title-missing' })).toBe('The article needs a title.');
    expect(formatBytes(3_200_000)).toBe('3.2 MB');
    expect(formatNumber(12345)).toBe('12,345');
  });
});
