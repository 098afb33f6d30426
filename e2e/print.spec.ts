import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  BERCY_QUOTE,
  FRENCH_ARTICLE,
  addArticleFromText,
  claimCard,
  markPhrase,
  openCard,
} from './helpers';

// Printing the reader gives the article with its highlights and the claims as numbered notes,
// without the app around them. The PDF's text is read with poppler's pdftotext (.ci/run
// installs it).

const hasPdfToText = spawnSync('pdftotext', ['-v']).error === undefined;

/** The text of a PDF, as pdftotext lays it out. */
function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'verdict-print-')), 'reader.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** The text with its runs of white space (line ends, non-breaking spaces) as one space. */
const flat = (text: string) => text.replace(/\s+/gu, ' ');

test('a printed article shows its claims as notes, and no buttons', async ({ page }, testInfo) => {
  test.skip(!hasPdfToText && !process.env.CI, 'pdftotext (poppler-utils) is not installed');
  await page.goto('/');
  await addArticleFromText(page, FRENCH_ARTICLE(), {
    title: 'Cloudwatt aurait lui-même demandé son audit',
    publisher: 'Next INpact',
  });
  await markPhrase(page, BERCY_QUOTE, 'disputed');
  await claimCard(page, 'disputed', BERCY_QUOTE)
    .getByLabel('Rationale')
    .fill('Démenti publié par Cloudwatt le lendemain.');
  await markPhrase(page, 'Patrick Starck', 'confirmed');
  await markPhrase(page, 'Une affaire à suivre.', 'unverified');
  await openCard(claimCard(page, 'disputed', BERCY_QUOTE));
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  const notes = page.getByRole('region', { name: 'Claims' });
  await expect(notes.getByRole('listitem')).toHaveCount(3);
  // Every claim is painted for print, the one at the end of the article too.
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get('verdict-unverified')?.size ?? 0))
    .toBe(1);
  const pdf = await page.pdf({ format: 'A4' });
  await testInfo.attach('reader.pdf', { body: pdf, contentType: 'application/pdf' });
  const text = flat(pdfText(pdf));

  expect(text).toContain('Cloudwatt aurait lui-même demandé son audit');
  expect(text).toContain('Vendredi, nous relations');
  for (const note of [
    '✕ Disputed · Draft',
    `“${BERCY_QUOTE}”`,
    'Démenti publié par Cloudwatt le lendemain.',
    '✓ Confirmed · Draft',
    '“Patrick Starck”',
    '? Unverified · Draft',
    '“Une affaire à suivre.”',
  ]) {
    expect(text).toContain(flat(note));
  }
  // Numbered in reading order.
  expect(text.indexOf('Patrick Starck”')).toBeLessThan(text.indexOf(`${BERCY_QUOTE}”`));
  expect(text).toMatch(/1\. ✓ Confirmed/);
  for (const chrome of [
    'Edit text',
    'Find',
    'Edit details',
    'Export',
    'Delete claim',
    'Details',
    'Settings',
    'Storage',
    'All claims',
    'Rationale',
    'Cards',
  ]) {
    expect(text, `"${chrome}" printed`).not.toContain(chrome);
  }
});
