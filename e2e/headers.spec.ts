import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  nginxAddHeaderLines,
} from '../scripts/security-headers.mjs';

// The served app's security headers (scripts/security-headers.mjs, sent by `vite preview`): the
// protections a <meta> cannot give (frame-ancestors, nosniff, …) on every file.

/** The served response's headers (lower-case names) for a path, which must be found. */
async function headersOf(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.headers();
}

test('every file of the built app comes with the security headers', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const script = /<script type="module" crossorigin src="([^"]+\.js)"/.exec(html)?.[1];
  expect(script).toMatch(/^\/assets\//);

  // The app, one of its scripts, the service worker, and a deep link (the SPA's index.html).
  for (const path of ['/', script!, '/sw.js', '/some/deep/link']) {
    const headers = await headersOf(request, path);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(headers[name.toLowerCase()], `${name} of ${path}`).toBe(value);
    }
  }

  // What each one must say, whatever the definition becomes.
  const headers = await headersOf(request, '/');
  const policy = headers['content-security-policy']!.split(/\s*;\s*/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    expect(headers['permissions-policy']).toContain(`${feature}=()`);
  }

  // The <meta> policy stays (for hosts that send no header): the header's, less frame-ancestors,
  // which a <meta> cannot carry.
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/
    .exec(html)?.[1]
    ?.replaceAll('&#39;', "'");
  expect(meta).toBe(CONTENT_SECURITY_POLICY);
  expect(headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
});

test('the app runs under its headers: no complaint, and the service worker registers', async ({
  page,
}) => {
  const complaints: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') complaints.push(message.text());
  });
  page.on('pageerror', (error) => complaints.push(error.message));

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  const worker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return new URL(registration.active!.scriptURL).pathname;
  });
  expect(worker).toBe('/sw.js');
  // An unknown Permissions-Policy feature, a header-only directive in the <meta>, a blocked script.
  expect(complaints).toEqual([]);
});

test('the README shows a static host the same headers', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const deploying = readme.slice(readme.indexOf('### Deploying'));
  for (const line of nginxAddHeaderLines()) expect(deploying).toContain(line);
});
