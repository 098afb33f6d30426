import { describe, expect, it } from 'vitest';
import { newClaim } from './claim';
import { breaksApproval, secondReviewerByDefault, withApprovalRule } from './approval';

const approved = {
  ...newClaim({
    id: 'c',
    articleId: 'a',
    anchor: { exact: 'Bercy', prefix: '', suffix: '', start: 0, end: 5 },
    verdict: 'disputed',
    by: 'Ana',
    at: '2026-12-01T10:00:00.000Z',
  }),
  note: 'Démenti par Cloudwatt.',
  reviewState: 'approved' as const,
  approvedBy: 'Bo',
  approvedAt: '2026-12-01T11:00:00.000Z',
};

describe('approvals that hold', () => {
  it.each([
    [{ verdict: 'confirmed' as const }, true],
    [{ note: 'Autre raison.' }, true],
    [{ anchor: { ...approved.anchor, end: 4, exact: 'Berc' } }, true],
    [{ verdict: 'disputed' as const }, false],
    [{ tags: ['économie'] }, false],
    [{ claimant: 'Pierre Paperon' }, false],
  ])('%j breaks the approval: %s', (changes, breaks) => {
    expect(breaksApproval(approved, changes)).toBe(breaks);
    const result = withApprovalRule(approved, changes);
    if (breaks) {
      expect(result).toEqual({
        ...changes,
        reviewState: 'in-review',
        approvedBy: '',
        approvedAt: '',
      });
    } else {
      expect(result).toBe(changes);
    }
  });

  it('leaves claims that are not approved alone', () => {
    const draft = { ...approved, reviewState: 'draft' as const };
    expect(breaksApproval(draft, { verdict: 'confirmed' })).toBe(false);
  });
});

describe('secondReviewerByDefault', () => {
  it('is on once claims come from more than one named reviewer', () => {
    expect(secondReviewerByDefault([])).toBe(false);
    expect(
      secondReviewerByDefault([{ createdBy: 'Ana' }, { createdBy: ' ana ' }, { createdBy: '' }]),
    ).toBe(false);
    expect(secondReviewerByDefault([{ createdBy: 'Ana' }, { createdBy: 'Bo' }])).toBe(true);
  });
});
