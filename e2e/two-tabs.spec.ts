import { expect, test } from '@playwright/test';
import {
  addArticleFromText,
  articleText,
  chooseVerdict,
  claimCard,
  expectClaims,
  expectPainted,
  markPhrase,
} from './helpers';

// Two tabs on the same article stay in step: what one writes, the other shows within a second.

const ARTICLE = [
  'La ville compte 52 000 habitants selon le dernier recensement.',
  'Le nouveau pont a coûté 14 millions d’euros, deux fois le budget prévu.',
].join('\n\n');
const QUOTE = 'Le nouveau pont a coûté 14 millions d’euros';
const SOON = { timeout: 2_000 };

test('a claim added in one tab and re-judged in another shows in both', async ({ context }) => {
  const pageA = await context.newPage();
  await pageA.goto('/');
  await addArticleFromText(pageA, ARTICLE, { title: 'Le pont' });

  const pageB = await context.newPage();
  await pageB.goto(pageA.url());
  await expect(articleText(pageB)).toBeVisible();
  await expect(pageB.getByText('No claims yet.')).toBeVisible();

  // Added in A: B lists and paints it.
  await markPhrase(pageA, QUOTE, 'disputed');
  await expectClaims(pageB, [{ verdict: 'disputed', quote: QUOTE }], SOON);
  await expectPainted(pageB, { disputed: [QUOTE] }, SOON);

  // Re-judged in B: A follows.
  await chooseVerdict(claimCard(pageB, 'disputed', QUOTE), 'confirmed');
  await expectClaims(pageB, [{ verdict: 'confirmed', quote: QUOTE }]);
  await expectClaims(pageA, [{ verdict: 'confirmed', quote: QUOTE }], SOON);
  await expectPainted(pageA, { confirmed: [QUOTE] }, SOON);
  await expect(
    claimCard(pageA, 'confirmed', QUOTE).getByRole('radio', { name: 'Confirmed' }),
  ).toBeChecked(SOON);

  for (const page of [pageA, pageB]) {
    await page.reload();
    await expect(articleText(page)).toBeVisible();
    await expectClaims(page, [{ verdict: 'confirmed', quote: QUOTE }]);
    await expectPainted(page, { confirmed: [QUOTE] });
  }
});
