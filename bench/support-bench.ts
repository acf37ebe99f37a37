/**
 * Issue 11's figures against the HostBill simulator (50 ms per request): requests one notification
 * poll makes when nothing is new (target 1) and when one notification arrived; opening a cached
 * 200-reply ticket thread in the browser host until its replies are painted.
 */

import { value, addAccount } from './counting-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppCore } from '../main/core';
import { silentLogger } from '../main/logger';
import { createMemoryCredentialStore } from '../main/secrets/memory-store';
import { startHostbillSandbox } from '../sandbox/hostbill/server';

const LATENCY_MS = 50;
const POLL_MS = 300;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function benchPoll(): Promise<Record<string, number>> {
  const sandbox = await startHostbillSandbox({ latencyMs: LATENCY_MS });
  const dataDir = mkdtempSync(join(tmpdir(), 'rc-bench-support-'));
  const paths: string[] = [];
  const previous = process.env.RC_NOTIFICATION_POLL_MS;
  process.env.RC_NOTIFICATION_POLL_MS = String(POLL_MS);
  const core = await createAppCore({
    dataDir,
    secrets: createMemoryCredentialStore(),
    fetch: (url, init) => {
      paths.push(`${init.method ?? 'GET'} ${new URL(url).pathname}`);
      return fetch(url, init);
    },
    host: 'browser',
    version: 'bench',
    logger: silentLogger,
    startDemoSandbox: () => Promise.reject(new Error('no demo in the bench')),
  });
  if (previous === undefined) delete process.env.RC_NOTIFICATION_POLL_MS;
  else process.env.RC_NOTIFICATION_POLL_MS = previous;
  try {
    const accountId = await addAccount(core, sandbox);
    await value(core, 'notifications.list', { accountId });
    await wait(POLL_MS * 3);
    paths.length = 0;
    await wait(POLL_MS * 10 + POLL_MS / 2);
    const polls = paths.filter((p) => p === 'GET /api/notifications/new').length;
    const quiet = paths.length / Math.max(1, polls);
    paths.length = 0;
    await fetch(`http://127.0.0.1:${sandbox.port}/__sandbox/notify`, { method: 'POST', body: '{}' });
    await wait(POLL_MS * 2);
    const firstPoll = paths.indexOf('GET /api/notifications/new');
    const secondPoll = paths.indexOf('GET /api/notifications/new', firstPoll + 1);
    const withNews = (secondPoll < 0 ? paths.length : secondPoll) - firstPoll;
    return {
      'notification polls observed (300 ms interval here; app: 60 s)': polls,
      'requests per notification poll, nothing new (target 1)': Math.round(quiet * 100) / 100,
      'requests of the poll that finds one new notification': withNews,
    };
  } finally {
    await core.close();
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchSupport(): Promise<Record<string, string | number>> {
  const { benchThread } = await import('./support-thread');
  return { ...(await benchPoll()), ...(await benchThread()) };
}
