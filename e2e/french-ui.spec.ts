import { expect, test, type Locator, type Page } from '@playwright/test';
import { FRENCH_ARTICLE, expectNoViolations, fixture, selectPhrase } from './helpers';

// A browser in French gets the interface in French (dates and numbers too), can switch it to
// English in the settings, and keeps that choice; every screen passes axe in French as well.

test.use({ locale: 'fr-FR' });

const TITLE = 'Cloudwatt aurait lui-même demandé son audit';
const SOURCE = 'https://www.example.fr/cloudwatt-audit';

const articleText = (page: Page) => page.getByRole('textbox', { name: 'Texte de l’article' });
const claimsPanel = (page: Page) => page.getByRole('complementary', { name: 'Affirmations' });
const header = (page: Page) => page.getByRole('banner');

/** A French date as the app writes it ("24 nov. 2026"). */
const FRENCH_DAY =
  /\d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) \d{4}/;

/** Adds the French test article through the add dialog, in French, and opens it. */
async function addArticle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Ajouter un article' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter un article' });
  await dialog.getByLabel('Texte de l’article').fill(FRENCH_ARTICLE());
  await dialog.getByLabel('Titre', { exact: true }).fill(TITLE);
  await dialog.getByLabel('URL de la source').fill(SOURCE);
  await dialog.getByRole('button', { name: 'Ajouter un article' }).click();
  // The dialog's text box has the reader's name too: the reader is open once the dialog is gone.
  await expect(dialog).toBeHidden();
  await expect(articleText(page)).toBeVisible();
}

/** Selects the first occurrence of a phrase in the article with a DOM range. */

/** Marks a phrase as disputed with the `d` key and returns its card. */
async function markDisputed(page: Page, phrase: string): Promise<Locator> {
  await selectPhrase(page, phrase, 0, {
    textbox: 'Texte de l’article',
    toolbar: 'Marquer la sélection comme affirmation',
  });
  await page.keyboard.press('d');
  const card = claimsPanel(page).getByRole('article', {
    name: `Affirmation contestée : ${phrase}`,
    exact: true,
  });
  await expect(card).toBeVisible();
  return card;
}

test('the app opens in French: library, add dialog, reader, shortcuts', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Bibliothèque' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Aucun article pour l’instant' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Principale' });
  await expect(nav.getByRole('link', { name: 'Toutes les affirmations' })).toBeVisible();
  await expectNoViolations(page, 'the empty library, in French');

  // The add dialog, its labels and its live count of paragraphs and characters.
  await page.getByRole('button', { name: 'Ajouter un article' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter un article' });
  await expect(dialog.getByLabel('URL de la source')).toBeVisible();
  await expect(dialog.getByLabel('Média')).toBeVisible();
  await expectNoViolations(page, 'the empty add-article dialog, in French');
  await dialog.getByLabel('Texte de l’article').fill(FRENCH_ARTICLE());
  await expect(dialog.getByLabel('Titre', { exact: true })).toHaveValue(
    'Cloudwatt aurait lui-même demandé son audit',
  );
  // Numbers are grouped the French way: "1 234 caractères" (narrow no-break space).
  await expect(
    dialog.getByText(/^\d+ paragraphes, \d{1,3}(\u202f\d{3})* caractères$/),
  ).toBeVisible();
  await expect(dialog.getByLabel('Langue')).toHaveValue('fr');
  await expectNoViolations(page, 'the add-article dialog with text, in French');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();

  await addArticle(page);
  // The article keeps its own language.
  await expect(articleText(page)).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('button', { name: 'Modifier le texte' })).toBeVisible();
  await expect(claimsPanel(page).getByText('Aucune affirmation pour l’instant.')).toBeVisible();

  // A claim made with the d key: disputed, « Contesté », selected, its quote in French quotes.
  const card = await markDisputed(page, 'Patrick Starck');
  await expect(card.getByRole('button', { name: /^«\s*Patrick Starck\s*»$/ })).toBeVisible();
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect(card.getByRole('group', { name: 'Verdict' }).getByLabel('Contesté')).toBeChecked();
  await expect(card.getByText('Brouillon', { exact: true })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Envoyer en relecture' })).toBeVisible();
  await expect(card.getByLabel('Justification')).toBeVisible();
  // Its details open on demand: who made it when, with a French date.
  await card.getByRole('button', { name: 'Détails', exact: true }).click();
  await expect(card.getByText(/^Créée le /)).toHaveText(FRENCH_DAY);
  await expect(
    claimsPanel(page).getByRole('list', { name: 'Affirmations par verdict' }),
  ).toContainText('Contesté');
  await expectNoViolations(page, 'the reader with a selected claim, in French');

  // The shortcut list: actions in French, keys as printed on keyboards.
  await articleText(page).press('ArrowRight');
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Raccourcis clavier' });
  await expect(shortcuts).toBeVisible();
  await expect(
    shortcuts.getByRole('row', { name: /Affirmation suivante \/ précédente/ }),
  ).toContainText('JK');
  await expect(shortcuts.getByText('Rechercher dans l’article (aussi Ctrl+F)')).toBeVisible();
  await expectNoViolations(page, 'the shortcut list, in French');
  await shortcuts.getByRole('button', { name: 'Fermer' }).last().click();
  await expect(shortcuts).toBeHidden();

  // The library row of the article: French verdict counts and review states.
  await page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bibliothèque' })).toBeVisible();
  await expect(page.getByText('1 article · enregistré dans ce navigateur')).toBeVisible();
  await expect(page.getByText('1 brouillon · 0 en relecture · 0 approuvée')).toBeVisible();
  await expectNoViolations(page, 'the library with an article, in French');
});

test('switching to English in the settings applies at once and is remembered', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Bibliothèque' })).toBeVisible();
  const settingsButton = header(page).getByRole('button', { name: 'Paramètres', exact: true });
  await expect(settingsButton).toBeEnabled();
  await settingsButton.click();
  const settings = page.getByRole('dialog', { name: 'Paramètres' });
  const language = settings.getByLabel('Langue');
  await expect(language).toHaveValue('fr');
  await expectNoViolations(page, 'the settings dialog, in French');

  await language.selectOption('en');
  // At once, without saving: the dialog and the page behind it are in English.
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByLabel('Language')).toHaveValue(
    'en',
  );
  await page
    .getByRole('dialog', { name: 'Settings' })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add article' })).toBeVisible();
  await expect(header(page).getByRole('button', { name: 'Settings', exact: true })).toBeVisible();

  // Remembered: a reload (in a French browser) stays in English.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'All claims' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'All claims' })).toBeVisible();

  // And back to French.
  await header(page).getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('dialog', { name: 'Paramètres' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Toutes les affirmations' }),
  ).toBeVisible();
});

test('all claims, import and settings pass axe in French', async ({ page }) => {
  await page.goto('/');
  await addArticle(page);
  await markDisputed(page, 'Patrick Starck');

  await page.goto('/#/claims');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Toutes les affirmations' }),
  ).toBeVisible();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('1 sur 1 affirmation');
  const list = page.getByRole('list', { name: 'Affirmations' });
  await expect(list.getByRole('link', { name: 'Patrick Starck' })).toBeVisible();
  await expect(list).toContainText('Contesté');
  await expect(list).toContainText('Brouillon');
  await expectNoViolations(page, 'the All claims view, in French');

  await page.goto('/#/');
  await page.getByRole('button', { name: 'Importer…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importer des annotations' });
  await expect(dialog.getByRole('button', { name: 'Choisir un fichier…' })).toBeVisible();
  await expectNoViolations(page, 'the import dialog, in French');

  // W3C annotations: the article of each target, then the preview of the merge.
  await dialog.getByLabel('Fichier d’annotations').setInputFiles({
    name: 'outside-w3c.jsonld',
    mimeType: 'application/ld+json',
    buffer: Buffer.from(fixture('outside-w3c.jsonld')),
  });
  await expect(dialog.getByRole('button', { name: 'Aperçu' })).toBeVisible();
  await expect(dialog).toContainText('contient des annotations W3C portant sur un document');
  await expectNoViolations(page, 'the import dialog choosing articles, in French');
  await dialog.getByRole('button', { name: 'Aperçu' }).click();
  await expect(dialog.getByRole('button', { name: 'Importer', exact: true })).toBeVisible();
  await expect(dialog.getByRole('rowheader', { name: 'Nouvelles affirmations' })).toBeVisible();
  await expectNoViolations(page, 'the import preview, in French');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();

  await header(page).getByRole('button', { name: 'Paramètres', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Paramètres' });
  await settings.getByLabel('URL de l’organisation').fill('ftp://exemple.fr');
  await settings.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
  await expect(settings.getByRole('alert')).toHaveText(
    'L’URL de l’organisation doit commencer par http:// ou https://.',
  );
  await expectNoViolations(page, 'the settings dialog with a problem, in French');
});
