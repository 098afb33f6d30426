import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  BERCY_QUOTE,
  FRENCH_ARTICLE,
  addArticleFromText,
  claimCard,
  expectNoViolations,
  openCard,
  ratedCard,
  selectPhrase,
} from './helpers';

// Issue 17, points 1 and 6: the organisation's rating scale in Settings, claims marked with it
// by keys and toolbar, and the fact-check report with its HTML and Markdown files.

async function openRatings(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page
    .getByRole('dialog', { name: 'Settings' })
    .getByRole('button', { name: 'Rating scale…' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Rating scale' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The rating radio of a card, by the rating's name. */
const rating = (card: Locator, name: string) =>
  card.getByRole('group', { name: 'Rating' }).getByRole('radio', { name, exact: true });

async function setFiveRatingScale(page: Page): Promise<void> {
  const dialog = await openRatings(page);
  await dialog.getByLabel('Start from').selectOption({ label: 'Five ratings' });
  await expect(dialog.getByRole('group', { name: /^Rating \d/ })).toHaveCount(5);
  // The French name of the fourth rating is edited: the scale becomes the desk's own.
  const fourth = dialog.getByRole('group', { name: 'Rating 4: Misleading' });
  await fourth.getByLabel('Name in French').fill('Trompeur (chiffres)');
  await dialog.getByRole('button', { name: 'Save the scale' }).click();
  await expect(dialog).toBeHidden();
}

test('a five-rating scale set in Settings marks claims by keys and toolbar, and survives a reload', async ({
  page,
}) => {
  await page.goto('/');
  await setFiveRatingScale(page);
  await addArticleFromText(page, FRENCH_ARTICLE(), { title: 'Échelle' });

  // The toolbar offers the ratings, each with its key; 4 gives the fourth rating.
  await selectPhrase(page, BERCY_QUOTE);
  const toolbar = page.getByRole('toolbar', { name: 'Mark the selection as a claim' });
  await expect(toolbar.getByRole('button')).toHaveText([
    /✓ True 1/,
    /≈ Mostly true 2/,
    /… Missing context 3/,
    /! Misleading 4/,
    /✗ False 5/,
  ]);
  await page.keyboard.press('4');
  const bercy = ratedCard(page, 'Misleading', BERCY_QUOTE);
  await expect(bercy).toBeVisible();
  await expect(rating(bercy, 'Misleading')).toBeChecked();

  // A toolbar click gives a rating and its verdict too.
  await selectPhrase(page, 'Patrick Starck');
  await toolbar.getByRole('button', { name: /Mostly true/ }).click();
  const starck = ratedCard(page, 'Mostly true', 'Patrick Starck');
  await expect(rating(starck, 'Mostly true')).toBeChecked();

  // On the selected claim, 5 re-rates it (False, disputed); c gives the verdict alone.
  await openCard(starck);
  await page.keyboard.press('5');
  const starckFalse = ratedCard(page, 'False', 'Patrick Starck');
  await expect(rating(starckFalse, 'False')).toBeChecked();
  await page.keyboard.press('c');
  const starckConfirmed = claimCard(page, 'confirmed', 'Patrick Starck');
  await expect(starckConfirmed.getByRole('radio', { checked: true })).toHaveCount(0);
  // The card's own choice: a rating sets its verdict.
  await starckConfirmed.getByRole('group', { name: 'Rating' }).getByText('✓ True').click();
  await expect(rating(ratedCard(page, 'True', 'Patrick Starck'), 'True')).toBeChecked();
  await expectNoViolations(page, 'the reader with a five-rating scale');

  await page.reload();
  await expect(rating(ratedCard(page, 'Misleading', BERCY_QUOTE), 'Misleading')).toBeChecked();
  await expect(rating(ratedCard(page, 'True', 'Patrick Starck'), 'True')).toBeChecked();
  const dialog = await openRatings(page);
  await expect(
    dialog.getByRole('group', { name: 'Rating 4: Misleading' }).getByLabel('Name in French'),
  ).toHaveValue('Trompeur (chiffres)');
});

test('a rating that claims carry is removed only once they have a replacement', async ({
  page,
}) => {
  await page.goto('/');
  await setFiveRatingScale(page);
  await addArticleFromText(page, FRENCH_ARTICLE(), { title: 'Retrait' });
  await selectPhrase(page, BERCY_QUOTE);
  await page.keyboard.press('4');
  await expect(rating(ratedCard(page, 'Misleading', BERCY_QUOTE), 'Misleading')).toBeChecked();
  const dialog = await openRatings(page);
  await expectNoViolations(page, 'the rating scale dialog');

  // Removing a rating in use asks which rating its claims take (first of the same verdict).
  await dialog
    .getByRole('group', { name: 'Rating 4: Misleading' })
    .getByRole('button', { name: 'Remove' })
    .click();
  const replacement = dialog.getByLabel('The claim rated “Misleading” takes');
  await expect(replacement).toHaveValue('missing-context');
  await replacement.selectOption({ label: '✗ False' });
  await dialog.getByRole('button', { name: 'Save the scale' }).click();
  await expect(dialog).toBeHidden();
  await expect(rating(ratedCard(page, 'False', BERCY_QUOTE), 'False')).toBeChecked();
  await page.reload();
  await expect(rating(ratedCard(page, 'False', BERCY_QUOTE), 'False')).toBeChecked();
  const after = await openRatings(page);
  await expect(after.getByRole('group', { name: /^Rating \d/ })).toHaveCount(4);
});

test('a scale that cannot be saved says why and keeps the stored one', async ({ page }) => {
  await page.goto('/');
  await setFiveRatingScale(page);
  const dialog = await openRatings(page);
  const first = dialog.getByRole('group', { name: /^Rating 1:/ });
  await first.getByLabel('Name in English').fill('');
  await first.getByLabel('Symbol').fill('');
  await dialog.getByRole('button', { name: 'Save the scale' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'Rating 1 needs a name in English and in French.',
  );
  await expect(dialog.getByRole('alert')).toContainText(
    'Rating 1 needs a symbol of one to three characters.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  const again = await openRatings(page);
  await expect(
    again.getByRole('group', { name: 'Rating 1: True' }).getByLabel('Name in English'),
  ).toHaveValue('True');
});
