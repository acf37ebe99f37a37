import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{main,common,sandbox,preload,renderer,e2e/host}/**/*.test.{ts,tsx}'],
    // Keychain tests need a Secret Service session: they run in their own step (vitest.keychain.config.ts).
    exclude: ['**/*.keychain.test.ts', '**/node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
  },
});
