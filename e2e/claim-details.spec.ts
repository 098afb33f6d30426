import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  BERCY_QUOTE,
  FRENCH_ARTICLE,
  addArticleFromText,
  articleText,
  claimCard,
  markPhrase,
} from './helpers';

// A claim's details (evidence, tags, claimant, claim date, who recorded it) are saved as they
// are made, and the reviewer's name, asked once without blocking, is recorded on claims.

const NAME = 'Camille Martin';
const SOURCE_URL = 'https://www.cloudwatt.com/fr/communique-audit';
const LINK_MESSAGE = 'Evidence links must start with http:// or https://';

const header = (page: Page) => page.getByRole('banner');
const namePrompt = (page: Page) =>
  header(page).getByRole('button', { name: 'Who is reviewing? Set your name' });
const detailsButton = (card: Locator) => card.getByRole('button', { name: 'Details', exact: true });
const tagChips = (card: Locator) =>
  card.getByRole('list', { name: 'Tags of this claim' }).getByRole('listitem');
/** The chips' texts: each tag, then its remove button's "×". */
const chips = (...tags: string[]) => tags.map((tag) => `${tag}×`);

/** Checks the page against axe's WCAG 2.1 A and AA rules. */
async function expectAccessible(page: Page, scene: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const found = violations.flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`));
  expect.soft(found, `axe violations on ${scene}`).toEqual([]);
}

/** Opens the details of a card unless they are open already. */
async function openDetails(card: Locator): Promise<void> {
  if ((await detailsButton(card).getAttribute('aria-expanded')) !== 'true') {
    await detailsButton(card).click();
  }
  await expect(detailsButton(card)).toHaveAttribute('aria-expanded', 'true');
}

async function setReviewer(page: Page, name: string): Promise<void> {
  await header(page).getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByLabel('Organisation name').fill('Les Décodeurs');
  // Only a web address is accepted for the organisation.
  await dialog.getByLabel('Organisation URL').fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'The organisation URL must start with http:// or https://.',
  );
  await expectAccessible(page, 'the settings dialog with a problem');
  await dialog.getByLabel('Organisation URL').fill('https://www.lemonde.fr/les-decodeurs/');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();
}

test('evidence, tags, claimant and claim date are saved as made and survive a reload', async ({
  page,
}) => {
  await page.goto('/');
  await expect(namePrompt(page)).toBeVisible();
  await setReviewer(page, NAME);
  await expect(namePrompt(page)).toBeHidden();

  await addArticleFromText(page, FRENCH_ARTICLE(), { title: 'Cloudwatt et l’audit' });

  // A first claim, tagged: its tag is then offered on every claim.
  await markPhrase(page, 'Patrick Starck', 'unverified');
  const starck = claimCard(page, 'unverified', 'Patrick Starck');
  // The new claim is selected; its details open on demand.
  await expect(detailsButton(starck)).toHaveAttribute('aria-expanded', 'false');
  await openDetails(starck);
  await starck.getByLabel('Add a tag').fill('Souveraineté numérique');
  await starck.getByLabel('Add a tag').press('Enter');
  await expect(tagChips(starck)).toHaveText(chips('Souveraineté numérique'));
  await expect(starck.getByLabel('Add a tag')).toHaveValue('');

  // Another claim is selected: the first card's details close.
  await markPhrase(page, BERCY_QUOTE, 'disputed');
  const card = claimCard(page, 'disputed', BERCY_QUOTE);
  await expect(detailsButton(starck)).toHaveAttribute('aria-expanded', 'false');
  await openDetails(card);
  await expect(starck.getByLabel('Add a tag')).toBeHidden();

  // Evidence: a javascript: link is refused with a message and never stored…
  await card.getByRole('button', { name: 'Add evidence' }).click();
  const source = card.getByRole('group', { name: 'Source 1' });
  const url = source.getByLabel('URL');
  await expect(url).toBeFocused();
  await url.fill('javascript:alert(document.cookie)');
  await source.getByLabel('Title').fill('Communiqué de Cloudwatt');
  await expect(source.getByText(LINK_MESSAGE)).toBeVisible();
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(source.getByText('Not saved', { exact: true })).toBeVisible();
  await expect(source.getByRole('link')).toHaveCount(0);
  await expectAccessible(page, 'a claim card with its details open and a refused link');
  // …and saved once it is an https link, opening in a new tab without access to this page.
  await url.fill(SOURCE_URL);
  await expect(source.getByText(LINK_MESSAGE)).toBeHidden();
  // Saved: the card says it once; each field keeps it as its description.
  await expect(url).toHaveAccessibleDescription('Saved');
  await expect(card.getByRole('status')).toHaveText('Saved');
  await source.getByLabel('Stance').selectOption('refutes');
  await source.getByLabel('Note (optional)').fill('Cloudwatt dit avoir demandé l’audit.');
  await source.getByLabel('Note (optional)').blur();
  await expect(url).toHaveAccessibleDescription('Saved');
  const link = source.getByRole('link', { name: /Open source/ });
  await expect(link).toHaveAttribute('href', SOURCE_URL);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

  // A second source, added then removed before it had a link.
  await card.getByRole('button', { name: 'Add evidence' }).click();
  await card
    .getByRole('group', { name: 'Source 2' })
    .getByRole('button', { name: /Remove/ })
    .click();
  await expect(card.getByRole('group', { name: 'Source 2' })).toHaveCount(0);

  // Tags: a comma adds one; the tag of the other claim is offered, and keeps its spelling.
  const tagInput = card.getByLabel('Add a tag');
  await tagInput.fill('Audit,');
  await expect(tagChips(card)).toHaveText(chips('Audit'));
  await expect(tagInput).toHaveValue('');
  const listId = await tagInput.getAttribute('list');
  await expect(page.locator(`datalist[id="${listId}"] > option`)).toHaveCount(1);
  await expect(page.locator(`datalist[id="${listId}"] > option`)).toHaveAttribute(
    'value',
    'Souveraineté numérique',
  );
  await tagInput.fill('souveraineté numérique');
  await tagInput.press('Enter');
  await expect(tagChips(card)).toHaveText(chips('Audit', 'Souveraineté numérique'));
  // The same tag again (other case, spaces) is not added twice.
  await tagInput.fill('  AUDIT ');
  await tagInput.press('Enter');
  await expect(tagChips(card)).toHaveText(chips('Audit', 'Souveraineté numérique'));
  await expect(tagInput).toHaveAccessibleDescription('Saved');

  // Who made the claim, and when.
  await card.getByLabel('Claimant').fill('Ministère de l’Économie (Bercy)');
  await card.getByLabel('Claim date').fill('2015-04-20');
  await card.getByLabel('Claim date').blur();
  await expect(card.getByLabel('Claimant')).toHaveAccessibleDescription('Saved');
  await expect(card.getByLabel('Claim date')).toHaveAccessibleDescription('Saved');
  await expect(card.getByText(`Created by ${NAME},`)).toBeVisible();

  await page.reload();
  await expect(articleText(page)).toBeVisible();
  const after = claimCard(page, 'disputed', BERCY_QUOTE);
  // Nothing is selected after a reload: details are collapsed, with a summary.
  await expect(detailsButton(after)).toHaveAttribute('aria-expanded', 'false');
  await expect(after).toContainText('1 source · 2 tags');
  await openDetails(after);
  await expect(after.getByRole('group', { name: /^Source/ })).toHaveCount(1);
  const stored = after.getByRole('group', { name: 'Source 1' });
  await expect(stored.getByLabel('URL')).toHaveValue(SOURCE_URL);
  await expect(stored.getByLabel('Title')).toHaveValue('Communiqué de Cloudwatt');
  await expect(stored.getByLabel('Stance')).toHaveValue('refutes');
  await expect(stored.getByLabel('Note (optional)')).toHaveValue(
    'Cloudwatt dit avoir demandé l’audit.',
  );
  await expect(tagChips(after)).toHaveText(chips('Audit', 'Souveraineté numérique'));
  await expect(after.getByLabel('Claimant')).toHaveValue('Ministère de l’Économie (Bercy)');
  await expect(after.getByLabel('Claim date')).toHaveValue('2015-04-20');
  await expect(after.getByText(`Created by ${NAME},`)).toBeVisible();
  await expect(after.getByText(`last change by ${NAME},`)).toBeVisible();

  // Removing a tag and a source is saved too.
  await after.getByRole('button', { name: 'Remove tag Audit' }).click();
  await expect(tagChips(after)).toHaveText(chips('Souveraineté numérique'));
  await stored.getByRole('button', { name: /Remove/ }).click();
  await expect(after.getByRole('group', { name: /^Source/ })).toHaveCount(0);
  await page.reload();
  await expect(articleText(page)).toBeVisible();
  await openDetails(claimCard(page, 'disputed', BERCY_QUOTE));
  await expect(tagChips(claimCard(page, 'disputed', BERCY_QUOTE))).toHaveText(
    chips('Souveraineté numérique'),
  );
  await expect(claimCard(page, 'disputed', BERCY_QUOTE).getByText('No sources yet.')).toBeVisible();
});

test('the reviewer is asked once, politely: work goes on without a name', async ({ page }) => {
  await page.goto('/');
  await expect(namePrompt(page)).toBeVisible();
  await addArticleFromText(page, FRENCH_ARTICLE(), { title: 'Sans nom' });
  await markPhrase(page, 'Patrick Starck', 'confirmed');
  const card = claimCard(page, 'confirmed', 'Patrick Starck');
  await openDetails(card);
  await expect(card.getByText(/^Created \d/)).toBeVisible();

  await header(page).getByRole('button', { name: 'Do not ask for my name again' }).click();
  await expect(namePrompt(page)).toBeHidden();
  await page.reload();
  await expect(articleText(page)).toBeVisible();
  await expect(header(page).getByRole('button', { name: 'Settings' })).toBeEnabled();
  await expect(namePrompt(page)).toBeHidden();

  // A name set later is recorded on the next change.
  await setReviewer(page, NAME);
  await openDetails(card);
  await card.getByLabel('Claimant').fill('Cloudwatt');
  await card.getByLabel('Claimant').blur();
  await expect(card.getByLabel('Claimant')).toHaveAccessibleDescription('Saved');
  await expect(card.getByText(`last change by ${NAME},`)).toBeVisible();
  await expect(card.getByText(/^Created \d/)).toBeVisible();
});

test('a detail that cannot be written stays on screen to retry', async ({ page }) => {
  await page.goto('/');
  await addArticleFromText(page, FRENCH_ARTICLE(), { title: 'Disque plein' });
  await markPhrase(page, BERCY_QUOTE, 'disputed');
  const card = claimCard(page, 'disputed', BERCY_QUOTE);
  await openDetails(card);
  const claimant = card.getByLabel('Claimant');

  await page.evaluate(() => {
    const w = window as unknown as { __restoreWrites?: () => void };
    const proto = IDBObjectStore.prototype;
    const originals = { put: proto.put, add: proto.add };
    proto.put = proto.add = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    w.__restoreWrites = () => Object.assign(proto, originals);
  });
  await claimant.fill('Bercy');
  await claimant.blur();
  await expect(claimant).toHaveAccessibleDescription(/^Not saved/);
  await expect(claimant).toHaveValue('Bercy');

  await page.evaluate(() =>
    (window as unknown as { __restoreWrites: () => void }).__restoreWrites(),
  );
  await claimant.focus();
  await claimant.blur();
  await expect(claimant).toHaveAccessibleDescription('Saved');
  await page.reload();
  await expect(articleText(page)).toBeVisible();
  await openDetails(claimCard(page, 'disputed', BERCY_QUOTE));
  await expect(claimCard(page, 'disputed', BERCY_QUOTE).getByLabel('Claimant')).toHaveValue(
    'Bercy',
  );
});
