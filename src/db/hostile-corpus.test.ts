import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { groupBySource, w3cArticleFor } from '../domain/exchange/w3c-read-claims';
import { toW3CCollection } from '../domain/exchange/w3c-write';
import type { Snapshot } from '../domain/merge/plan';
import { sampleArticle, sampleBundle, sampleClaims } from '../domain/test-data/exchange';
import { HOSTILE_CASES } from '../domain/test-data/hostile-files';
import type { HostileCase } from '../domain/test-data/hostile-file-shapes';
import { readBackupText } from './backup';
import { db } from './database';
import { readSnapshot } from './exchange';
import { checkImportFile } from './importer';
import { planW3CImport } from './w3c-import';

/*
 * Every file of the hostile corpus (src/domain/test-data/hostile-files.ts) through the app's own
 * import path: a refused file names its problem and changes nothing; an imported one leaves a
 * library whose own backup restores, equal, into an empty one.
 */

let bundleText = '';
let w3cText = '';

beforeAll(async () => {
  const article = sampleArticle();
  const claims = sampleClaims(article);
  bundleText = JSON.stringify(await sampleBundle(), null, 2);
  w3cText = JSON.stringify(
    toW3CCollection([article], claims, { id: 'urn:uuid:c0', label: 'x' }),
    null,
    2,
  );
});

async function reset(): Promise<void> {
  await db.delete();
  await db.open();
}

beforeEach(reset);

/** The file's bytes. */
function fileOf({ file }: HostileCase): ArrayBuffer {
  const encode = (text: string) => new TextEncoder().encode(text);
  const bytes =
    'bytes' in file
      ? file.bytes(bundleText)
      : 'text' in file
        ? encode(file.text)
        : 'bundle' in file
          ? encode(JSON.stringify(file.bundle(JSON.parse(bundleText))))
          : 'w3c' in file
            ? encode(JSON.stringify(file.w3c(JSON.parse(w3cText))))
            : 'bundleText' in file
              ? encode(file.bundleText(bundleText))
              : encode(file.w3cText(w3cText));
  return bytes.slice().buffer as ArrayBuffer;
}

/** Imports a file as the import dialog does: refused with problems, or applied with warnings. */
async function importFile(
  bytes: ArrayBuffer,
): Promise<{ refused: string[] } | { warnings: string[] }> {
  const check = await checkImportFile(bytes, () => undefined);
  if (check.kind === 'failed') throw check.error;
  if (check.kind === 'invalid') return { refused: check.problems };
  if (check.kind === 'bundle') {
    await check.apply();
    return { warnings: check.problems };
  }
  const { articles } = await readSnapshot();
  const targets = [...groupBySource(check.annotations)].map(([source, annotations]) => ({
    annotations,
    articleId: w3cArticleFor(source, articles)?.id ?? null,
  }));
  await (await planW3CImport(targets)).apply();
  return { warnings: check.problems };
}

const byId = <T extends { id: string }>(list: T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const sorted = (library: Snapshot) => ({
  articles: byId(library.articles),
  claims: byId(library.claims),
  tombstones: byId(library.tombstones),
});

describe('the hostile-file corpus', () => {
  it('holds the issue’s cases and sixty more', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(68);
    expect(new Set(HOSTILE_CASES.map((c) => c.name)).size).toBe(HOSTILE_CASES.length);
  });

  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))(
    '%s',
    async (_, hostile) => {
      // W3C files land on the sample article, which the library holds first.
      if ('w3c' in hostile.file || 'w3cText' in hostile.file) {
        expect(
          await importFile(new TextEncoder().encode(bundleText).buffer as ArrayBuffer),
        ).toEqual({ warnings: [] });
      }
      const before = sorted(await readSnapshot());
      const result = await importFile(fileOf(hostile));
      if ('refused' in hostile.outcome) {
        expect(result, 'refused').toHaveProperty('refused');
        if ('refused' in result) expect(result.refused.join('\n')).toMatch(hostile.outcome.refused);
        expect(sorted(await readSnapshot())).toEqual(before);
        return;
      }
      expect(result, 'imported').toHaveProperty('warnings');
      const warnings = 'warnings' in result ? result.warnings.join('\n') : '';
      if (hostile.outcome.warning) expect(warnings).toMatch(hostile.outcome.warning);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      const library = await readSnapshot();
      const backup = (await readBackupText(null, new Date())).join('');
      await reset();
      expect(await importFile(new TextEncoder().encode(backup).buffer as ArrayBuffer)).toEqual({
        warnings: [],
      });
      expect(sorted(await readSnapshot())).toEqual(sorted(library));
    },
    20_000,
  );
});
