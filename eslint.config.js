// Folder boundaries are runtimes (CONVENTIONS.md "Folders are runtimes"): each folder may import
// only what can run where it runs. A violation fails `npm run lint`, and so `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const restrict = (message, { paths = [], patterns = [] }) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: [{ group: patterns, message }],
    },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'coverage/', 'test-results/', '.attache-server/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict('shared/ runs anywhere: no DOM, Node, Electron, React or storage imports.', {
      paths: ['electron', 'react', 'react-dom', 'dexie', ...nodeBuiltins],
      patterns: ['**/renderer/**', '**/electron/**', '**/server/**', 'node:*'],
    }),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: restrict(
      'renderer/ is a sandboxed browser page: no Node or Electron; other features only through their index.ts.',
      {
        paths: ['electron', ...nodeBuiltins],
        patterns: ['**/electron/**', '**/server/**', 'node:*', '**/features/*/*'],
      },
    ),
  },
  {
    // The rooms below the features (components, forms, records, db, print, attachments…) serve
    // every feature, so they import none, and nothing but the composition root imports the shell.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/features/**', 'renderer/app/**', 'renderer/main.tsx', '**/*.test.{ts,tsx}'],
    rules: restrict('Below the features: import no feature and nothing of renderer/app (features plug in through their FeatureModule).', {
      paths: ['electron', ...nodeBuiltins],
      patterns: ['**/electron/**', '**/server/**', 'node:*', '**/features/**', '**/app', '**/app/**'],
    }),
  },
  {
    files: ['renderer/features/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: restrict('A feature enters the shell through its FeatureModule: it never imports renderer/app.', {
      paths: ['electron', ...nodeBuiltins],
      patterns: ['**/electron/**', '**/server/**', 'node:*', '**/features/*/*', '**/app', '**/app/**'],
    }),
  },
  {
    // One door per feature (CONVENTIONS.md): no import cycle anywhere in the renderer, so the shell
    // assembles features and nothing below a feature reaches back up. Checked on type imports too:
    // a type-only cycle still ties two rooms together.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict('electron/main may import shared/, electron and node:* only.', {
      patterns: ['**/renderer/**', '**/server/**', '**/preload/**', 'react', 'react-dom', 'dexie'],
    }),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict('The sandboxed preload may import only electron (contextBridge, ipcRenderer) and shared/ types.', {
      paths: nodeBuiltins,
      patterns: ['**/renderer/**', '**/server/**', '**/main/**', 'node:*', 'react', 'dexie'],
    }),
  },
  {
    files: ['server/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict('server/ is Node: it may import shared/, node:* and server packages.', {
      paths: ['electron', 'react', 'react-dom', 'dexie'],
      patterns: ['**/renderer/**', '**/electron/**'],
    }),
  },
  {
    files: ['**/*.test.{ts,tsx}', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-imports': 'off' },
  },
);
