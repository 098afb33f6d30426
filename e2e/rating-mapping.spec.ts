import { expect, test, type Locator, type Page } from '@playwright/test';
import { articleText, expectNoViolations, ratedCard } from './helpers';
import { article, bundle, chooseFile, claimOn } from './import-helpers';

// Issue 17, point 1: a bundle whose claims carry ratings this library's scale lacks imports with
// a mapping step, and the claims keep the rating chosen there.

const T = '2026-11-30T10:00:00.000Z';
const PARAGRAPHS = [
  'Le chômage a baissé de douze pour cent en un an.',
  'Le budget de la santé a doublé depuis 2020.',
];
const ARTICLE = { ...article('art-ratings', 'Notes d’ailleurs', PARAGRAPHS), updatedAt: T };
const SPIN = 'baissé de douze pour cent';
const TRUE = 'a doublé depuis 2020';

/** A claim of the article as another desk's bundle carries it, with its rating. */
const claim = (n: number, phrase: string, verdict: string, rating: string) =>
  claimOn(ARTICLE, n, phrase, verdict, { rating });

/** The other desk's scale: "Spin" is a rating this library lacks; "True" is one it has. */
const THEIR_SCALE = {
  id: 'custom',
  ratings: [
    {
      id: 'true',
      names: { en: 'True', fr: 'Vrai' },
      colour: '#2e7d4f',
      symbol: '✓',
      ratingValue: 2,
      verdict: 'confirmed',
    },
    {
      id: 'spin',
      names: { en: 'Spin', fr: 'Enfumage' },
      colour: '#8a3ffc',
      symbol: '↻',
      ratingValue: 1,
      verdict: 'disputed',
    },
  ],
};

function otherDeskBundle(): string {
  const claims = [claim(1, SPIN, 'disputed', 'spin'), claim(2, TRUE, 'confirmed', 'true')];
  return JSON.stringify({ ...JSON.parse(bundle([ARTICLE], claims)), ratingScale: THEIR_SCALE });
}

async function setFiveRatingScale(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page
    .getByRole('dialog', { name: 'Settings' })
    .getByRole('button', { name: 'Rating scale…' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Rating scale' });
  await dialog.getByLabel('Start from').selectOption({ label: 'Five ratings' });
  await expect(dialog.getByRole('group', { name: /^Rating \d/ })).toHaveCount(5);
  await dialog.getByRole('button', { name: 'Save the scale' }).click();
  await expect(dialog).toBeHidden();
}

/**
 * How a quote is painted in the article: the highlights its range is in, and the tint and
 * underline those highlights give its paragraph's text.
 */
function painting(text: Locator, quote: string, tint: string, underline: string) {
  return text.evaluate(
    (root, [quote, tint, underline]) => {
      const names = [...CSS.highlights]
        .filter(([, highlight]) => [...highlight].some((r) => r.toString() === quote))
        .map(([name]) => name)
        .sort();
      const paragraph = [...root.querySelectorAll('p')].find((p) => p.textContent!.includes(quote));
      if (!paragraph) return { names };
      const line = getComputedStyle(paragraph, `::highlight(${underline})`);
      return {
        names,
        tint: getComputedStyle(paragraph, `::highlight(${tint})`).backgroundColor,
        underline: `${line.textDecorationStyle} ${line.textDecorationColor}`,
      };
    },
    [quote, tint, underline] as const,
  );
}

test('a rating this library lacks is mapped on import, and the claims keep it after a reload', async ({
  page,
}) => {
  await page.goto('/');
  await setFiveRatingScale(page);
  const dialog = await chooseFile(page, 'autre-desk.verdict.json', otherDeskBundle());

  // The step lists the one unknown rating, named as the file names it, with our first rating
  // of its verdict proposed.
  const step = dialog.getByRole('region', { name: 'Ratings this library does not have' });
  await expect(step).toBeVisible();
  const choice = step.getByRole('combobox');
  await expect(choice).toHaveCount(1);
  await expect(step.getByText('The claim rated “↻ Spin” in the file takes')).toBeVisible();
  await expect(choice).toHaveAccessibleName('The claim rated “↻ Spin” in the file takes');
  await expect(choice.locator('option:checked')).toHaveText('… Missing context');
  await expectNoViolations(page, 'the import dialog with a rating mapping');

  // A rating of another verdict says that the claim's verdict changes.
  await choice.selectOption({ label: '✓ True' });
  await expect(choice).toHaveAccessibleDescription(
    'The verdict of 1 of these claims becomes “Confirmed”.',
  );
  await choice.selectOption({ label: '! Misleading' });
  await expect(step.getByText(/The verdict of/)).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByText(/^Imported/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).last().click();

  await page.reload();
  await page.getByRole('link', { name: 'Library', exact: true }).first().click();
  await page.getByRole('link', { name: 'Notes d’ailleurs', exact: true }).click();
  // Each card is named by its rating and has it chosen.
  const rated = (name: string, quote: string) =>
    ratedCard(page, name, quote)
      .getByRole('group', { name: 'Rating' })
      .getByRole('radio', { checked: true });
  await expect(rated('Misleading', SPIN)).toHaveAccessibleName('Misleading');
  await expect(rated('True', TRUE)).toHaveAccessibleName('True');

  // In the article, the rated claim is tinted with its rating's colour (Misleading, #c2410c,
  // fourth on the scale) under its verdict's wavy underline, in the light and the dark theme.
  const text = articleText(page);
  await expect
    .poll(() => painting(text, SPIN, 'rating-3', 'underline-disputed'))
    .toEqual({
      names: ['rating-3', 'underline-disputed'],
      tint: 'rgba(194, 65, 12, 0.2)',
      underline: 'wavy rgb(179, 38, 30)',
    });
  await expect
    .poll(() => painting(text, TRUE, 'rating-0', 'underline-confirmed'))
    .toMatchObject({
      names: ['rating-0', 'underline-confirmed'],
      underline: 'solid rgb(23, 105, 58)',
    });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect
    .poll(() => painting(text, SPIN, 'rating-3', 'underline-disputed'))
    .toEqual({
      names: ['rating-3', 'underline-disputed'],
      tint: 'rgba(194, 65, 12, 0.2)',
      underline: 'wavy rgb(255, 143, 134)',
    });
  await expectNoViolations(page, 'the reader with rated claims, dark');
});
