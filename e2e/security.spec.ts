import { expect, test } from '@playwright/test';
import { FRENCH_ARTICLE, addArticleFromText, selectPhrase } from './helpers';

test('the built app carries a strict Content-Security-Policy and works under it', async ({
  page,
  request,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const html = await (await request.get('/')).text();
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/
    .exec(html)?.[1]
    ?.replaceAll('&#39;', "'");
  expect(policy).toBeTruthy();
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');

  await page.goto('/');
  await addArticleFromText(page, FRENCH_ARTICLE(), { title: 'Sous CSP' });
  await selectPhrase(page, 'Bercy avait commandé un audit');
  await page.keyboard.press('u');
  await expect(page.getByRole('article', { name: /^Unverified claim: Bercy avait/ })).toBeVisible();

  // An inline script smuggled into the page does not run.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
  });
  expect(
    await page.evaluate(() => (window as { __inlineRan?: boolean }).__inlineRan),
  ).toBeUndefined();
  expect(violations.filter((v) => !v.includes('__inlineRan') && !v.includes('inline'))).toEqual([]);
});
