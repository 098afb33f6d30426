// Takes the README's screenshots of the built app. Run `npm run build`, then
// `npx vite preview --port 4173` in another shell, then: node scripts/screenshots.mjs
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';
const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'en-GB' });

await page.goto(BASE);
await page.getByRole('button', { name: 'Add article' }).first().click();
await page
  .getByLabel('Article text')
  .fill(readFileSync('e2e/fixtures/cloudwatt-audit.fr.txt', 'utf8'));
await page.getByLabel('Title').fill('Cloudwatt aurait lui-même demandé son audit');
await page.getByLabel('Source URL').fill('https://www.example.fr/cloudwatt-audit');
await page.getByLabel('Publisher').fill("L'Exemple Informatique");
await page.getByLabel('Publication date').fill('2014-11-21');
await page.getByRole('dialog').getByRole('button', { name: 'Add article' }).click();

const editor = page.getByRole('textbox', { name: 'Article text' });
async function mark(phrase, key) {
  await editor.focus();
  await editor.evaluate((root, phrase) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const at = node.data.indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return;
    }
  }, phrase);
  await page.waitForTimeout(100);
  await page.keyboard.press(key);
  await page.waitForTimeout(150);
}
await mark(`"Bercy" n'a pas demandé d'audit`, 'd');
await mark(`Bercy avait commandé un audit de Cloudwatt`, 'u');
await mark(`deux ans seulement après la création de la société`, 'c');
await mark(`a séduit plus de 10\u00a0000 utilisateurs`, 'u');
const card = page.getByRole('article', { name: /^Disputed claim/ });
await card
  .getByLabel('Rationale')
  .fill(
    "Cloudwatt dément : l'audit a été demandé par l'entreprise, avec l'accord de son conseil de surveillance.",
  );
await card.getByLabel('Rationale').blur();
await card.getByRole('button').first().click();
await page.waitForTimeout(400);
await page.screenshot({ path: 'docs/screenshots/reader.png' });
await page.goto(BASE);
await page.waitForTimeout(400);
await page.screenshot({ path: 'docs/screenshots/library.png' });
await browser.close();
