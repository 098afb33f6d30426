import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import rules of eslint.config.js, checked on code that breaks them (docs/DESIGN.md,
// "Folders"): each case names the file it would be and what it imports.
const eslint = new ESLint({ cwd: process.cwd() });

/** The no-restricted-imports messages for a file at `filePath` holding one import of `source`. */
async function refusals(filePath: string, source: string): Promise<string[]> {
  const code = `import * as imported from '${source}';\nexport const used = imported;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((m) => m.ruleId?.endsWith('no-restricted-imports'))
    .map((m) => m.message.replace(/^.* import is restricted from being used by a pattern\. /, ''));
}

describe('the import rules', () => {
  it.each([
    [
      'a screen importing another screen',
      'src/ui/library/Sideways.tsx',
      '../reader/ReaderView',
      'A screen imports parts and base code only, never the shell or another screen.',
    ],
    [
      'a screen importing the shell',
      'src/ui/reader/Upward.tsx',
      '../app/App',
      'A screen imports parts and base code only, never the shell or another screen.',
    ],
    [
      'a part importing another part',
      'src/ui/claim-card/Sideways.tsx',
      '../article-view/Minimap',
      'A part imports base code only, never the shell, a screen or another part.',
    ],
    [
      'a part importing a screen',
      'src/ui/exchange/Upward.tsx',
      '../library/LibraryView',
      'A part imports base code only, never the shell, a screen or another part.',
    ],
    [
      'base code importing a feature',
      'src/ui/shared/Feature.tsx',
      '../claim-card/ClaimCard',
      'Base code knows no feature: it imports other base code only.',
    ],
    [
      'a Dexie hook outside ui/live',
      'src/ui/reader/use-live.ts',
      'dexie-react-hooks',
      'Live queries are read in src/ui/live only (docs/DESIGN.md, "Folders").',
    ],
    [
      'the claims feed outside ui/live',
      'src/ui/reader/use-feed.ts',
      '../../db/claims-feed',
      'The claims feed is read in src/ui/live only (docs/DESIGN.md, "Folders").',
    ],
    [
      'tiptap outside the editor and its host',
      'src/ui/reader/Editor.tsx',
      '@tiptap/react',
      '@tiptap lives in src/editor and src/ui/article-view/ArticleEditor.tsx only.',
    ],
    [
      'text folding importing anchoring',
      'src/domain/text/fold.ts',
      '../anchoring/anchor',
      'domain/text does not import domain/anchoring, articles, claims, exchange, merge.',
    ],
    [
      'article heuristics importing claims',
      'src/domain/articles/chrome.ts',
      '../claims/article-meta',
      'domain/articles does not import domain/anchoring, claims, exchange, merge.',
    ],
    [
      'the editor importing test data',
      'src/editor/sample.ts',
      '../domain/test-data/saved-page',
      'Test data is for tests only (*.test.ts).',
    ],
    [
      'a file format importing the merge',
      'src/domain/exchange/format.ts',
      '../merge/plan',
      'domain/exchange does not import domain/merge.',
    ],
    [
      'production code importing test data',
      'src/domain/exchange/sample.ts',
      '../test-data/exchange',
      'Test data is for tests only (*.test.ts).',
    ],
    [
      'the domain importing the database',
      'src/domain/claims/stored.ts',
      '../../db/database',
      'domain imports nothing from other layers.',
    ],
    [
      'the HTML sanitiser outside its home',
      'src/ui/articles/Sanitise.tsx',
      'dompurify',
      'dompurify lives in src/editor/article-input.ts only.',
    ],
    [
      'the article extractor outside its home',
      'src/editor/other.ts',
      '@mozilla/readability',
      '@mozilla/readability lives in src/editor/extract-article.ts only.',
    ],
    [
      'zod outside the exchange schemas',
      'src/domain/claims/validate.ts',
      'zod',
      'zod lives in src/domain/exchange/bundle-schema.ts, src/domain/exchange/import-problems.ts, src/domain/exchange/rating-scale-schema.ts, src/domain/exchange/stored-record.ts, src/domain/exchange/unique-ids.ts, src/domain/exchange/w3c-schema.ts only.',
    ],
  ])('refuse %s', async (_, filePath, source, message) => {
    expect(await refusals(filePath, source)).toEqual([message]);
  });

  it.each([
    ['a screen importing a part', 'src/ui/reader/Ok.tsx', '../claim-card/ClaimCard'],
    ['a part importing base code', 'src/ui/claim-card/Ok.tsx', '../shared/Modal'],
    ['the shell importing a screen', 'src/ui/app/Ok.tsx', '../library/LibraryView'],
    ['a Dexie hook in ui/live', 'src/ui/live/use-ok.ts', 'dexie-react-hooks'],
    ['tiptap in the editor host', 'src/ui/article-view/ArticleEditor.tsx', '@tiptap/react'],
    ['anchoring importing text', 'src/domain/anchoring/ok.ts', '../text/code-points'],
    ['a test importing test data', 'src/domain/exchange/ok.test.ts', '../test-data/exchange'],
    ['the sanitiser in its home', 'src/editor/article-input.ts', 'dompurify'],
    ['Markdown in its home', 'src/editor/article-input.ts', 'marked'],
    ['CSV in its home', 'src/domain/exchange/csv.ts', 'papaparse'],
    ['article heuristics importing text', 'src/domain/articles/ok.ts', '../text/code-points'],
    [
      'an editor test importing test data',
      'src/editor/ok.test.ts',
      '../domain/test-data/saved-page',
    ],
  ])('allow %s', async (_, filePath, source) => {
    expect(await refusals(filePath, source)).toEqual([]);
  });
});
