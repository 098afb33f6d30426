// What a page marks as chrome by its own names: classes, ids, roles and microdata that say
// "byline", "comments", "newsletter", "related", "share"… (docs/DECISIONS.md, "Article input").
// Only whole words of a class or id count, so that "article-share-count" matches and "shareholders" does not.
const CHROME_NAME =
  /(?:^|[-_\s])(?:byline|bylines|author-?bio|author-box|about-the-author|entry-meta|post-meta|article-meta|meta|signature|comments?|comment-list|respond|newsletter|subscribe|subscription|related|read-?also|inline-related|more-stories|most-read|popular|share|sharing|social|tags|tag-list|breadcrumbs?|cookies?|consent|promo|promotion|advert|ads?|sponsor(?:ed)?|widget|sidebar|error-?report|signaler|report-error|correction-form|kicker|paywall)(?:$|[-_\s])/iu;

const CHROME_ROLE = /^(?:navigation|banner|contentinfo|complementary|search)$/u;

/** Whether an element is named as chrome by the page (class, id or role) or is a lone date. */
function isChrome(element: Element): boolean {
  if (CHROME_ROLE.test(element.getAttribute('role') ?? '')) return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (CHROME_NAME.test(names)) return true;
  // A date on its own (not inside a sentence) is metadata, read from the page's <time>.
  return (
    element.tagName === 'TIME' &&
    element.parentElement?.textContent?.trim() === element.textContent?.trim()
  );
}

/** Whether an element holds the article itself, whatever its name says ("post share-enabled"). */
function holdsArticle(element: Element): boolean {
  if (element.querySelector('article, main, h1, [itemprop="articleBody"]')) return true;
  const long = Array.from(element.querySelectorAll('p')).filter(
    (p) => (p.textContent ?? '').trim().length >= 120,
  );
  return long.length >= 2;
}

/** Removes from a parsed page the elements it names as chrome, except those holding the article itself. */
export function stripPageChrome(page: Document): void {
  for (const element of Array.from(page.body?.querySelectorAll('*') ?? [])) {
    if (!element.isConnected || !isChrome(element)) continue;
    if (!holdsArticle(element)) element.remove();
  }
}
