// Takes the screenshots in docs/screenshots: every view (library, reader, All claims, settings)
// in the light and the dark theme, at a laptop, a tablet and a phone size. Run `npm run build`,
// then `npx vite preview --port 4173` in another shell, then: node scripts/screenshots.mjs
// BASE_URL picks another server; ONLY=reader,phone keeps the shots whose name has every word.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';
const ONLY = (process.env.ONLY ?? '').split(',').filter(Boolean);
const OUT = 'docs/screenshots';
const SIZES = {
  laptop: { viewport: { width: 1366, height: 860 } },
  tablet: { viewport: { width: 1024, height: 768 }, hasTouch: true },
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
};
const THEMES = ['light', 'dark'];

const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });

/** Selects the first occurrence of a phrase in the article, as a reader would. */
async function select(page, phrase) {
  const editor = page.getByRole('textbox', { name: 'Article text' });
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
    throw new Error(`not in the article: ${phrase}`);
  }, phrase);
  await page.waitForTimeout(150);
}

/** Adds an article from text with its details; leaves the reader open on it. */
async function addArticle(page, text, meta) {
  await page.getByRole('button', { name: 'Add article' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('Article text').fill(text);
  await dialog.getByLabel('Title').fill(meta.title);
  await dialog.getByLabel('Source URL').fill(meta.url);
  await dialog.getByLabel('Publisher').fill(meta.publisher);
  await dialog.getByLabel('Publication date').fill(meta.date);
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await page.getByRole('textbox', { name: 'Article text' }).waitFor();
}

/** The library the shots show: two articles, one of them reviewed, stored in the context. */
async function makeLibrary() {
  const context = await browser.newContext({ ...SIZES.laptop, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(BASE);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Your name').fill('Camille Martin');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await addArticle(
    page,
    [
      'Le ministre affirme que le chômage a baissé de 3 % en un an.',
      'L’opposition parle au contraire d’une hausse du nombre de demandeurs d’emploi.',
    ].join('\n\n'),
    {
      title: 'Chômage : les chiffres du ministre',
      url: 'https://www.example.fr/chomage',
      publisher: 'Le Quotidien',
      date: '2024-03-02',
    },
  );
  await select(page, 'le chômage a baissé de 3 % en un an');
  await page.keyboard.press('d');
  await page.getByRole('link', { name: 'Library', exact: true }).first().click();
  await addArticle(page, readFileSync('e2e/fixtures/cloudwatt-audit.fr.txt', 'utf8'), {
    title: 'Cloudwatt aurait lui-même demandé son audit',
    url: 'https://www.example.fr/cloudwatt-audit',
    publisher: "L'Exemple Informatique",
    date: '2014-11-21',
  });
  const marks = [
    [`"Bercy" n'a pas demandé d'audit`, 'd'],
    [`Bercy avait commandé un audit de Cloudwatt`, 'u'],
    [`deux ans seulement après la création de la société`, 'c'],
    [`a séduit plus de 10\u00a0000 utilisateurs`, 'u'],
    ['Patrick Starck', 'c'],
    ['Pierre Paperon', 'u'],
  ];
  for (const [phrase, key] of marks) {
    await select(page, phrase);
    await page.keyboard.press(key);
    await page.waitForTimeout(200);
  }
  const card = page.getByRole('article', { name: /^Disputed claim: "Bercy"/ });
  await card.getByRole('button').first().click();
  await card
    .getByLabel('Rationale')
    .fill(
      "Cloudwatt dément : l'audit a été demandé par l'entreprise, avec l'accord de son conseil de surveillance.",
    );
  await card.getByLabel('Rationale').blur();
  await card.getByRole('group', { name: 'Review' }).getByRole('button').first().click();
  await page.waitForTimeout(400);
  const state = await context.storageState({ indexedDB: true });
  const article = new URL(page.url()).hash;
  await context.close();
  return { state, article };
}

/** Whether a shot is wanted (ONLY names words its name must all contain). */
const wanted = (name) => ONLY.every((word) => name.includes(word));

mkdirSync(OUT, { recursive: true });
const library = await makeLibrary();
for (const [size, device] of Object.entries(SIZES)) {
  for (const theme of THEMES) {
    const shots = ['library', 'reader', 'reader-list', 'all-claims', 'settings'].map(
      (view) => `${view}-${size}-${theme}`,
    );
    if (!shots.some(wanted)) continue;
    const context = await browser.newContext({
      ...device,
      locale: 'en-GB',
      colorScheme: theme,
      storageState: library.state,
    });
    const page = await context.newPage();
    const shoot = async (view) => {
      const name = `${view}-${size}-${theme}`;
      if (!wanted(name)) return;
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}/${name}.png` });
      console.log(`${OUT}/${name}.png`);
    };
    await page.goto(BASE);
    await page.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
    await shoot('library');
    await page.goto(BASE + library.article);
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
    await page
      .getByRole('article', { name: /^Disputed claim: "Bercy"/ })
      .getByRole('button')
      .first()
      .click();
    await shoot('reader');
    // The list density: one line per claim, the selected one open.
    await page
      .getByRole('group', { name: 'Show claims as' })
      .getByRole('button', { name: 'List' })
      .click();
    await shoot('reader-list');
    await page.goto(`${BASE}#/claims`);
    await page.getByRole('heading', { name: 'All claims', level: 1 }).waitFor();
    await shoot('all-claims');
    await page.goto(BASE);
    const menu = page.getByRole('button', { name: 'Menu' });
    if (await menu.isVisible()) {
      await menu.click();
      await page.getByRole('menuitem', { name: 'Settings' }).click();
    } else await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    await shoot('settings');
    await context.close();
  }
}
await browser.close();
