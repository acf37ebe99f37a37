import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['main/**/*.keychain.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
