import { expect, test, type Page } from '@playwright/test';
import { BERCY_QUOTE, FRENCH_ARTICLE, addArticleFromText, claimCard, markPhrase } from './helpers';

async function setReviewer(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: /^Save/ }).click();
  await expect(dialog).toHaveCount(0);
}

test('a claim goes from draft to review to approved by a second reviewer', async ({ page }) => {
  await page.goto('/');
  await setReviewer(page, 'Ana');
  await addArticleFromText(page, FRENCH_ARTICLE(), { title: 'Cloudwatt' });
  await markPhrase(page, BERCY_QUOTE, 'disputed');
  const card = claimCard(page, 'disputed', BERCY_QUOTE);
  const review = card.getByRole('group', { name: 'Review' });
  await expect(review).toContainText('Draft');

  await review.getByRole('button', { name: 'Send for review' }).click();
  await expect(review).toContainText('In review');

  // The author approving her own claim is warned.
  await review.getByRole('button', { name: 'Approve' }).click();
  await expect(review.getByRole('status')).toContainText('You are approving your own claim');
  await expect(review).toContainText('Approved');

  // Back to draft needs a comment.
  await review.getByRole('button', { name: 'Back to draft…' }).click();
  await review.getByRole('button', { name: 'Send back' }).click();
  await expect(review.getByRole('alert')).toContainText('Say why');
  await review.getByLabel('Why does it go back to draft?').fill('Il manque la source du démenti.');
  await review.getByRole('button', { name: 'Send back' }).click();
  await expect(review).toContainText('Sent back: “Il manque la source du démenti.”');
  await review.getByRole('button', { name: 'Send for review' }).click();

  // A second reviewer approves.
  await setReviewer(page, 'Bo');
  await review.getByRole('button', { name: 'Approve' }).click();
  await expect(review).toContainText('Approved');
  await expect(review).toContainText('by Bo');
  await expect(review.getByRole('status')).toHaveCount(0);

  await page.reload();
  const after = claimCard(page, 'disputed', BERCY_QUOTE).getByRole('group', { name: 'Review' });
  await expect(after).toContainText('Approved');
  await expect(after).toContainText('by Bo');
  await expect(page.getByRole('list', { name: 'Claims per review state' })).toContainText(
    'Approved 1',
  );
  await page.getByRole('link', { name: 'Library', exact: true }).first().click();
  await expect(page.getByRole('row', { name: /Cloudwatt/ })).toContainText('1 approved');
});
