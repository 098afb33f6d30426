// js_gzip: the JavaScript the library page (first screen) loads, each file of the build gzipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { settle } from '../lib/browser.mjs';
import { APP_DIR, BASE } from '../lib/paths.mjs';
import { bundleComposition } from '../lib/bundle-composition.mjs';

/** @param {import('../lib/record.mjs').Context} ctx */
export async function jsGzip(ctx, { page }) {
  const scripts = new Set();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' && response.url().startsWith(BASE)) {
      scripts.add(new URL(response.url()).pathname);
    }
  });
  await page.goto(`${BASE}/`, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
  await settle(page);
  let bytes = 0;
  const files = [];
  for (const path of scripts) {
    const content = readFileSync(join(APP_DIR, decodeURIComponent(path)));
    const gzip = gzipSync(content).length;
    bytes += gzip;
    files.push({ path, bytes: content.length, gzip });
    const name = path.split('/').pop();
    // The main bundle is broken down by package through its source map.
    if (ctx.sourceMaps.has(name) && content.length > 100_000) {
      ctx.details[`js_composition ${name}`] = bundleComposition(
        join(APP_DIR, decodeURIComponent(path)),
        ctx.sourceMaps.get(name),
      );
    }
  }
  ctx.details.js_gzip = files;
  ctx.bytes.js_gzip = bytes;
}
