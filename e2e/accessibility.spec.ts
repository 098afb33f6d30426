import { expect, test } from '@playwright/test';
import {
  FRENCH_ARTICLE,
  addArticleFromText,
  articleText,
  backToLibrary,
  claimCard,
  claimsPanel,
  clickPhrase,
  expectNoViolations,
  fixture,
  markPhrase,
  paintedTexts,
  selectPhrase,
} from './helpers';

// Every main screen and dialog passes axe's WCAG 2.1 A and AA rules.

const SENTENCE =
  "C'est Cloudwatt, avec l'accord de son conseil de surveillance, qui a demandé un audit pour faciliter l'arrivée d'un nouveau directeur général.";

test('the library, empty and with an article, and its dialogs', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No articles yet' })).toBeVisible();
  await expectNoViolations(page, 'the empty library');

  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await expect(dialog).toBeVisible();
  await expectNoViolations(page, 'the empty add-article dialog');
  await dialog.getByLabel('Article text').fill(FRENCH_ARTICLE());
  await expect(dialog.getByLabel('Title')).toHaveValue(
    'Cloudwatt aurait lui-même demandé son audit',
  );
  await expectNoViolations(page, 'the add-article dialog with text');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await addArticleFromText(page, FRENCH_ARTICLE(), {
    title: 'Cloudwatt aurait lui-même demandé son audit',
    publisher: 'Next INpact',
    sourceUrl: 'https://www.nextinpact.com/news/cloudwatt',
  });
  await markPhrase(page, SENTENCE, 'confirmed');
  await backToLibrary(page);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Cloudwatt aurait lui-même' })).toBeVisible();
  await expectNoViolations(page, 'the library with an article');

  await page
    .getByRole('button', { name: 'Delete Cloudwatt aurait lui-même demandé son audit' })
    .click();
  await expect(page.getByRole('dialog', { name: 'Delete this article?' })).toBeVisible();
  await expectNoViolations(page, 'the delete confirmation dialog');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page
    .getByRole('button', { name: 'Edit details of Cloudwatt aurait lui-même demandé son audit' })
    .click();
  await expect(page.getByRole('dialog', { name: 'Article details' })).toBeVisible();
  await expectNoViolations(page, 'the article details dialog');
});

test('the reader with claims, a selected claim and the selection toolbar', async ({ page }) => {
  await page.goto('/');
  await addArticleFromText(page, FRENCH_ARTICLE(), {
    title: 'Cloudwatt aurait lui-même demandé son audit',
    publisher: 'Next INpact',
  });
  await expectNoViolations(page, 'the reader with no claims');

  await markPhrase(page, `"Bercy" n'a pas demandé d'audit`, 'disputed');
  await markPhrase(page, SENTENCE, 'confirmed');
  await markPhrase(page, "n'a pas demandé d'audit.\u00a0C'est Cloudwatt", 'unverified');
  await markPhrase(page, 'Patrick Starck', 'unverified');

  await page.reload();
  await expect(articleText(page)).toBeVisible();
  await expect(claimsPanel(page)).toBeVisible();
  // A claim is selected by clicking its highlight: wait until the reload has painted it.
  await expect.poll(async () => (await paintedTexts(page)).unverified).toContain('Patrick Starck');
  await clickPhrase(page, 'Patrick Starck');
  await expect(claimCard(page, 'unverified', 'Patrick Starck')).toHaveAttribute(
    'aria-current',
    'true',
  );
  await selectPhrase(page, 'Sélectionnez le paragraphe concerné');
  await expectNoViolations(page, 'the reader with claims, a selected claim and the toolbar');

  // The menu of overlapping claims (the selection collapsed first with an arrow key).
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('toolbar', { name: 'Mark the selection as a claim' })).toBeHidden();
  await clickPhrase(page, 'pas demandé');
  await expect(page.getByRole('dialog', { name: 'Claims at this place' })).toBeVisible();
  await expectNoViolations(page, 'the menu of overlapping claims');
});

test('the All claims view, the import dialog and the settings dialog', async ({ page }) => {
  await page.goto('/');
  await addArticleFromText(page, FRENCH_ARTICLE(), {
    title: 'Cloudwatt aurait lui-même demandé son audit',
    sourceUrl: 'https://www.example.fr/cloudwatt-audit',
  });
  await markPhrase(page, 'Patrick Starck', 'disputed');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'All claims' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'All claims' })).toBeVisible();
  const claims = page.getByRole('list', { name: 'Claims' });
  await expect(claims.getByRole('link', { name: 'Patrick Starck' })).toBeVisible();
  await expectNoViolations(page, 'the All claims view');
  await page.getByLabel('Search claims').fill('introuvable');
  await expect(page.getByRole('heading', { name: 'No claim matches these filters' })).toBeVisible();
  await expectNoViolations(page, 'the All claims view with no match');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Library' })
    .click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });
  await expect(dialog.getByRole('button', { name: 'Choose a file…' })).toBeVisible();
  await expectNoViolations(page, 'the import dialog');
  await dialog.getByLabel('Annotation file').setInputFiles({
    name: 'outside-w3c.jsonld',
    mimeType: 'application/ld+json',
    buffer: Buffer.from(fixture('outside-w3c.jsonld')),
  });
  await expect(dialog.getByRole('button', { name: 'Preview' })).toBeVisible();
  await expectNoViolations(page, 'the import dialog choosing articles');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeVisible();
  await expectNoViolations(page, 'the import preview');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('banner').getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByLabel('Language')).toHaveValue('en');
  await expectNoViolations(page, 'the settings dialog');
});
