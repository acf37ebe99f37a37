/**
 * Command palette (issue 14): query time from keystroke to results painted, in Chromium against the
 * browser host, with 20,000 contracts, 200 VMs, 2,000 invoices and about 2,000 DNS records cached. Also: main's query time alone and
 * the time to build the index from the cache.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Page } from '@playwright/test';
import type { ChannelName } from '../common/contract';
import type { Result } from '../common/result';
import { startHostbillSandbox } from '../sandbox/hostbill/server';
import { startIonosSandbox } from '../sandbox/ionos/server';
import { launchBrowser, median, startBenchHost } from './browser';

const CONTRACTS = 20_000;
const VMS = 200;
const INVOICES = 2_000;
/** Zones of 10–300 records each: about 2,000 records in all. */
const ZONES = 14;

/** Types `value` into the palette as React sees it; resolves when its results are painted. */
function keystrokeTimed(page: Page, value: string): Promise<number> {
  return page.evaluate(
    (text) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>(
          'input[aria-label="Search everything or run a command"]',
        )!;
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        const started = performance.now();
        setValue.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const check = () => {
          const list = document.querySelector<HTMLElement>('[role="listbox"][aria-label="Results"]');
          if (list?.dataset.query === text)
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
          else if (performance.now() - started > 5_000) reject(new Error(`no results painted for ${text}`));
          else requestAnimationFrame(check);
        };
        check();
      }),
    value,
  );
}

export async function benchPalette(): Promise<Record<string, string | number>> {
  const ionos = await startIonosSandbox({ contracts: CONTRACTS });
  const hostbill = await startHostbillSandbox({ size: { services: 50, vms: VMS, invoices: INVOICES, zones: ZONES } });
  const run = await startBenchHost();
  const browser = await launchBrowser();
  const call = async <T>(channel: ChannelName, args?: unknown): Promise<T> => {
    const result = (await run.core.dispatch(channel, args)) as Result<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.kind}: ${result.error.message}`);
    return result.value;
  };
  try {
    const add = (kind: string, baseUrl: string, authMethod: string, username: string, secret: string) =>
      call<{ id: string }>('accounts.add', { kind, label: kind, baseUrl, authMethod, username, secret });
    const ionosAccount = await add('ionos-reseller', ionos.url, 'token', '', ionos.demo.token);
    const portal = await add('hostbill', hostbill.url, 'jwt', hostbill.demo.username, hostbill.demo.password);
    // Every other IPC call waits while main's event loop is held: the longest hold during the syncs
    // and the index catching up after them (in slices) is what a click could wait at worst.
    const stalls = monitorEventLoopDelay({ resolution: 5 });
    stalls.enable();
    await call('contracts.refresh', { accountId: ionosAccount.id });
    await call('services.refresh', { accountId: portal.id });
    await call('invoices.refresh', { accountId: portal.id });
    await call('dns.zones.refresh', { accountId: portal.id });
    let records = 0;
    const zones = (
      await call<{ data: { id: string; serviceId: string }[] }>('dns.zones.list', { accountId: portal.id })
    ).data;
    for (const zone of zones) {
      const ref = { accountId: portal.id, serviceId: zone.serviceId, zoneId: zone.id };
      for (let tries = 0; tries < 200; tries += 1) {
        const cached = await call<{ data: { records: unknown[] } | null; syncedAt: string | null }>(
          'dns.zone.get',
          ref,
        );
        if (cached.data && cached.syncedAt) {
          records += cached.data.records.length;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
    stalls.disable();
    // The first query after the syncs (the index has usually caught up in the background by then).
    const buildStarted = performance.now();
    await call('search.query', { text: 'warm' });
    const buildMs = performance.now() - buildStarted;

    const contracts = (await call<{ data: { id: string }[] }>('contracts.list', { accountId: ionosAccount.id })).data;
    const vms = (await call<{ data: { ipv4: string[] }[] }>('vms.list', { accountId: portal.id })).data;
    const number = contracts[12_345]!.id;
    const ip = vms.find((vm) => vm.ipv4.length > 0)!.ipv4[0]!;
    const invoices = (
      await call<{ data: { rows: { number: string | null }[] } }>('invoices.list', { accountId: portal.id })
    ).data.rows;
    const invoiceNumber = invoices.find((row) => row.number)?.number ?? 'INV';
    const queries = [number, ip, invoiceNumber, 'gmbh', 'mueller', 'web-0', 'mail.'];

    const mainTimes: number[] = [];
    for (const text of queries) {
      for (let end = 1; end <= text.length; end += 1) {
        const started = performance.now();
        await call('search.query', { text: text.slice(0, end) });
        mainTimes.push(performance.now() - started);
      }
    }

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript('window.__name = (fn) => fn;');
    const page = await context.newPage();
    await page.goto(`${run.host.url}#/accounts`);
    await page.getByRole('heading', { name: 'Accounts' }).waitFor();
    await page.keyboard.press('Control+K');
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
    const paintTimes: number[] = [];
    let firstNumber: string | null = null;
    for (const text of queries) {
      for (let end = 1; end <= text.length; end += 1) paintTimes.push(await keystrokeTimed(page, text.slice(0, end)));
      firstNumber ??= await page.getByRole('option').first().textContent();
      await keystrokeTimed(page, '');
    }
    await context.close();
    return {
      'contracts cached': contracts.length,
      'VMs cached': vms.length,
      'invoices cached': invoices.length,
      'DNS records cached': records,
      'first query after the syncs (ms)': Math.round(buildMs),
      'longest event-loop hold in main during the syncs and the index catch-up (ms)': Math.round(stalls.max / 1e6),
      'search.query in main, median per keystroke (ms)': Number(median(mainTimes).toFixed(1)),
      'search.query in main, worst keystroke (ms)': Number(Math.max(...mainTimes).toFixed(1)),
      'keystroke to results painted, median (ms, target ≤ 50)': Number(median(paintTimes).toFixed(1)),
      'keystroke to results painted, worst (ms)': Number(Math.max(...paintTimes).toFixed(1)),
      keystrokes: paintTimes.length,
      [`first result for contract ${number}`]: (firstNumber ?? '').slice(0, 60),
    };
  } finally {
    await browser.close();
    await run.close();
    await ionos.close();
    await hostbill.close();
  }
}
