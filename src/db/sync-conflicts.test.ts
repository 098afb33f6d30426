import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { withApprovalRule } from '../domain/claims/approval';
import { recordChange } from '../domain/claims/change-log';
import { resolveClaim } from '../domain/merge/claims';
import { SYNC_MERGE_REASON } from '../domain/merge/sync-graph';
import { sampleArticle, sampleClaims } from '../domain/test-data/exchange';
import type { Claim, ClaimContent } from '../domain/types';
import { settledClaims } from './sync-bridge';
import { applyClaimsToYDoc, articleToYDoc, readArticleFromYDoc } from './sync-doc';

// Members of a team change one claim apart (offline), then exchange their Yjs updates as the
// server relays them: each member settles what it received as the bridge does (store the
// settled claims, then publish them from what the document held), and they must converge on
// one claim, with the conflict in its log once.

const article = sampleArticle();
const claim: Claim = {
  ...sampleClaims(article)[0]!,
  verdict: 'unverified',
  reviewState: 'draft',
  approvedBy: '',
  approvedAt: '',
};
const T = (minute: number) => `2026-12-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

/** A member's document, from the state every member had. */
const member = (from: Y.Doc) => {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(from));
  return ydoc;
};

const current = (ydoc: Y.Doc): Claim => readArticleFromYDoc(ydoc)!.claims[0]!;

/** A member's edit, recorded and published as the app does (only what it changed). */
function edit(ydoc: Y.Doc, changes: Partial<ClaimContent>, by: string, at: string, rev: string) {
  const before = current(ydoc);
  const after = recordChange(before, withApprovalRule(before, changes), { by, at, rev });
  applyClaimsToYDoc(ydoc, [after], [], { base: [before] });
}

/** What the bridge does with a received update; gives how many updates it sent. */
function settle(ydoc: Y.Doc): number {
  let sent = 0;
  const count = () => (sent += 1);
  ydoc.on('update', count);
  const remote = readArticleFromYDoc(ydoc)!;
  applyClaimsToYDoc(ydoc, settledClaims(remote.claims), [], { base: remote.claims });
  ydoc.off('update', count);
  return sent;
}

/** Sends what `from` has and `to` lacks, then `to` settles it. */
function send(from: Y.Doc, to: Y.Doc): number {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'server');
  return settle(to);
}

/** Every member receives from every other until nobody sends anything. */
function converge(members: Y.Doc[]): void {
  for (let round = 0; round < 5; round++) {
    let sent = 0;
    for (const to of members) for (const from of members) if (from !== to) sent += send(from, to);
    if (sent === 0) return;
  }
  throw new Error('the members did not converge');
}

const merges = (c: Claim) => c.log.filter((entry) => entry.reason === SYNC_MERGE_REASON);

function start(changes: Partial<ClaimContent> = {}) {
  const shared = articleToYDoc(article, [claim], []);
  if (Object.keys(changes).length > 0) edit(shared, changes, 'Camille', T(1), 'c1');
  return shared;
}

describe('changes members made apart to one claim', () => {
  it.each([
    ['Ana sends first', false],
    ['Bo sends first', true],
  ])('are joined once, the newer verdict kept and the other logged (%s)', (_label, boFirst) => {
    const shared = start();
    const [ana, bo] = [member(shared), member(shared)];
    edit(ana, { verdict: 'disputed' }, 'Ana', T(5), 'a1');
    edit(bo, { verdict: 'confirmed' }, 'Bo', T(6), 'b1');
    edit(bo, { note: 'Chiffre de la préfecture' }, 'Bo', T(7), 'b2');
    if (boFirst) send(bo, ana);
    converge([ana, bo]);
    const [mine, theirs] = [current(ana), current(bo)];
    expect(theirs).toEqual(mine);
    expect(mine).toMatchObject({ verdict: 'confirmed', note: 'Chiffre de la préfecture' });
    expect(merges(mine)).toHaveLength(1);
    expect(merges(mine)[0]).toMatchObject({
      kind: 'merge',
      by: 'Bo',
      at: T(7),
      fields: [{ field: 'verdict', before: 'disputed', after: 'confirmed' }],
      absorbed: ['a1', 'b2'],
    });
    expect(mine.rev).toBe(merges(mine)[0]!.rev);
    // Settled: receiving it again sends nothing.
    expect(settle(ana) + settle(bo)).toBe(0);
  });

  it('keeps both when they changed different fields, and records the join without a conflict', () => {
    const shared = start();
    const [ana, bo] = [member(shared), member(shared)];
    edit(ana, { verdict: 'disputed' }, 'Ana', T(5), 'a1');
    edit(bo, { tags: ['budget'] }, 'Bo', T(4), 'b1');
    converge([ana, bo]);
    expect(current(ana)).toEqual(current(bo));
    expect(current(ana)).toMatchObject({ verdict: 'disputed', tags: ['budget'] });
    expect(merges(current(ana))).toMatchObject([{ fields: [], absorbed: ['a1', 'b1'] }]);
  });

  it('sends an approval back to review when the other side changed what it covered', () => {
    const shared = start({ reviewState: 'in-review' });
    const [ana, bo] = [member(shared), member(shared)];
    edit(ana, { reviewState: 'approved', approvedBy: 'Ana', approvedAt: T(5) }, 'Ana', T(5), 'a1');
    edit(bo, { note: 'Source : Insee' }, 'Bo', T(4), 'b1');
    converge([ana, bo]);
    expect(current(bo)).toEqual(current(ana));
    expect(current(ana)).toMatchObject({ reviewState: 'in-review', note: 'Source : Insee' });
    expect(merges(current(ana))[0]!.fields).toEqual(
      expect.arrayContaining([{ field: 'reviewState', before: 'approved', after: 'in-review' }]),
    );
  });

  it('joins three members once, whoever joins two of them first', () => {
    const shared = start();
    const [ana, bo, chloe] = [member(shared), member(shared), member(shared)];
    edit(ana, { note: 'Selon Ana' }, 'Ana', T(5), 'a1');
    edit(bo, { note: 'Selon Bo' }, 'Bo', T(6), 'b1');
    edit(chloe, { note: 'Selon Chloé' }, 'Chloé', T(7), 'c1');
    // Chloé receives Ana's and Bo's changes and joins all three, while Ana and Bo join theirs.
    const [fromAna, fromBo] = [ana, bo].map((other) => Y.encodeStateAsUpdate(other));
    Y.applyUpdate(chloe, fromAna!, 'server');
    Y.applyUpdate(chloe, fromBo!, 'server');
    expect(settle(chloe)).toBe(1);
    send(bo, ana);
    send(ana, bo);
    expect(merges(current(ana)).map((m) => m.absorbed)).toEqual([['a1', 'b1']]);
    converge([ana, bo, chloe]);
    const settled = current(ana);
    expect(current(bo)).toEqual(settled);
    expect(current(chloe)).toEqual(settled);
    expect(settled.note).toBe('Selon Chloé');
    // Ana's join of two is part of Chloé's join of three: nothing is joined a second time.
    expect(merges(settled)).toHaveLength(2);
    // Concurrent entries lie in the order Yjs gives them: the join of all three is found by
    // its parents.
    const last = merges(settled).find((entry) => entry.absorbed?.length === 3)!;
    expect(last.absorbed).toEqual(['a1', 'b1', 'c1']);
    expect(last.fields.map((f) => f.before).sort()).toEqual(['Selon Ana', 'Selon Bo']);
    expect(settled.rev).toBe(last.rev);
    expect(new Set(settled.log.map((c) => c.rev)).size).toBe(settled.log.length);
  });

  it('leaves ordinary sync alone: one member edits, the other receives', () => {
    const shared = start();
    const [ana, bo] = [member(shared), member(shared)];
    edit(ana, { verdict: 'disputed' }, 'Ana', T(5), 'a1');
    expect(send(ana, bo)).toBe(0);
    edit(bo, { note: 'Vérifié' }, 'Bo', T(6), 'b1');
    expect(send(bo, ana)).toBe(0);
    expect(current(ana)).toEqual(current(bo));
    expect(merges(current(ana))).toEqual([]);
  });

  it('leaves alone a conflict a file import settled', () => {
    const shared = start();
    const [ana, bo] = [member(shared), member(shared)];
    const base = current(ana);
    const mine = recordChange(base, { verdict: 'disputed' }, { by: 'Ana', at: T(5), rev: 'a1' });
    const file = recordChange(base, { verdict: 'confirmed' }, { by: 'Eve', at: T(6), rev: 'e1' });
    const imported = resolveClaim(mine, file, { now: T(8), rule: 'newer' }).claim;
    applyClaimsToYDoc(ana, [imported], [], { base: [base] });
    expect(send(ana, bo)).toBe(0);
    expect(current(bo)).toEqual(current(ana));
    expect(merges(current(bo))).toEqual([]);
  });
});
