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
const walls = (extra = [], extraPatterns = []) => ({
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
        ...extraPatterns,
      ],
    },
  ],
});

const MAIN_EXEMPT = [
  'main/index.ts',
  'main/window/**',
  'main/**/*.test.ts',
  'main/**/*.test-util.ts',
  'main/test-support/**',
];
export const API_WALLS = [
  { regex: '^(\\.\\./)+services(/|$)', message: 'api/ never imports services/: clients know nothing of the app.' },
  { regex: '^(\\.\\./)+cache(/|$)', message: 'api/ never imports cache/: clients do not store anything.' },
];
export const FEATURE_WALLS = [
  // `../<other feature>/…` (one level up, into a folder); the kernel's own files are `../<file>`.
  {
    regex: '^\\.\\./(?!\\.\\.)[^/]+/',
    message: "A feature never imports another feature's internals: share through the kernel.",
  },
  {
    group: ['**/api/*/normalize', '**/api/*/mappers', '**/api/*/schemas'],
    message: 'Services do not parse raw portal data: normalise it in api/.',
  },
];
const mainWalls = (extra = []) => ({
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
        ...extra,
      ],
    },
  ],
});
// Renderer features use shared modules (app/, components/, lib/) and the accounts and settings
// stores; never another feature's files (a link to another area is a route, not an import).
export const RENDERER_FEATURE_WALLS = [
  {
    regex: '^\\.\\./(?!\\.\\.|accounts/accounts-store$|settings/settings-store$)[^/]+/',
    message: "A renderer feature never imports another feature's files: use shared modules or a route.",
  },
];

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
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: walls([], RENDERER_FEATURE_WALLS),
  },
  { files: ['renderer/src/lib/api.ts'], rules: { 'no-restricted-syntax': 'off' } },
  { files: ['renderer/vite.config.ts'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['common/**/*.ts'], rules: walls() },
  {
    files: ['main/**/*.ts'],
    ignores: MAIN_EXEMPT,
    rules: mainWalls(),
  },
  // Walls inside main: the API clients know nothing of the app around them…
  { files: ['main/api/**/*.ts'], ignores: MAIN_EXEMPT, rules: mainWalls(API_WALLS) },
  // …and a feature uses the kernel and the API clients, never another feature's internals, and
  // never parses raw portal data (normalisation belongs to api/).
  { files: ['main/services/*/**/*.ts'], ignores: MAIN_EXEMPT, rules: mainWalls(FEATURE_WALLS) },
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
