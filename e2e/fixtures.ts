/**
 * Test fixtures: every test gets a fresh data dir, its own browser host (the real core, the real
 * keychain through keytar, the real encrypted SQLite) and a fresh Chromium profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { silentLogger } from '../main/logger';
import { startHostRun, type HostRun } from './host/start';

export { CHROMIUM, CHROMIUM_ARGS } from './fixtures-browser';
import { CHROMIUM, CHROMIUM_ARGS } from './fixtures-browser';

interface Fixtures {
  dataDir: string;
  hostRun: HostRun;
  context: BrowserContext;
  page: Page;
  /** Starts (or restarts) the host on the same data dir, e.g. to check what survives a restart. */
  restartHost: () => Promise<HostRun>;
}

export const test = base.extend<Fixtures>({
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-e2e-data-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  hostRun: async ({ dataDir }, use) => {
    const run = await startHostRun({ dataDir, logger: silentLogger });
    await use(run);
    await run.close().catch(() => undefined);
  },
  context: async ({}, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'rc-e2e-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  page: async ({ context, hostRun }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(hostRun.host.url);
    await use(page);
  },
  restartHost: async ({ hostRun, dataDir }, use) => {
    let current = hostRun;
    await use(async () => {
      await current.close();
      current = await startHostRun({ dataDir, logger: silentLogger });
      return current;
    });
  },
});

export { expect } from '@playwright/test';

/** Screenshot of the current screen in light and dark, kept as a test artifact. */
export async function screenshotBothThemes(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join('test-results', 'screens', `${name}-${scheme}.png`), fullPage: false });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
