import { beforeEach, describe, expect, it } from 'vitest';
import { loggedSampleClaims, sampleArticle, sampleBundle } from '../domain/test-data/exchange';
import { db } from './database';
import { checkImportFile } from './importer';

// The log travels in the bundle: an import keeps the log of new claims, and of claims the file
// is ahead on.

const bytesOf = (value: unknown) =>
  new TextEncoder().encode(JSON.stringify(value)).buffer as ArrayBuffer;

async function importBundle(bundle: unknown): Promise<void> {
  const check = await checkImportFile(bytesOf(bundle), () => undefined);
  if (check.kind !== 'bundle') throw new Error(`not imported: ${check.kind}`);
  await check.apply();
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('importing a bundle', () => {
  it('keeps the log and revision of new claims', async () => {
    await importBundle(await sampleBundle());
    for (const claim of loggedSampleClaims(sampleArticle())) {
      const stored = (await db.claims.get(claim.id))!;
      expect(stored.log).toEqual(claim.log);
      expect(stored.rev).toBe(claim.rev);
    }
  });

  it('takes the log of a claim the file is ahead on', async () => {
    const article = sampleArticle();
    const [ahead] = loggedSampleClaims(article);
    // This browser holds the claim as it was after its first two changes.
    const behind = {
      ...ahead!,
      ...Object.fromEntries(
        ahead!.log
          .slice(3)
          .reverse()
          .flatMap((c) => c.fields.map((f) => [f.field, f.before])),
      ),
      log: ahead!.log.slice(0, 3),
      rev: ahead!.log[2]!.rev,
      updatedAt: ahead!.log[2]!.at,
    };
    await db.articles.put(article);
    await db.claims.put(behind);
    await importBundle(await sampleBundle());
    const stored = (await db.claims.get(ahead!.id))!;
    expect(stored.log).toEqual(ahead!.log);
    expect(stored.rev).toBe(ahead!.rev);
    expect(stored.reviewState).toBe('approved');
  });
});
