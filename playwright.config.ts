import { defineConfig } from '@playwright/test';

/**
 * Two projects: `browser` drives the browser host in Debian's Chromium (runs everywhere), and
 * `electron` drives the real app through _electron.launch where an Electron binary is installed
 * (it skips, saying why, where it is not).
 */
export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    { name: 'browser', testMatch: 'specs/**/*.spec.ts' },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
});
