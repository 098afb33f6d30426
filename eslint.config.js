import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layers, folder kinds and the home of each library: docs/DESIGN.md, "Layers" and "Folders".

/** A library that lives in one place only. */
const library = (group, message) => ({ group, message });
const dexie = library(['dexie', 'dexie/*'], 'Dexie lives in src/db only.');
const dexieHooks = library(
  ['dexie-react-hooks'],
  'Live queries are read in src/ui/live only (docs/DESIGN.md, "Folders").',
);
const zustand = library(['zustand', 'zustand/*'], 'zustand lives in src/store only.');
const tiptap = library(
  ['@tiptap/*'],
  '@tiptap lives in src/editor and src/ui/article-view/ArticleEditor.tsx only.',
);
const react = library(['react', 'react-dom', 'react/*', 'react-dom/*'], 'No React here.');

/** An import of one of the given layers of src/, from a file in another layer. */
const upward = (layers, message) => ({ group: layers.map((layer) => `**/${layer}/*`), message });

/** An import of a sibling folder (`../name/…`) among the given ones. */
const sibling = (folders, message) => ({ regex: `^\\.\\./(${folders.join('|')})/`, message });

const testData = {
  regex: '(^|/)test-data/',
  message: 'Test data is for tests only (*.test.ts).',
};
const claimsFeed = {
  regex: '/db/claims-feed$',
  message: 'The claims feed is read in src/ui/live only (docs/DESIGN.md, "Folders").',
};

const SHELL = ['app'];
const SCREENS = ['library', 'reader', 'all-claims', 'settings', 'report'];
const PARTS = ['article-view', 'claim-card', 'articles', 'exchange'];
const BASE = ['live', 'shared', 'i18n'];
const folders = (names) => names.map((name) => `src/ui/${name}/**`);

/** The no-restricted-imports rule with these patterns; the last config that matches a file wins. */
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

/** What every file of src/ui may not import, besides its folder kind's own limits. */
const UI = [dexie, dexieHooks, zustand, tiptap, testData, claimsFeed];

// Direction inside src/domain: text ← anchoring, text ← articles, claims ← exchange ← merge.
const DOMAIN = [
  dexie,
  dexieHooks,
  zustand,
  tiptap,
  react,
  testData,
  upward(['db', 'store', 'editor', 'ui'], 'domain imports nothing from other layers.'),
];
const domainFolder = (name, forbidden) => ({
  files: [`src/domain/${name}/**`],
  ignores: ['**/*.test.ts'],
  rules: restrict(
    ...DOMAIN,
    sibling(forbidden, `domain/${name} does not import domain/${forbidden.join(', ')}.`),
  ),
});

/**
 * Libraries that do one job in one file (docs/DESIGN.md, "Layers"), checked by a rule of their
 * own so that the layer rules above stay as they are: each may be imported in its home only.
 */
const HOMED = [
  { name: '@mozilla/readability', home: ['src/editor/extract-article.ts'] },
  { name: 'dompurify', home: ['src/editor/article-input.ts'] },
  { name: 'marked', home: ['src/editor/article-input.ts'] },
  { name: 'papaparse', home: ['src/domain/exchange/csv.ts'] },
  { name: 'exceljs', home: ['src/domain/exchange/xlsx.ts'] },
  { name: 'approx-string-match', home: ['src/domain/anchoring/locate-fuzzy.ts'] },
  {
    name: 'yjs',
    home: [
      'src/db/sync-doc.ts',
      'src/db/sync-doc-record.ts',
      'src/db/sync-doc-library.ts',
      'src/db/sync-local-store.ts',
      'src/db/sync-bridge.ts',
      'src/db/team-sync.ts',
      'src/db/team-fetch.ts',
      'src/db/sync-library.ts',
    ],
  },
  { name: '@hocuspocus/provider', home: ['src/db/team-sync.ts', 'src/db/team-fetch.ts'] },
  {
    name: 'zod',
    home: [
      'src/domain/exchange/bundle-schema.ts',
      'src/domain/exchange/import-problems.ts',
      'src/domain/exchange/rating-scale-schema.ts',
      'src/domain/exchange/stored-record.ts',
      'src/domain/exchange/unique-ids.ts',
      'src/domain/exchange/w3c-schema.ts',
    ],
  },
];
/** What the app never imports: the team server's code and its server-only libraries. */
const SERVER_ONLY = {
  group: [
    '**/server/*',
    '@hocuspocus/server',
    '@hocuspocus/extension-*',
    'better-sqlite3',
    'pg',
    'jose',
    'tsx',
  ],
  message: 'The team server and its libraries stay in server/ (docs/DESIGN.md, "Layers").',
};
const homedPatterns = (allowed = []) => [
  SERVER_ONLY,
  ...HOMED.filter((library) => !allowed.includes(library)).map((library) => ({
    group: [library.name, `${library.name}/*`],
    message: `${library.name} lives in ${library.home.join(', ')} only.`,
  })),
];
const homedLibraries = [
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: homedPatterns() }] },
  },
  // One config per home file, allowing every library homed there.
  ...[...new Set(HOMED.flatMap((library) => library.home))].map((file) => ({
    files: [file],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: homedPatterns(HOMED.filter((library) => library.home.includes(file))) },
      ],
    },
  })),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dev-dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'reports',
      'bench/.tmp',
      'sync-data',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      ...restrict(dexie, dexieHooks, zustand, tiptap),
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  // The team server stores and relays documents without interpreting them (docs/DESIGN.md,
  // "The team's record and sync"): it shares no code with the app, and the app none with it.
  {
    files: ['server/**'],
    rules: restrict(dexie, dexieHooks, zustand, tiptap, react, {
      group: ['**/src/*', '**/src/**'],
      message: 'The team server imports nothing from the app (src/).',
    }),
  },
  {
    files: ['src/domain/**'],
    ignores: ['**/*.test.ts'],
    rules: restrict(...DOMAIN),
  },
  domainFolder('text', ['anchoring', 'articles', 'claims', 'exchange', 'merge']),
  domainFolder('anchoring', ['articles', 'claims', 'exchange', 'merge']),
  domainFolder('articles', ['anchoring', 'claims', 'exchange', 'merge']),
  domainFolder('claims', ['anchoring', 'exchange', 'merge']),
  domainFolder('exchange', ['merge']),
  {
    files: ['src/domain/**/*.test.ts'],
    rules: restrict(dexie, dexieHooks, zustand, tiptap, react),
  },
  {
    files: ['src/db/**'],
    rules: restrict(
      dexieHooks,
      zustand,
      tiptap,
      react,
      upward(['store', 'editor', 'ui'], 'db depends on domain only.'),
    ),
  },
  {
    files: ['src/db/**'],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      dexieHooks,
      zustand,
      tiptap,
      react,
      testData,
      upward(['store', 'editor', 'ui'], 'db depends on domain only.'),
    ),
  },
  {
    files: ['src/editor/**'],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      dexie,
      dexieHooks,
      zustand,
      testData,
      upward(['db', 'store', 'ui'], 'editor depends on domain only.'),
    ),
  },
  {
    files: ['src/editor/**/*.test.ts'],
    rules: restrict(
      dexie,
      dexieHooks,
      zustand,
      upward(['db', 'store', 'ui'], 'editor depends on domain only.'),
    ),
  },
  {
    files: ['src/store/**'],
    rules: restrict(
      dexie,
      dexieHooks,
      tiptap,
      testData,
      upward(['db', 'editor', 'ui'], 'store depends on domain only.'),
    ),
  },
  {
    files: ['src/ui/**'],
    rules: restrict(...UI),
  },
  {
    files: folders(SCREENS),
    rules: restrict(
      ...UI,
      sibling(
        [...SHELL, ...SCREENS],
        'A screen imports parts and base code only, never the shell or another screen.',
      ),
    ),
  },
  {
    files: folders(PARTS),
    rules: restrict(
      ...UI,
      sibling(
        [...SHELL, ...SCREENS, ...PARTS],
        'A part imports base code only, never the shell, a screen or another part.',
      ),
    ),
  },
  {
    files: folders(BASE),
    rules: restrict(
      ...UI,
      sibling(
        [...SHELL, ...SCREENS, ...PARTS],
        'Base code knows no feature: it imports other base code only.',
      ),
    ),
  },
  {
    files: ['src/ui/live/**'],
    rules: restrict(
      dexie,
      zustand,
      tiptap,
      testData,
      sibling(
        [...SHELL, ...SCREENS, ...PARTS],
        'Base code knows no feature: it imports other base code only.',
      ),
    ),
  },
  {
    files: ['src/ui/article-view/ArticleEditor.tsx'],
    rules: restrict(
      dexie,
      dexieHooks,
      zustand,
      testData,
      claimsFeed,
      sibling(
        [...SHELL, ...SCREENS, ...PARTS],
        'A part imports base code only, never the shell, a screen or another part.',
      ),
    ),
  },
  ...homedLibraries,
);
