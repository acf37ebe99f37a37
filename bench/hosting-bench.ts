/**
 * Issue 4's figures, against the HostBill simulator with 50 ms added per request:
 * - a full services + VMs refresh (50 services, 200 VMs) through the hosting service: requests,
 *   wall time and the concurrency actually used (requests in flight, counted at the fetch port);
 * - the time from clicking Reboot in the browser (browser host + Debian's Chromium) to the VM shown
 *   as running again, when the simulator takes 3 s for a reboot.
 */

import { value, addAccount, createCountingCore } from './counting-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostbillSandbox } from '../sandbox/hostbill/server';
import { launchBrowser, median, startBenchHost } from './browser';

const LATENCY_MS = 50;

async function benchRefresh(): Promise<Record<string, number>> {
  const sandbox = await startHostbillSandbox({ latencyMs: LATENCY_MS, size: { services: 50, vms: 200 } });
  const dataDir = mkdtempSync(join(tmpdir(), 'rc-bench-hosting-'));
  const counting = await createCountingCore(dataDir);
  const { core } = counting;
  try {
    const accountId = await addAccount(core, sandbox);
    const run = async () => {
      counting.resetPeak();
      const before = sandbox.requestCount();
      const started = performance.now();
      const list = await value<{ data: unknown[]; lastError: unknown }>(core, 'services.refresh', { accountId });
      if (list.lastError) throw new Error(`refresh failed: ${JSON.stringify(list.lastError)}`);
      const ms = performance.now() - started;
      const vms = await value<{ data: unknown[] }>(core, 'vms.list', { accountId });
      return {
        ms,
        requests: sandbox.requestCount() - before,
        peak: counting.peak(),
        services: list.data.length,
        vms: vms.data.length,
      };
    };
    const cold = await run();
    const warm = await run();
    return {
      'full refresh: services / VMs cached': `${cold.services} / ${cold.vms}` as unknown as number,
      'full refresh, first (requests incl. sign-in)': cold.requests,
      'full refresh, first (ms)': Math.round(cold.ms),
      'full refresh, again (requests; methods reused)': warm.requests,
      'full refresh, again (ms)': Math.round(warm.ms),
      'full refresh: max requests in flight (limit 6)': Math.max(cold.peak, warm.peak),
    };
  } finally {
    await core.close();
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchReboot(runs = 3): Promise<Record<string, number>> {
  const sandbox = await startHostbillSandbox({ latencyMs: LATENCY_MS, vmActionSeconds: 3 });
  const host = await startBenchHost();
  const browser = await launchBrowser();
  const toRunning: number[] = [];
  const toPending: number[] = [];
  try {
    await addAccount(host.core, sandbox);
    const all = [...sandbox.state.vms.values()];
    const vm = all.find((v) => v.status === 'running' && all.filter((o) => o.label === v.label).length === 1)!;
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(host.host.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Services & VMs' }).click();
    await page
      .getByRole('navigation', { name: 'Services and VMs' })
      .getByRole('link', { name: 'Virtual machines' })
      .click();
    await page
      .getByRole('table', { name: 'Virtual machines' })
      .getByRole('button', { name: vm.label, exact: true })
      .click();
    const state = page.getByTestId('vm-state');
    const reboot = page.getByRole('group', { name: 'VM actions' }).getByRole('button', { name: 'Reboot', exact: true });
    for (let i = 0; i < runs; i += 1) {
      await state.getByText('Running', { exact: true }).waitFor({ timeout: 30_000 });
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[aria-label="VM actions"] button')].some(
          (b) => b.textContent === 'Reboot' && !(b as HTMLButtonElement).disabled,
        ),
      );
      // A reboot asks first: the time runs from the click that confirms it.
      await reboot.click();
      const confirm = page.getByRole('dialog', { name: `Reboot ${vm.label}?` });
      const started = performance.now();
      await confirm.getByRole('button', { name: 'Reboot', exact: true }).click();
      await state.getByText(/rebooting/i).waitFor({ timeout: 10_000 });
      toPending.push(performance.now() - started);
      await state.getByText('Running', { exact: true }).waitFor({ timeout: 30_000 });
      toRunning.push(performance.now() - started);
    }
  } finally {
    await browser.close();
    await host.close();
    await sandbox.close();
  }
  return {
    'reboot confirmed → pending state shown (median ms)': Math.round(median(toPending)),
    'reboot confirmed → shown running again, simulator 3 s (median ms)': Math.round(median(toRunning)),
    'reboot runs': runs,
  };
}

export async function benchHosting(): Promise<Record<string, string | number>> {
  return { ...(await benchRefresh()), ...(await benchReboot()) };
}
