/**
 * Issue 12's figure, against the HostBill simulator with 50 ms added per request: the time from
 * changing an order option to the portal's new price shown, in the browser (browser host + Debian's
 * Chromium: debounce, quote round trip, render), and the quote round trip alone through the core.
 */

import { value } from './counting-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Quote } from '../common/models/hostbill';
import { createAppCore } from '../main/core';
import { silentLogger } from '../main/logger';
import { createMemoryCredentialStore } from '../main/secrets/memory-store';
import { QUOTE_DEBOUNCE_MS } from '../renderer/src/features/orders/use-quote';
import { startHostbillSandbox } from '../sandbox/hostbill/server';
import { launchBrowser, median, startBenchHost } from './browser';

const LATENCY_MS = 50;

async function benchQuote(runs = 10): Promise<Record<string, string | number>> {
  const sandbox = await startHostbillSandbox({ latencyMs: LATENCY_MS });
  const dataDir = mkdtempSync(join(tmpdir(), 'rc-bench-portal-'));
  const core = await createAppCore({
    dataDir,
    secrets: createMemoryCredentialStore(),
    fetch: (url, init) => fetch(url, init),
    host: 'browser',
    version: 'bench',
    logger: silentLogger,
    startDemoSandbox: () => Promise.reject(new Error('no demo in the bench')),
  });
  try {
    const { id: accountId } = await value<{ id: string }>(core, 'accounts.add', {
      kind: 'hostbill',
      label: 'Bench portal',
      baseUrl: sandbox.url,
      authMethod: 'jwt',
      username: sandbox.demo.username,
      secret: sandbox.demo.password,
    });
    await value(core, 'orders.form', { accountId, productId: '333' });
    const disks = ['10330', '10331', '10332'];
    const times: number[] = [];
    let last = 0;
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      const quote = await value<Quote>(core, 'orders.quote', {
        accountId,
        items: [{ productId: '333', domain: 'bench.example', cycle: 'm', custom: { '1618': { [disks[i % 3]!]: 1 } } }],
      });
      times.push(performance.now() - started);
      last = quote.total ?? 0;
    }
    return {
      'order option changed → portal price answered, quote via IPC (median ms)': Math.round(median(times)),
      'form debounce before a quote is asked (ms)': QUOTE_DEBOUNCE_MS,
      'quote runs (last total)': `${runs} (${last})`,
    };
  } finally {
    await core.close();
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchPriceShown(runs = 6): Promise<Record<string, number>> {
  const sandbox = await startHostbillSandbox({ latencyMs: LATENCY_MS });
  const host = await startBenchHost();
  const browser = await launchBrowser();
  const times: number[] = [];
  try {
    const { id: accountId } = await value<{ id: string }>(host.core, 'accounts.add', {
      kind: 'hostbill',
      label: 'Bench portal',
      baseUrl: sandbox.url,
      authMethod: 'jwt',
      username: sandbox.demo.username,
      secret: sandbox.demo.password,
    });
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`${host.host.url}#/a/${accountId}/orders/10/333`);
    await page.getByRole('textbox', { name: 'Domain' }).fill('bench-shop.example');
    const total = page.getByTestId('order-total');
    await total.waitFor({ timeout: 30_000 });
    const disks = ['10 GB', '25 GB — 2.00', '50 GB — 4.50'];
    for (let i = 0; i < runs; i += 1) {
      await page.waitForFunction(() => !document.querySelector('[aria-label="Price"][aria-busy="true"]'));
      const before = await total.innerText();
      const started = performance.now();
      await page.getByLabel('Disk Size').selectOption({ label: disks[(i + 1) % 3]! });
      await page.waitForFunction(
        (old) => {
          const price = document.querySelector('[aria-label="Price"]');
          const shown = document.querySelector('[data-testid="order-total"]')?.textContent;
          return price?.getAttribute('aria-busy') !== 'true' && shown !== old;
        },
        before,
        { timeout: 10_000 },
      );
      times.push(performance.now() - started);
    }
  } finally {
    await browser.close();
    await host.close();
    await sandbox.close();
  }
  return {
    'order option changed → new price shown in the browser (median ms)': Math.round(median(times)),
    'option changes measured': runs,
  };
}

export async function benchPortal(): Promise<Record<string, string | number>> {
  return { ...(await benchPriceShown()), ...(await benchQuote()) };
}
