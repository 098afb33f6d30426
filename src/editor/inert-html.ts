// Chromium applies the app's Content-Security-Policy to every document the page parses
// (DOMParser, <template>, createHTMLDocument alike): an event-handler or style attribute, a
// <style> element or a <base> in untrusted HTML is refused, safely, but with a console report
// each. The HTML is made inert as text before any parser sees it, so that reading a page reports
// nothing; the sanitiser still decides what is kept (docs/DECISIONS.md, "Article input").

// A start tag: its name, then attributes whose quoted values may hold ">".
const START_TAG =
  /<([a-zA-Z][^\s/>]*)((?:\s+(?:[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?|\/))*)\s*(\/?)>/gu;
const ATTRIBUTE = /(\s*)([^\s"'>/=]+)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gu;
const HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/iu;

/** The attributes of a start tag with event handlers and styles renamed, and a hiding style kept as `hidden`. */
function inertAttributes(attributes: string): string {
  let hidden = false;
  const renamed = attributes.replace(
    ATTRIBUTE,
    (whole, space: string, name: string, value, double, single, bare) => {
      const lower = name.toLowerCase();
      if (lower === 'style') {
        const css = (double ?? single ?? bare ?? '') as string;
        if (HIDDEN.test(css)) hidden = true;
        return '';
      }
      return /^on/u.test(lower) ? `${space}data-inert-${name}${value ?? ''}` : whole;
    },
  );
  return hidden ? `${renamed} hidden` : renamed;
}

/** Untrusted HTML with nothing a parser would check against the page's CSP: no handlers, style attributes, <style> or <base>. */
export function inertHtml(html: string): string {
  return html
    .replace(/<style\b[\s\S]*?(?:<\/style\s*>|$)/giu, '')
    .replace(/<base\b[^>]*>/giu, '')
    .replace(START_TAG, (_tag, name: string, attributes: string, selfClosing: string) => {
      return `<${name}${inertAttributes(attributes)}${selfClosing ? ' /' : ''}>`;
    });
}
