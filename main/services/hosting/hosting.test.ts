/**
 * The hosting feature through the IPC dispatcher of a real core (temp encrypted SQLite, memory
 * keychain) against the real HostBill simulator on port 0.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hostingKeys, type HostingService } from '../../../common/channels/hosting';
import { isVmBusy, type Vm } from '../../../common/models/hostbill';
import { startHostbillSandbox, type HostbillSandbox } from '../../../sandbox/hostbill/server';
import { CACHE_FILE, cacheKeyAccount } from '../../cache/cache-key';
import { openCacheDatabase } from '../../cache/database';
import { createTempCore, type TempCore } from '../../test-support/temp-core';

let t: TempCore;
let sandbox: HostbillSandbox;
let accountId: string;
const changes: string[] = [];
// Counts requests in flight on their way to the simulator: the concurrency the app really used.
const realFetch = globalThis.fetch;
let inFlight = 0;
let peakInFlight = 0;
globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
  inFlight += 1;
  peakInFlight = Math.max(peakInFlight, inFlight);
  try {
    return await realFetch(...args);
  } finally {
    inFlight -= 1;
  }
};

async function setUp(options: Parameters<typeof startHostbillSandbox>[0] = {}) {
  sandbox = await startHostbillSandbox({ vmActionSeconds: 0.3, latencyMs: 5, ...options });
  peakInFlight = 0;
  t = await createTempCore();
  t.core.events.subscribe((name, payload) => {
    if (name === 'cache.changed') changes.push((payload as { resource: string }).resource);
  });
  const account = await t.value('accounts.add', {
    kind: 'hostbill',
    label: 'Portal',
    baseUrl: sandbox.url,
    authMethod: 'jwt',
    username: sandbox.demo.username,
    secret: sandbox.demo.password,
  });
  accountId = account.id;
}

afterEach(async () => {
  changes.length = 0;
  await t?.dispose();
  await sandbox?.close();
});

/** Every hosting row in clear text, read through the cache key (the file itself is encrypted). */
async function decryptedHostingRows(): Promise<string> {
  const keyHex = (await t.secrets.get(cacheKeyAccount(t.dataDir)))!;
  const db = openCacheDatabase({ path: join(t.dataDir, CACHE_FILE), keyHex });
  try {
    const tables = ['hostbill_services', 'hostbill_vms', 'hostbill_service_extras', 'sync_state'];
    return tables.map((table) => JSON.stringify(db.prepare(`SELECT * FROM ${table}`).all())).join('\n');
  } finally {
    db.close();
  }
}

const dataDirBytes = () => Buffer.concat(readdirSync(t.dataDir).map((name) => readFileSync(join(t.dataDir, name))));

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, limitMs = 10_000): Promise<T> {
  const end = Date.now() + limitMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function runningVm(): Promise<Vm> {
  const vms = (await t.value('vms.list', { accountId })).data;
  const vm = vms.find((candidate) => candidate.state === 'running');
  if (!vm) throw new Error('the seed has no running VM');
  return vm;
}

describe('hosting: services and VMs', () => {
  beforeEach(async () => setUp());

  it('lists from the cache at once, refreshes services and VMs together, with bounded concurrency', async () => {
    const first = await t.value('services.list', { accountId });
    expect(first).toMatchObject({ data: [], syncedAt: null, stale: true });
    const refreshed = await t.value('services.refresh', { accountId });
    expect(refreshed.lastError).toBeNull();
    expect(refreshed.data).toHaveLength(sandbox.state.services.size);
    const withVms = refreshed.data.filter((s: HostingService) => s.features?.vms);
    expect(withVms.length).toBeGreaterThan(0);
    expect(refreshed.data.some((s) => s.label)).toBe(true);
    // The services carry no currency: the account's (from its invoices, /balance has none) is theirs.
    expect(new Set(refreshed.data.map((s) => s.currency))).toEqual(new Set(['EUR']));
    const vms = await t.value('vms.list', { accountId });
    expect(vms.syncedAt).not.toBeNull();
    expect(vms.data).toHaveLength(sandbox.state.vms.size);
    expect(vms.data.every((vm) => withVms.some((s) => s.id === vm.serviceId))).toBe(true);
    expect(peakInFlight).toBeLessThanOrEqual(6);
    expect(peakInFlight).toBeGreaterThan(1);
    expect(changes).toEqual(expect.arrayContaining([hostingKeys.key.services(), hostingKeys.key.vms()]));

    // A second refresh reads methods only for services whose list row changed (none here).
    const before = sandbox.requestCount();
    await t.value('services.refresh', { accountId });
    const services = sandbox.state.services.size;
    expect(sandbox.requestCount() - before).toBe(1 + services + withVms.length);
  });

  it('never stores or answers a service password', async () => {
    await t.value('services.refresh', { accountId });
    const passwords = [...sandbox.state.services.values()].map((s) => s.password).filter((p) => p.length >= 6);
    expect(passwords.length).toBeGreaterThan(0);
    const answers: string[] = [JSON.stringify(await t.value('services.list', { accountId }))];
    for (const service of sandbox.state.services.values()) {
      await t.call('services.get', { accountId, serviceId: service.id });
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const service of sandbox.state.services.values()) {
      answers.push(JSON.stringify(await t.value('services.get', { accountId, serviceId: service.id })));
    }
    const bytes = dataDirBytes();
    const rows = await decryptedHostingRows();
    expect(rows).toContain(sandbox.state.services.values().next().value!.name);
    for (const password of passwords) {
      expect(rows).not.toContain(password);
      expect(answers.join('\n')).not.toContain(password);
      expect(bytes.includes(Buffer.from(password))).toBe(false);
    }
    expect(bytes.includes(Buffer.from(sandbox.demo.password))).toBe(false);
  });

  it('edits a label on the portal first, then caches the answer', async () => {
    await t.value('services.refresh', { accountId });
    const service = (await t.value('services.list', { accountId })).data.find((s) => s.features?.label)!;
    const updated = await t.value('services.setLabel', { accountId, serviceId: service.id, label: 'Blue team' });
    expect(updated.label).toBe('Blue team');
    expect(sandbox.state.services.get(service.id)?.label).toBe('Blue team');
    const list = await t.value('services.list', { accountId });
    expect(list.data.find((s) => s.id === service.id)?.label).toBe('Blue team');
    expect(
      await t.call('services.setLabel', { accountId, serviceId: service.id, label: 'x'.repeat(101) }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'validation' },
    });
  });

  it('estimates an upgrade and refuses a second cancellation with the portal message', async () => {
    await t.value('services.refresh', { accountId });
    const service = (await t.value('services.list', { accountId })).data.find(
      (s) => s.features?.vms && s.status === 'Active',
    )!;
    const options = await t.value('services.upgradeOptions', { accountId, serviceId: service.id });
    const resource = options.resources[0]!;
    const other = resource.items.find((item) => !item.selected)!;
    const estimate = await t.value('services.upgrade', {
      accountId,
      serviceId: service.id,
      resources: { [resource.id]: other.id },
      send: false,
    });
    expect(typeof estimate.charge).toBe('number');
    await t.value('services.cancel', { accountId, serviceId: service.id, immediate: false, reason: 'Moving out' });
    expect(
      await t.call('services.cancel', { accountId, serviceId: service.id, immediate: false, reason: 'Again' }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'conflict', message: expect.stringContaining('already') },
    });
    // The request is kept with the service, after the write and after a full refresh.
    const cancelled = async () =>
      (await t.value('services.list', { accountId })).data.find((s) => s.id === service.id)?.cancelRequested;
    expect(await cancelled()).toBe(true);
    await t.value('services.refresh', { accountId });
    expect(await cancelled()).toBe(true);
  });

  it('shows a VM action pending, then polls until it settles, emitting as it changes', async () => {
    await t.value('services.refresh', { accountId });
    const vm = await runningVm();
    const result = await t.value('vms.action', { accountId, serviceId: vm.serviceId!, vmId: vm.id, action: 'reboot' });
    expect(result).toMatchObject({ ok: true, state: 'rebooting' });
    const pending = (await t.value('vms.list', { accountId })).data.find((v) => v.id === vm.id);
    expect(pending?.state).toBe('rebooting');
    const settled = await waitFor(
      async () => (await t.value('vms.list', { accountId })).data.find((v) => v.id === vm.id),
      (v) => !isVmBusy(v?.state ?? null),
    );
    expect(settled?.state).toBe('running');
    expect(changes).toContain(hostingKeys.key.vm({ serviceId: vm.serviceId!, vmId: vm.id }));
  });

  it('a bulk action answers one result per VM, failures included, with the state each is in', async () => {
    await t.value('services.refresh', { accountId });
    const vms = (await t.value('vms.list', { accountId })).data;
    const running = vms.filter((vm) => vm.state === 'running').slice(0, 3);
    const stopped = vms.find((vm) => vm.state === 'stopped')!;
    const targets = [...running, stopped].map((vm) => ({ serviceId: vm.serviceId!, vmId: vm.id }));
    const results = await t.value('vms.bulkAction', { accountId, targets, action: 'reboot' });
    expect(results).toHaveLength(4);
    expect(results.slice(0, 3).every((r) => r.ok && r.state === 'rebooting')).toBe(true);
    expect(results[3]).toMatchObject({ ok: false, state: 'stopped', error: { kind: 'conflict' } });
    expect(results[3]?.error?.message).toContain('is now stopped');
  });

  it('rebuild needs the typed label; a dropped answer to an action is not retried and the VM is re-read', async () => {
    await t.value('services.refresh', { accountId });
    const vm = await runningVm();
    const target = { accountId, serviceId: vm.serviceId!, vmId: vm.id };
    expect(await t.call('vms.rebuild', { ...target, template: 'debian-12', confirmLabel: 'nope' })).toMatchObject({
      ok: false,
      error: { kind: 'validation' },
    });
    const before = sandbox.requestCount();
    sandbox.faults.add({ fault: { kind: 'drop-after' }, method: 'POST', path: '/vms/.+/stop$' });
    const dropped = await t.call('vms.action', { ...target, action: 'stop' });
    expect(dropped.ok).toBe(false);
    if (!dropped.ok) {
      expect(dropped.error.message).toMatch(/not repeated/);
      expect(dropped.error.message).toMatch(/is now (stopping|stopped)/);
    }
    // One POST (dropped, not repeated) and one GET to read the VM back.
    expect(sandbox.requestCount() - before).toBe(2);
    expect(sandbox.state.vms.get(vm.id)?.status).toMatch(/stopping|stopped/);
    const settled = await waitFor(
      async () => (await t.value('vms.list', { accountId })).data.find((v) => v.id === vm.id),
      (v) => v?.state === 'stopped',
    );
    expect(settled?.state).toBe('stopped');
    const rebuilt = await t.value('vms.rebuild', { ...target, template: 'debian-12', confirmLabel: vm.label! });
    expect(rebuilt.state).toBe('rebuilding');
  });

  it('reads VM details with addresses, resources and templates, and creates a VM', async () => {
    await t.value('services.refresh', { accountId });
    const vm = await runningVm();
    await t.value('vms.get', { accountId, serviceId: vm.serviceId!, vmId: vm.id });
    const detail = await waitFor(
      () => t.value('vms.get', { accountId, serviceId: vm.serviceId!, vmId: vm.id }),
      // syncedAt is set at once (the list's): the VM's own sync is done when its extras are in.
      (d) => !d.refreshing && d.data?.templates != null,
    );
    expect(detail.data?.ips?.some((ip) => vm.ipv4.includes(ip.address))).toBe(true);
    expect(detail.data?.templates?.length).toBeGreaterThan(0);
    expect(detail.data?.resources?.items.length).toBeGreaterThan(0);

    const cloud = (await t.value('services.list', { accountId })).data.find((s) =>
      s.features?.methods.some((m) => m.method === 'POST' && m.route.endsWith('/vms')),
    )!;
    await t.value('vms.templates', { accountId, serviceId: cloud.id });
    const build = await waitFor(
      () => t.value('vms.templates', { accountId, serviceId: cloud.id }),
      (b) => b.syncedAt !== null,
    );
    expect(build.data.flavors.length).toBeGreaterThan(0);
    const created = await t.value('vms.create', {
      accountId,
      serviceId: cloud.id,
      vm: {
        label: 'unit-01',
        template: build.data.templates[0]!.id,
        flavor: build.data.flavors[0]!.id,
        keypair: 'deploy-2024',
      },
    });
    expect(created?.state).toBe('building');
    expect((await t.value('vms.list', { accountId })).data.some((v) => v.label === 'unit-01')).toBe(true);
  });

  it("a VM's page is as fresh as the list its row came with, before its own first sync", async () => {
    await t.value('services.refresh', { accountId });
    const list = await t.value('vms.list', { accountId });
    const vm = list.data[0]!;
    const detail = await t.value('vms.get', { accountId, serviceId: vm.serviceId!, vmId: vm.id });
    expect(detail.data?.vm.id).toBe(vm.id);
    expect(detail.syncedAt).toBe(list.syncedAt);
  });

  it("the watcher's polls count as reads: the list's and the VM's syncedAt move with them", async () => {
    await t.value('services.refresh', { accountId });
    const vm = await runningVm();
    const target = { serviceId: vm.serviceId!, vmId: vm.id };
    await t.value('vms.action', { accountId, ...target, action: 'reboot' });
    const answeredAt = new Date().toISOString();
    // No refresh runs (the list is fresh): only the polls can move these.
    const list = await waitFor(
      () => t.value('vms.list', { accountId }),
      (l) => (l.syncedAt ?? '') > answeredAt,
    );
    expect(list.syncedAt! > answeredAt).toBe(true);
    expect(list.data.find((v) => v.id === vm.id)?.state).toBe('running');
    const detail = await t.value('vms.get', { accountId, ...target });
    expect(detail.syncedAt! > answeredAt).toBe(true);
    expect(changes).toContain(hostingKeys.key.vms());
  });

  it('reads services and VMs offline, with the reason in lastError', async () => {
    await t.value('services.refresh', { accountId });
    await sandbox.close();
    const services = await t.value('services.refresh', { accountId });
    expect(services.data.length).toBeGreaterThan(0);
    expect(services.lastError?.kind).toBe('offline');
    const vms = await t.value('vms.list', { accountId });
    expect(vms.data.length).toBeGreaterThan(0);
    expect(vms.lastError?.kind).toBe('offline');
  });
});

describe('hosting: VM polls and the connection', () => {
  beforeEach(async () => setUp({ vmActionSeconds: 30 }));

  it('failing polls show as offline on the VM list; they go on, and the next good one clears it', async () => {
    await t.value('services.refresh', { accountId });
    const vm = await runningVm();
    await t.value('vms.action', { accountId, serviceId: vm.serviceId!, vmId: vm.id, action: 'reboot' });
    const before = sandbox.requestCount();
    sandbox.faults.add({ fault: { kind: 'drop' }, method: 'GET', path: '/vms', times: 0 });
    const failed = await waitFor(
      () => t.value('vms.list', { accountId }),
      (l) => l.lastError !== null,
    );
    expect(['network', 'offline', 'timeout']).toContain(failed.lastError?.kind);
    // An unreachable portal does not end the watch: three failed polls (four tries each) later it still polls.
    await waitFor(
      async () => sandbox.requestCount() - before,
      (count) => count > 12,
      15_000,
    );
    // A refresh meanwhile fails too: both lists are offline.
    expect((await t.value('services.refresh', { accountId })).lastError?.kind).toMatch(/network|offline|timeout/);
    const failedAt = new Date().toISOString();
    sandbox.faults.clear();
    const back = await waitFor(
      () => t.value('vms.list', { accountId }),
      (l) => l.lastError === null,
    );
    expect(back.lastError).toBeNull();
    expect(back.syncedAt! > failedAt).toBe(true);
    // The poll reached the portal: the services list is not offline any more (its rows are as old as they were).
    const services = await t.value('services.list', { accountId });
    expect(services.lastError).toBeNull();
    expect(services.syncedAt! < failedAt).toBe(true);
    // Real back-off (1 s, 2 s, 4 s between polls, retries inside each): about 15 s alone, more on a busy machine.
  }, 60_000);
});
