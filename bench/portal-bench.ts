/**
 * Issue 12's figure, against the HostBill simulator with 50 ms added per request: the time from
 * changing an order option to the portal's new price, through the core (quote round trip via IPC
 * dispatch, sign-in excluded) plus the form's debounce.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Quote } from '../common/models/hostbill';
import type { Result } from '../common/result';
import { createAppCore, type AppCore } from '../main/core';
import { silentLogger } from '../main/logger';
import { createMemoryCredentialStore } from '../main/secrets/credential-store';
import { QUOTE_DEBOUNCE_MS } from '../renderer/src/features/orders/use-quote';
import { startHostbillSandbox } from '../sandbox/hostbill/server';
import { median } from './browser';

const LATENCY_MS = 50;

async function value<T>(core: AppCore, channel: string, args: unknown): Promise<T> {
  const result = (await core.dispatch(channel, args)) as Result<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

export async function benchPortal(runs = 10): Promise<Record<string, string | number>> {
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
      'order option changed → new price, incl. form debounce (median ms)': Math.round(
        median(times) + QUOTE_DEBOUNCE_MS,
      ),
      'quote runs (last total)': `${runs} (${last})`,
    };
  } finally {
    await core.close();
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
