/** Shared by the benches: Debian's Chromium and a browser host over a memory keychain. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/fixtures-browser';
import { startHostRun, type HostRun } from '../e2e/host/start';
import { silentLogger } from '../main/logger';
import { createMemoryCredentialStore } from '../main/secrets/memory-store';

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });

export function startBenchHost(): Promise<HostRun> {
  return startHostRun({
    dataDir: mkdtempSync(join(tmpdir(), 'rc-bench-')),
    secrets: createMemoryCredentialStore(),
    logger: silentLogger,
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
