import type { ChromeKind, ChromeLine } from './chrome-kind';
import * as P from './chrome-patterns';
import { lineKey, wordCount } from './line-key';
import { headlineIndex, textLines, type TextLine } from './headline-index';

// Which lines of a pasted page are site chrome: docs/DECISIONS.md, "Article input".

/** A kind of chrome that also takes the lines after it (a form, a list, a footer). */
type Zone = 'error-form' | 'newsletter' | 'read-also' | 'copyright';

const ZONE_LIMIT: Record<Zone, number> = {
  'error-form': 8,
  newsletter: 6,
  'read-also': 8,
  copyright: 12,
};

const isSentence = (key: string) => /[.…]["»”')]?$/u.test(key) && !/\.{3}$/u.test(key);

/** Whether a line is made of menu phrases only (one, or several split by separators). */
function isMenu(key: string): boolean {
  const bare = key.replace(/[\s:›>»|]+$/u, '');
  if (P.MENU_PHRASES.has(bare)) return true;
  const parts = bare.split(P.SEPARATORS).filter((part) => part !== '');
  return parts.length >= 2 && parts.every((part) => P.MENU_PHRASES.has(part));
}

/** Whether a line is made of share buttons only. */
function isShareButtons(key: string): boolean {
  const tokens = key.split(/[\s|·•]+/u).filter((token) => token !== '');
  return tokens.length > 0 && tokens.every((token) => P.SHARE_WORD.test(token));
}

/** The kind of chrome one line is on its own, if any. */
function kindOf(key: string): ChromeKind | null {
  const words = wordCount(key);
  if (words > 40) return null;
  if (P.ERROR_FORM.test(key)) return 'error-form';
  if (P.COPYRIGHT.test(key)) return 'copyright';
  const cookieTitle = words <= 6 && P.COOKIE_TITLE.test(key);
  if (
    cookieTitle ||
    P.COOKIE_BUTTON.test(key) ||
    (P.COOKIE_ABOUT.test(key) && P.COOKIE_ASK.test(key))
  ) {
    return 'cookie';
  }
  if (words <= 25 && P.NEWSLETTER.test(key)) return 'newsletter';
  if (words <= 20 && P.READ_ALSO.test(key)) return 'read-also';
  if (P.AD.test(key)) return 'ad';
  if (P.COMMENTS.test(key)) return 'comments';
  if (words <= 8 && !isSentence(key) && (P.SHARE.test(key) || isShareButtons(key))) {
    return 'share';
  }
  if (words <= 12 && (isMenu(key) || P.READING_TIME.test(key))) return 'menu';
  return null;
}

/** Whether a line opens a zone: a bare heading ("À lire aussi") or a form's first line. */
function opensZone(kind: ChromeKind, key: string): Zone | null {
  if (kind === 'error-form' || kind === 'newsletter' || kind === 'copyright') return kind;
  if (kind === 'read-also' && wordCount(key.replace(/[\s:|›>-]+$/u, '')) <= 5) return kind;
  return null;
}

/** Whether a line still belongs to the zone opened above it. */
function continues(zone: Zone, key: string): boolean {
  const words = wordCount(key);
  switch (zone) {
    case 'error-form':
      return words <= 2 || /^(?:étape|step) ?\d/u.test(key) || P.ERROR_FORM_WORDS.test(key);
    case 'newsletter':
      return words <= 3 || (words <= 40 && P.NEWSLETTER_WORDS.test(key));
    case 'read-also':
      return !isSentence(key) && words <= 20;
    case 'copyright':
      return words <= 8 && !isSentence(key);
  }
}

/** A breadcrumb line, and what is left of it when a headline is glued to its end. */
function breadcrumb(line: TextLine): { tail: string } | null {
  const text = line.text.trim();
  if (P.GLUED_HOME.test(text)) {
    let rest = text.replace(P.GLUED_HOME, '');
    for (let crumb = P.GLUED_CRUMB.exec(rest); crumb; crumb = P.GLUED_CRUMB.exec(rest)) {
      rest = rest.slice(crumb[0].length);
    }
    return { tail: rest.trim() };
  }
  const parts = text.split(/\s*[›»>→/|]\s*/u).filter((part) => part !== '');
  if (parts.length >= 2 && P.HOME.test(lineKey(parts[0]!))) {
    const tail = parts[parts.length - 1]!;
    return { tail: wordCount(lineKey(tail)) >= 4 ? tail : '' };
  }
  return null;
}

/** The lines of a text that look like site chrome, in order, with what each becomes once removed. */
export function findChromeLines(text: string): ChromeLine[] {
  const lines = textLines(text);
  const marks = new Map<number, ChromeLine>();
  const mark = (line: TextLine, kind: ChromeKind, replacement = '') =>
    marks.set(line.index, { line: line.index, kind, replacement });

  let zone: { kind: Zone; left: number } | null = null;
  for (const line of lines) {
    if (zone && zone.left > 0 && continues(zone.kind, line.key)) {
      mark(line, zone.kind === 'copyright' ? 'menu' : zone.kind);
      zone.left -= 1;
      continue;
    }
    zone = null;
    const crumbs = breadcrumb(line);
    if (crumbs) {
      const repeated = lines.some((other) => other !== line && other.key === lineKey(crumbs.tail));
      mark(line, 'breadcrumb', repeated ? '' : crumbs.tail);
      continue;
    }
    const kind = kindOf(line.key);
    if (!kind) continue;
    mark(line, kind);
    const opened = opensZone(kind, line.key);
    if (opened) zone = { kind: opened, left: ZONE_LIMIT[opened] };
  }

  // Short lines before the headline are menus and section names, unless they date or sign it.
  const kept = lines.map((line) => {
    const replaced = marks.get(line.index);
    return replaced ? { ...line, key: lineKey(replaced.replacement), pastedKey: line.key } : line;
  });
  const found = headlineIndex(kept);
  let headline = found.at;
  // A headline repeated with nothing but chrome in between: the first one is a sticky bar's.
  const again = kept.findIndex((line, i) => i > headline && line.key === kept[headline]?.key);
  if (
    found.repeated &&
    again > 0 &&
    kept.slice(headline + 1, again).every((l) => marks.has(l.index))
  ) {
    mark(lines[headline]!, 'menu');
    headline = again;
  }
  for (const line of lines.slice(0, Math.max(headline, 0))) {
    if (marks.has(line.index) || wordCount(line.key) > 6) continue;
    if (P.DATELINE.test(line.key) || P.BYLINE.test(line.text.trim())) continue;
    mark(line, 'menu');
  }
  return [...marks.values()].sort((a, b) => a.line - b.line);
}
