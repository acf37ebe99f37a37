// Lint also enforces the process walls of docs/architecture.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'crypto',
  'http',
  'https',
  'net',
  'child_process',
  'url',
  'util',
  'stream',
  'events',
  'module',
  'worker_threads',
];
const walls = (extra = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'electron', message: 'Only main/index.ts, main/window/ and the preload import electron.' },
        ...NODE_BUILTINS.map((name) => ({ name, message: 'No Node built-ins here.' })),
        ...extra,
      ],
      patterns: [
        { group: ['node:*'], message: 'No Node built-ins here: renderer/ and common/ run anywhere.' },
        { group: ['**/main/**', '**/preload/**'], message: 'renderer/ and common/ never import main/ or preload/.' },
        { group: ['**/sandbox/**'], message: 'App code never imports the sandbox.' },
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.ci/node/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...walls(),
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='window'][property.name='api']",
          message: 'Only renderer/src/lib/api.ts touches window.api; go through a store.',
        },
      ],
    },
  },
  { files: ['renderer/src/lib/api.ts'], rules: { 'no-restricted-syntax': 'off' } },
  { files: ['renderer/vite.config.ts'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['common/**/*.ts'], rules: walls() },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/index.ts', 'main/window/**', 'main/**/*.test.ts', 'main/**/*.test-util.ts', 'main/test-support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only main/index.ts and main/window/ import electron; take what you need as a port.',
            },
          ],
          patterns: [
            { group: ['**/sandbox/**'], message: 'App code never imports the sandbox (the demo loads it lazily).' },
          ],
        },
      ],
    },
  },
  {
    files: ['sandbox/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The sandbox is plain Node.' }],
          patterns: [{ group: ['**/main/**'], message: 'The sandbox does not depend on the app.' }],
        },
      ],
    },
  },
);
