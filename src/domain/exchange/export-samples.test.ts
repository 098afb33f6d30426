import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateAnchors } from '../anchoring/anchor';
import { factCheckUrl } from '../claims/fact-check-url';
import { buildBundle } from './bundle';
import { claimsForExport } from './export-claims';
import { toClaimReviews } from './claim-review';
import { toCsv } from './csv';
import {
  loggedSampleClaims,
  makeTombstone,
  sampleArticle,
  sampleClaims,
} from '../test-data/exchange';
import { parseImportText } from './import-parse';
import { bundleTextParts } from './bundle-text';
import { toSafeJson } from './safe-json';
import { toW3CCollection } from './w3c-write';

/*
 * docs/samples holds one file of each export format, made from the French sample article. This
 * test keeps them true to the code: it fails when an export changes, and rewrites them when run
 * with UPDATE_SAMPLES=1 (`UPDATE_SAMPLES=1 npx vitest run src/domain/exchange/export-samples.test.ts`, then
 * `npx prettier --write docs/samples`). JSON samples are compared as data, since Prettier lays
 * them out its own way; the CSV, which Prettier leaves alone, byte for byte.
 */

const NOW = '2024-03-05T10:00:00.000Z';
const folder = new URL('../../../docs/samples/', import.meta.url);
const article = sampleArticle();
/** The sample claims, and one whose words were deleted in an edit: exported without a position. */
const claims = claimsForExport(
  [article],
  [
    ...sampleClaims(article),
    {
      ...sampleClaims(article)[1]!,
      id: '8d0f6c52-1e3a-4b7c-9d2e-5f6a7b8c9d04',
      verdict: 'disputed',
      note: 'Le passage a été retiré de l’article.',
      anchor: {
        exact: 'selon une source anonyme',
        prefix: 'Cloudwatt, ',
        suffix: ', le projet',
        start: 920,
        end: 945,
      },
      orphanedAt: '2024-03-05T09:00:00.000Z',
    },
  ],
  { now: NOW, locate: locateAnchors, orphans: 'mark' },
).claims;

const samples: [string, () => Promise<string>][] = [
  [
    'bundle.json',
    async () =>
      bundleTextParts(
        await buildBundle({
          articles: [article],
          claims: loggedSampleClaims(article),
          tombstones: [
            makeTombstone({ ...claims[0]!, id: '8d0f6c52-1e3a-4b7c-9d2e-5f6a7b8c9d09' }, NOW),
          ],
          exportedBy: 'Camille',
          now: NOW,
        }),
      ).join(''),
  ],
  [
    'w3c.jsonld',
    async () =>
      toSafeJson(
        toW3CCollection([article], claims, {
          id: 'urn:uuid:0b6c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
          label: 'Vérifications : Cloudwatt aurait lui-même demandé son audit',
        }),
      ),
  ],
  [
    'claimreview.jsonld',
    async () =>
      toSafeJson(
        toClaimReviews(
          article,
          claims,
          {
            reviewerName: 'Camille',
            organisationName: 'Les Vérificateurs',
            organisationUrl: 'https://verificateurs.example.fr',
          },
          {
            url: (claim) =>
              factCheckUrl(
                'https://verificateurs.example.fr/verifications/{slug}#{claimId}',
                article,
                claim,
              ),
          },
        ),
      ),
  ],
  ['claims.csv', async () => toCsv([article], claims)],
];

describe('docs/samples', () => {
  it.each(samples)('%s is what the export writes', async (name, make) => {
    const file = new URL(name, folder);
    const made = await make();
    if (process.env.UPDATE_SAMPLES || !existsSync(file)) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(file, made);
    }
    const stored = readFileSync(file, 'utf8');
    if (name.endsWith('.csv')) expect(stored).toBe(made);
    else expect(JSON.parse(stored)).toEqual(JSON.parse(made));
  });

  it.each(['bundle.json', 'w3c.jsonld'])('%s imports back without problems', (name) => {
    const result = parseImportText(readFileSync(new URL(name, folder), 'utf8'));
    expect(result.ok).toBe(true);
    if (result.ok && result.kind === 'w3c') expect(result.problems).toEqual([]);
  });
});
