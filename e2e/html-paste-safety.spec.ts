import { expect, test, type Page } from '@playwright/test';
import { articleText, backToLibrary, clickPhrase, pasteHtml } from './helpers';

// Pasted HTML is untrusted: scripts, handlers, frames, styles and javascript: links never reach
// the page, while the article's structure (heading, list, quotation, https link) is kept.

const HOSTILE_HTML = `
<h2>Rapport sur l’eau potable</h2>
<script>window.__pwned=1;alert(1)</script>
<p>Le rapport est publié. <img src=x onerror="window.__pwned=2;alert(2)"></p>
<p>Voir le <a href="javascript:window.__pwned=3;alert(3)">lien</a> et la
<a href="https://example.org/rapport">source officielle</a>.</p>
<iframe srcdoc="<script>parent.__pwned=4;parent.alert(4)</script>"></iframe>
<p onclick="window.__pwned=5;alert(5)">texte cliquable</p>
<style>body{display:none}</style>
<ul><li>Premier point</li><li>Second point</li></ul>
<blockquote><p>Une citation du ministre.</p></blockquote>
`;
// The plain-text twin a browser would put next to it on the clipboard.
const PLAIN = [
  'Rapport sur l’eau potable',
  'Le rapport est publié.',
  'Voir le lien et la source officielle.',
  'texte cliquable',
  'Premier point\nSecond point',
  'Une citation du ministre.',
].join('\n\n');
const TITLE = 'Rapport sur l’eau potable';

const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

/** Everything in the article's DOM that could run code or change the page. */
function dangerIn(page: Page) {
  return articleText(page).evaluate((root) => {
    const all = [root, ...Array.from(root.querySelectorAll('*'))];
    return {
      elements: Array.from(
        root.querySelectorAll('script, iframe, frame, object, embed, img, svg, style, link, meta'),
      ).map((el) => el.tagName.toLowerCase()),
      handlers: all.flatMap((el) =>
        Array.from(el.attributes)
          .filter((attr) => /^on/i.test(attr.name))
          .map((attr) => `${el.tagName.toLowerCase()}[${attr.name}]`),
      ),
      urls: all.flatMap((el) =>
        ['href', 'src', 'srcdoc', 'action', 'formaction', 'xlink:href']
          .map((name) => el.getAttribute(name))
          .filter((value): value is string => value !== null)
          .filter((value) => !/^(https?|mailto):/i.test(value.trim())),
      ),
      styles: all.filter((el) => el.hasAttribute('style')).length,
    };
  });
}

test('hostile pasted HTML is sanitised and never runs', async ({ page, context }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await page.goto('/');
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await pasteHtml(page, HOSTILE_HTML, PLAIN);
  await expect(dialog.getByText('formatting kept from the pasted page')).toBeVisible();
  await expect(dialog.getByLabel('Title')).toHaveValue(TITLE);
  const preview = dialog.getByLabel('Article text');
  await expect(preview).toHaveValue(/Premier point/);
  await expect(preview).not.toHaveValue(/__pwned|display:none/);
  expect(await pwned(page)).toBeUndefined();
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const articleUrl = page.url();

  const checkArticle = async () => {
    const article = articleText(page);
    await expect(article).toBeVisible();
    // The structure is kept.
    await expect(article.getByRole('heading', { name: TITLE })).toBeVisible();
    await expect(article.getByRole('list').getByRole('listitem')).toHaveText([
      'Premier point',
      'Second point',
    ]);
    await expect(article.getByRole('blockquote')).toHaveText('Une citation du ministre.');
    const link = article.getByRole('link', { name: 'source officielle' });
    await expect(link).toHaveAttribute('href', 'https://example.org/rapport');
    // The words of the neutralised elements stay; their code does not.
    await expect(article).toContainText('Voir le lien et la source officielle.');
    await expect(article).toContainText('texte cliquable');
    await expect(article.getByRole('link')).toHaveCount(1);
    expect(await dangerIn(page)).toEqual({ elements: [], handlers: [], urls: [], styles: 0 });
    expect(await page.content()).not.toContain('__pwned');
    // The pasted <style> did not hide the page.
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
  };
  await checkArticle();
  expect(await pwned(page)).toBeUndefined();

  // Click around, including on the neutralised link and the real one.
  for (const phrase of [TITLE, 'lien', 'source officielle', 'texte cliquable', 'Premier point']) {
    await clickPhrase(page, phrase);
  }
  await page.keyboard.press('Enter');
  expect(await pwned(page)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(page.url()).toBe(articleUrl);
  expect(context.pages()).toHaveLength(1);

  await page.reload();
  await checkArticle();
  for (const phrase of ['lien', 'texte cliquable']) await clickPhrase(page, phrase);
  await backToLibrary(page);
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();

  expect(await pwned(page)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // The broken image was never even requested.
  expect(requests.filter((url) => new URL(url).pathname === '/x')).toEqual([]);
});
