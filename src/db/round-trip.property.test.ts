import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildBundle } from '../domain/exchange/bundle';
import { checkArticle, checkClaim, checkTombstone } from '../domain/exchange/stored-record';
import { groupBySource, w3cArticleFor } from '../domain/exchange/w3c-read-claims';
import type { Snapshot } from '../domain/merge/plan';
import {
  bundleImport,
  hostileImport,
  type HostileImport,
} from '../domain/test-data/hostile-imports';
import type { Article, Claim, Tombstone } from '../domain/types';
import { readBackupText } from './backup';
import { db } from './database';
import { readSnapshot } from './exchange';
import { checkImportFile } from './importer';
import { planW3CImport } from './w3c-import';

/*
 * The round-trip invariant of the stored-data rule (docs/DECISIONS.md, "Stored data validity"):
 * whatever imports a library took in, its own backup restores into an empty library, equal to it;
 * and an import applies completely or changes nothing. The imports run through the app's own code
 * path: the importer (its handler runs on the page in unit tests), the W3C planner, the backup.
 */

const RUNS = { numRuns: 100 };

/** Fails the n-th write IndexedDB is asked for (0: none), as a full disk would. */
const fault = { at: 0, count: 0 };
db.use({
  stack: 'dbcore',
  name: 'failing-write',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) =>
          fault.at > 0 && ++fault.count === fault.at
            ? Promise.reject(new DOMException('The disk is full.', 'QuotaExceededError'))
            : table.mutate(request),
      };
    },
  }),
});

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

async function reset(): Promise<void> {
  await db.delete();
  await db.open();
}

beforeEach(reset);

/** The file of an import, as another Verdict or another tool would have written it. */
async function fileOf(item: HostileImport): Promise<string> {
  if (item.kind === 'w3c') return JSON.stringify(item.annotations);
  const { badHash, ...records } = item.records;
  const bundle = await buildBundle({
    ...(records as unknown as Snapshot),
    exportedBy: 'Camille',
    now: '2024-03-10T00:00:00.000Z',
  });
  if (badHash && bundle.articles[0]) bundle.articles[0].textHash = '0'.repeat(64);
  return JSON.stringify(bundle);
}

/**
 * Imports a file as the import dialog does: a bundle's plan once confirmed; W3C annotations onto
 * the articles their targets name. Says whether the file was refused.
 */
async function importFile(text: string): Promise<'applied' | 'refused'> {
  const check = await checkImportFile(bytesOf(text), () => undefined);
  if (check.kind === 'failed') throw check.error;
  if (check.kind === 'invalid') return 'refused';
  if (check.kind === 'bundle') await check.apply();
  else {
    const { articles } = await readSnapshot();
    const targets = [...groupBySource(check.annotations)].map(([source, annotations]) => ({
      annotations,
      articleId: w3cArticleFor(source, articles)?.id ?? null,
    }));
    await (await planW3CImport(targets)).apply();
  }
  return 'applied';
}

const byId = <T extends { id: string }>(list: T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const sorted = (library: Snapshot) => ({
  articles: byId(library.articles),
  claims: byId(library.claims),
  tombstones: byId(library.tombstones),
});

/** Every stored record keeps the rule (the records a failing check returns, to show them). */
function expectKeptRule(library: Snapshot): void {
  expect(library.articles.filter((a: Article) => !checkArticle(a).ok)).toEqual([]);
  expect(library.claims.filter((c: Claim) => !checkClaim(c).ok)).toEqual([]);
  expect(library.tombstones.filter((t: Tombstone) => !checkTombstone(t).ok)).toEqual([]);
}

describe('the stored-data rule, end to end', () => {
  it('restores its own backup into an empty library, equal to the one backed up', async () => {
    const seen = { applied: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(bundleImport, fc.array(hostileImport, { maxLength: 2 })),
        async ([first, later]) => {
          const imports = [first, ...later];
          await reset();
          for (const item of imports) seen[await importFile(await fileOf(item))]++;
          const library = await readSnapshot();
          expectKeptRule(library);
          // What "Download a backup" writes (src/db/export-build.ts).
          // The backup's file text, as the Storage dialog writes it.
          const backup = (await readBackupText(null, new Date())).join('');
          await reset();
          expect(await importFile(backup)).toBe('applied');
          expect(sorted(await readSnapshot())).toEqual(sorted(library));
        },
      ),
      RUNS,
    );
    // Both roads were taken: the property says something about accepted and refused files.
    expect(seen.applied).toBeGreaterThan(RUNS.numRuns / 2);
    expect(seen.refused).toBeGreaterThan(0);
  }, 30_000);

  describe('with the time and the new ids fixed', () => {
    let next = 0;
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2024-04-01T12:00:00.000Z'));
      vi.spyOn(crypto, 'randomUUID').mockImplementation(
        () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}` as const,
      );
    });
    afterEach(() => {
      vi.useRealTimers();
      vi.restoreAllMocks();
      fault.at = 0;
    });

    /** Empties the library and puts these rows back, as they were. */
    async function restoreRows(library: Snapshot): Promise<void> {
      await reset();
      await db.articles.bulkPut(library.articles);
      await db.claims.bulkPut(library.claims);
      await db.tombstones.bulkPut(library.tombstones);
    }

    it('applies an import completely or changes nothing, whichever write fails', async () => {
      const seen = { failed: 0, applied: 0 };
      await fc.assert(
        fc.asyncProperty(
          fc.array(hostileImport, { maxLength: 2 }),
          hostileImport,
          fc.integer({ min: 1, max: 8 }),
          async (earlier, item, failAt) => {
            await reset();
            for (const previous of earlier) await importFile(await fileOf(previous));
            const start = await readSnapshot();
            const text = await fileOf(item);
            next = 0;
            await importFile(text);
            const complete = sorted(await readSnapshot());

            await restoreRows(start);
            next = 0;
            fault.count = 0;
            fault.at = failAt;
            const outcome = await importFile(text).then(
              () => 'applied' as const,
              (error: unknown) => error,
            );
            fault.at = 0;
            if (outcome === 'applied') {
              seen.applied++;
              expect(sorted(await readSnapshot())).toEqual(complete);
            } else {
              seen.failed++;
              expect((outcome as Error).name).toBe('QuotaExceededError');
              expect(sorted(await readSnapshot())).toEqual(sorted(start));
            }
          },
        ),
        { numRuns: 60 },
      );
      expect(seen.failed).toBeGreaterThan(0);
      expect(seen.applied).toBeGreaterThan(0);
    }, 30_000);
  });
});
