// @vitest-environment jsdom
import { afterAll, describe, expect, it } from 'vitest';
import { chooseLanguage } from '../i18n/i18n';
import { historyReason } from './problem-messages';

describe('historyReason', () => {
  afterAll(() => chooseLanguage('en'));

  it.each([
    ['import merge', 'import merge', 'fusion lors d’un import'],
    [
      'restored an earlier version',
      'restored an earlier version',
      'restauration d’une version antérieure',
    ],
  ])('translates %j', async (reason, english, french) => {
    await chooseLanguage('en');
    expect(historyReason(reason)).toBe(english);
    await chooseLanguage('fr');
    expect(historyReason(reason)).toBe(french);
  });

  // A bundle's claim history may hold any reason; a name Object.prototype has is one.
  it.each(['toString', 'valueOf', 'hasOwnProperty', 'constructor', '__proto__', '{{count}}', ''])(
    'shows a reason it does not know, %j, as it is',
    async (reason) => {
      await chooseLanguage('fr');
      expect(historyReason(reason)).toBe(reason);
    },
  );
});
