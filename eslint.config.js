import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Each library has one home (DESIGN.md, "Layers"); these patterns keep it there.
const dexie = { group: ['dexie', 'dexie/*'], message: 'Dexie lives in src/db only.' };
const dexieHooks = {
  group: ['dexie-react-hooks'],
  message: 'useLiveQuery is for ui hooks named use-*.ts only.',
};
const zustand = { group: ['zustand', 'zustand/*'], message: 'zustand lives in src/store only.' };
const tiptap = {
  group: ['@tiptap/*'],
  message: '@tiptap lives in src/editor (and the editor component) only.',
};
const react = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
  message: 'No React here.',
};
const upward = (layers, message) => ({
  group: layers.map((layer) => `**/${layer}/*`),
  message,
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dev-dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/.tmp',
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
      'no-restricted-imports': ['error', { patterns: [dexie, dexieHooks, zustand, tiptap] }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            dexie,
            dexieHooks,
            zustand,
            tiptap,
            react,
            upward(['db', 'store', 'editor', 'ui'], 'domain imports nothing from other layers.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            dexieHooks,
            zustand,
            tiptap,
            react,
            upward(['store', 'editor', 'ui'], 'db depends on domain only.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/editor/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            dexie,
            dexieHooks,
            zustand,
            upward(['db', 'store', 'ui'], 'editor depends on domain only.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/use-*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [dexie, zustand, tiptap] }],
    },
  },
  {
    files: ['src/ui/ArticleEditor.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [dexie, dexieHooks, zustand] }],
    },
  },
  {
    files: ['src/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            dexie,
            dexieHooks,
            tiptap,
            upward(['db', 'editor', 'ui'], 'store depends on domain only.'),
          ],
        },
      ],
    },
  },
);
