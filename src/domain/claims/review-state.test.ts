import { describe, expect, it } from 'vitest';
import { reviewChange } from './review-state';

const NOW = '2026-11-24T12:00:00.000Z';

describe('reviewChange', () => {
  it.each([
    ['draft', 'submit', 'Bo', '', { reviewState: 'in-review', reviewComment: '' }, null],
    [
      'in-review',
      'approve',
      'Bo',
      '',
      { reviewState: 'approved', approvedBy: 'Bo', approvedAt: NOW },
      null,
    ],
    [
      'in-review',
      'approve',
      'ana ',
      '',
      { reviewState: 'approved', approvedBy: 'ana ', approvedAt: NOW },
      { code: 'self-approval', data: { name: 'Ana' } },
    ],
    [
      'approved',
      'send-back',
      'Bo',
      ' Source manquante ',
      { reviewState: 'draft', approvedBy: '', approvedAt: '', reviewComment: 'Source manquante' },
      null,
    ],
  ] as const)('%s + %s by %s', (state, action, reviewer, comment, changes, warning) => {
    const result = reviewChange(
      { reviewState: state, createdBy: 'Ana' },
      action,
      reviewer,
      NOW,
      comment,
    );
    expect(result).toEqual({ ok: true, changes, warning });
  });

  it.each([
    ['draft', 'approve', ''],
    ['approved', 'submit', ''],
    ['in-review', 'send-back', '  '],
  ] as const)('refuses %s + %s', (state, action, comment) => {
    const result = reviewChange(
      { reviewState: state, createdBy: 'Ana' },
      action,
      'Bo',
      NOW,
      comment,
    );
    expect(result.ok).toBe(false);
  });

  it('warns when nobody is named as approver', () => {
    const result = reviewChange({ reviewState: 'in-review', createdBy: 'Ana' }, 'approve', '', NOW);
    expect(result).toMatchObject({ ok: true, warning: { code: 'reviewer-name-missing' } });
  });
});

describe('the second-reviewer rule', () => {
  it('refuses self-approval with the author named, and lets another reviewer approve', () => {
    const claim = { reviewState: 'in-review', createdBy: 'Ana' } as const;
    const rules = { secondReviewer: true };
    expect(reviewChange(claim, 'approve', ' ana', NOW, '', rules)).toEqual({
      ok: false,
      problem: { code: 'self-approval-refused', data: { name: 'Ana' } },
    });
    expect(reviewChange(claim, 'approve', 'Bo', NOW, '', rules)).toMatchObject({ ok: true });
  });
});
