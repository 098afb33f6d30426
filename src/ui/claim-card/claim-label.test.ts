import { afterEach, describe, expect, it } from 'vitest';
import { FIVE_RATING_SCALE, VERDICT_SCALE } from '../../domain/claims/ratings';
import { i18n } from '../i18n/i18n';
import { claimLabel } from './claim-label';

const t = i18n.t.bind(i18n);
const claim = (rating: string) => ({
  rating,
  verdict: 'disputed' as const,
  anchor: { exact: 'Bercy a démenti', prefix: '', suffix: '', start: 0, end: 15 },
});

afterEach(() => i18n.changeLanguage('en'));

describe('a claim card’s accessible name', () => {
  it('says the rating’s name in place of the verdict on a desk’s scale', async () => {
    expect(claimLabel(claim('misleading'), FIVE_RATING_SCALE, t, 'en')).toBe(
      'Misleading claim: Bercy a démenti',
    );
    await i18n.changeLanguage('fr');
    expect(claimLabel(claim('misleading'), FIVE_RATING_SCALE, t, 'fr')).toBe(
      'Affirmation notée «\u00a0Trompeur\u00a0»\u00a0: Bercy a démenti',
    );
  });

  it('says the verdict without a rating, or on the verdicts’ own scale', () => {
    expect(claimLabel(claim(''), FIVE_RATING_SCALE, t, 'en')).toBe(
      'Disputed claim: Bercy a démenti',
    );
    expect(claimLabel(claim('disputed'), VERDICT_SCALE, t, 'en')).toBe(
      'Disputed claim: Bercy a démenti',
    );
  });
});
