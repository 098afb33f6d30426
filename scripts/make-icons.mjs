// Renders the PWA icons (PNG) from the SVGs in public/icons with Chromium. Run once after
// changing an SVG: node scripts/make-icons.mjs
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const jobs = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon.svg', 'apple-touch-icon.png', 180],
  ['maskable.svg', 'maskable-512.png', 512],
];
for (const [svg, png, size] of jobs) {
  const markup = readFileSync(`public/icons/${svg}`, 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${markup}`,
  );
  await page.screenshot({ path: `public/icons/${png}`, omitBackground: true });
}
await browser.close();
