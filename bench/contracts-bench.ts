/**
 * Issue 3's figures, against the IONOS simulator with 20,000 contracts and 50 ms added per request:
 * requests and wall time of a full contract sync through the service; opening the Contracts screen
 * with a warm cache until rows are painted; one search keystroke until the table shows the result.
 * Issue 8 item 20: the sync's wall time as a ratio to one page's request time (5,000 contracts,
 * read and parsed) measured in the same run, so the figure does not depend on the machine. For that
 * figure the simulator runs in its own process, as a real server would: in this one its JSON
 * encoding would compete with the sync for the same thread.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { ChannelName } from '../common/contract';
import type { Result } from '../common/result';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startIonosSandbox } from '../sandbox/ionos/server';
import { launchBrowser, median, startBenchHost } from './browser';

const CONTRACTS = 20_000;
const LATENCY_MS = 50;

/** Clicks Contracts in the sidebar and waits for painted rows, all timed inside the page. */
function openContractsTimed(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        // The sidebar lists each account's areas as links (issue 7); the bench has one IONOS account.
        const nav = [...document.querySelectorAll<HTMLElement>('nav[aria-label="Main"] a')].find((b) =>
          b.textContent?.includes('Contracts'),
        );
        if (!nav) return reject(new Error('no Contracts button'));
        const started = performance.now();
        const check = () => {
          if (document.querySelectorAll('table[aria-label="Contracts"] tbody tr[data-index]').length > 0) {
            // Rows are in the DOM: wait for the frame that paints them.
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
          } else if (performance.now() - started > 20_000) reject(new Error('rows never appeared'));
          else requestAnimationFrame(check);
        };
        nav.click();
        check();
      }),
  );
}

/** Types one more character into the search box the way React sees it, until the next painted frame. */
function keystrokeTimed(page: Page, next: string): Promise<{ ms: number; count: string }> {
  return page.evaluate(
    (value) =>
      new Promise<{ ms: number; count: string }>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('input[aria-label="Search contracts"]')!;
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        const started = performance.now();
        setValue.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        requestAnimationFrame(() =>
          setTimeout(() => {
            const count = document.querySelector('[data-testid="contracts-count"]')?.textContent ?? '';
            resolve({ ms: performance.now() - started, count });
          }, 0),
        );
      }),
    next,
  );
}

type Call = <T>(channel: ChannelName, args?: unknown) => Promise<T>;

/** Full sync ÷ one page request, against `npm run sandbox` in a child process. */
async function syncRatio(call: Call): Promise<Record<string, number>> {
  const cli = resolve(import.meta.dirname, '../sandbox/cli.ts');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', cli, '--contracts', String(CONTRACTS), '--latency', String(LATENCY_MS)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    let out = '';
    const { url, token } = await new Promise<{ url: string; token: string }>((done, reject) => {
      child.once('exit', () => reject(new Error('the sandbox process ended')));
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        const url = /IONOS Reseller API v2\s+(\S+)/.exec(out)?.[1];
        const token = /Bearer token: (\S+)/.exec(out)?.[1];
        if (url && token) done({ url, token });
      });
    });
    const pageTimes: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const started = performance.now();
      const response = await fetch(`${url}/contracts?offset=0&limit=5000`, {
        headers: { authorization: `Bearer ${token}` },
      });
      JSON.parse(await response.text());
      pageTimes.push(performance.now() - started);
    }
    // The yardstick for "at once": all four pages asked together with a bare fetch (this simulator
    // builds its answers on one thread, as a single API node would), read and parsed.
    const batchTimes: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const started = performance.now();
      await Promise.all(
        [0, 5000, 10_000, 15_000].map(async (offset) => {
          const response = await fetch(`${url}/contracts?offset=${offset}&limit=5000`, {
            headers: { authorization: `Bearer ${token}` },
          });
          JSON.parse(await response.text());
        }),
      );
      batchTimes.push(performance.now() - started);
    }
    const account = await call<{ id: string }>('accounts.add', {
      kind: 'ionos-reseller',
      label: 'Bench (separate process)',
      baseUrl: url,
      authMethod: 'token',
      username: '',
      secret: token,
    });
    // The first sync has nothing cached (one page, then a batch); a resync knows last time's count
    // and asks for every page at once, and writes only what changed.
    const timedSync = async (): Promise<number> => {
      const started = performance.now();
      await call('contracts.refresh', { accountId: account.id });
      return performance.now() - started;
    };
    const firstSync = await timedSync();
    const resyncTimes: number[] = [];
    for (let i = 0; i < 3; i += 1) resyncTimes.push(await timedSync());
    await call('accounts.remove', { id: account.id });
    const page = median(pageTimes);
    return {
      'simulator in its own process: one page of 5,000, request (median ms)': Math.round(page),
      'simulator in its own process: first sync, nothing cached (ms)': Math.round(firstSync),
      'simulator in its own process: resync (median of 3, ms)': Math.round(median(resyncTimes)),
      'first sync ÷ one page request, same run': +(firstSync / page).toFixed(2),
      'resync ÷ one page request, same run (target ≤ 2)': +(median(resyncTimes) / page).toFixed(2),
      'simulator in its own process: all four pages at once, bare fetch (median ms)': Math.round(median(batchTimes)),
      'resync ÷ four pages at once by bare fetch (what the app adds)': +(
        median(resyncTimes) / median(batchTimes)
      ).toFixed(2),
    };
  } finally {
    child.kill('SIGTERM');
  }
}

export async function benchContracts(runs = 5): Promise<Record<string, string | number>> {
  const sandbox = await startIonosSandbox({ contracts: CONTRACTS, latencyMs: LATENCY_MS });
  const run = await startBenchHost();
  const browser = await launchBrowser();
  const call = async <T>(channel: ChannelName, args?: unknown): Promise<T> => {
    const result = (await run.core.dispatch(channel, args)) as Result<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.kind}: ${result.error.message}`);
    return result.value;
  };
  try {
    const account = await call<{ id: string }>('accounts.add', {
      kind: 'ionos-reseller',
      label: 'Bench',
      baseUrl: sandbox.url,
      authMethod: 'token',
      username: '',
      secret: sandbox.demo.token,
    });
    await call('settings.set', { activeAccountId: account.id });

    const syncTimes: number[] = [];
    let requests = 0;
    let synced = 0;
    for (let i = 0; i < 3; i += 1) {
      const before = sandbox.requestCount();
      const started = performance.now();
      const outcome = await call<{ lastError: unknown }>('contracts.refresh', { accountId: account.id });
      syncTimes.push(performance.now() - started);
      requests = sandbox.requestCount() - before;
      if (outcome.lastError) throw new Error(`sync failed: ${JSON.stringify(outcome.lastError)}`);
      synced = (await call<{ data: unknown[] }>('contracts.list', { accountId: account.id })).data.length;
    }

    const openTimes: number[] = [];
    const reopenTimes: number[] = [];
    const keyTimes: number[] = [];
    let lastCount = '';
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      // tsx compiles with keepNames: functions sent to the page call its __name helper.
      await context.addInitScript('window.__name = (fn) => fn;');
      const page = await context.newPage();
      await page.goto(`${run.host.url}#/accounts`);
      await page.getByRole('heading', { name: 'Accounts' }).waitFor();
      openTimes.push(await openContractsTimed(page));
      // Again after another area: the chunk is loaded and the list is re-read from main.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
      await page.getByRole('heading', { name: 'Accounts' }).waitFor();
      reopenTimes.push(await openContractsTimed(page));
      let query = '';
      for (const char of 'cust-01') {
        query += char;
        const { ms, count } = await keystrokeTimed(page, query);
        keyTimes.push(ms);
        lastCount = count;
      }
      await keystrokeTimed(page, '');
      await context.close();
    }
    return {
      'contracts synced': synced,
      'full sync: requests (limit=5000, following _links.next)': requests,
      'full sync: wall time (median of 3, ms)': Math.round(median(syncTimes)),
      ...(await syncRatio(call)),
      'open Contracts, first time in the window, warm cache → rows painted (median ms)': Math.round(median(openTimes)),
      'open Contracts, first time in the window, warm cache → rows painted (worst ms)': Math.round(
        Math.max(...openTimes),
      ),
      'reopen Contracts (area code loaded) → rows painted (median ms)': Math.round(median(reopenTimes)),
      'search keystroke → table updated and painted (median ms)': +median(keyTimes).toFixed(1),
      'search keystroke → table updated and painted (worst ms)': +Math.max(...keyTimes).toFixed(1),
      'search check: rows matching "cust-01"': lastCount,
    };
  } finally {
    await browser.close();
    await run.close();
    await sandbox.close();
  }
}

/** Clicks "Export CSV" and waits until the table says where the file was saved, timed inside the page. */
function exportCsvTimed(page: Page): Promise<{ ms: number; status: string; path: string }> {
  return page.evaluate(
    () =>
      new Promise<{ ms: number; status: string; path: string }>((resolve, reject) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('.dt-toolbar button')].find(
          (b) => b.textContent === 'Export CSV',
        );
        if (!button) return reject(new Error('no Export CSV button'));
        const before = document.querySelector('.dt-export-status')?.textContent ?? '';
        const started = performance.now();
        const check = () => {
          const status = document.querySelector('.dt-export-status')?.textContent ?? '';
          if (status !== '' && status !== before) {
            const path = document.querySelector('.dt-export-status code')?.textContent ?? '';
            resolve({ ms: performance.now() - started, status, path });
          } else if (performance.now() - started > 30_000) reject(new Error('the export never finished'));
          else requestAnimationFrame(check);
        };
        button.click();
        check();
      }),
  );
}

/**
 * Issue 7's figure: CSV export of 20,000 contracts through the DataTable (rows as shown, UTF-8 with
 * BOM, through main's save-file port), from the click until the file is written; the file is read
 * back to check it holds every row.
 */
export async function benchContractsCsv(runs = 5): Promise<Record<string, string | number>> {
  const sandbox = await startIonosSandbox({ contracts: CONTRACTS, latencyMs: LATENCY_MS });
  const run = await startBenchHost();
  const browser = await launchBrowser();
  const call = async <T>(channel: ChannelName, args?: unknown): Promise<T> => {
    const result = (await run.core.dispatch(channel, args)) as Result<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.kind}: ${result.error.message}`);
    return result.value;
  };
  try {
    const account = await call<{ id: string }>('accounts.add', {
      kind: 'ionos-reseller',
      label: 'Bench',
      baseUrl: sandbox.url,
      authMethod: 'token',
      username: '',
      secret: sandbox.demo.token,
    });
    await call('settings.set', { activeAccountId: account.id });
    const outcome = await call<{ lastError: unknown }>('contracts.refresh', { accountId: account.id });
    if (outcome.lastError) throw new Error(`sync failed: ${JSON.stringify(outcome.lastError)}`);

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript('window.__name = (fn) => fn;');
    const page = await context.newPage();
    await page.goto(`${run.host.url}#/a/${encodeURIComponent(account.id)}/contracts`);
    await page.getByTestId('contracts-count').filter({ hasText: '20,000 contracts' }).waitFor();
    const times: number[] = [];
    let lines = 0;
    let bytes = 0;
    for (let i = 0; i < runs; i += 1) {
      const { ms, status, path } = await exportCsvTimed(page);
      if (!path) throw new Error(`no file: ${status}`);
      times.push(ms);
      const csv = readFileSync(path, 'utf8');
      lines = csv.split('\r\n').length - 2;
      bytes = Buffer.byteLength(csv);
    }
    await context.close();
    return {
      'CSV export of 20,000 contracts: click → file written (median ms)': Math.round(median(times)),
      'CSV export of 20,000 contracts: click → file written (worst ms)': Math.round(Math.max(...times)),
      'CSV export check: data rows in the file': lines,
      'CSV export: file size (KB)': Math.round(bytes / 1024),
    };
  } finally {
    await browser.close();
    await run.close();
    await sandbox.close();
  }
}
