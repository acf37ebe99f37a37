/**
 * The activity log through a real core (encrypted SQLite, memory keychain) against both simulators
 * over real HTTP: every write path of contracts and hosting is run, including a refused and a dropped
 * one, and the stored log and the decrypted cache are scanned for every secret used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityLogEntry } from '../../../common/channels/activity';
import { startHostbillSandbox, type HostbillSandbox } from '../../../sandbox/hostbill/server';
import { startIonosSandbox, type IonosSandbox } from '../../../sandbox/ionos/server';
import { CACHE_FILE, cacheKeyAccount } from '../../cache/cache-key';
import { openCacheDatabase } from '../../cache/database';
import { createTempCore, type TempCore } from '../../test-support/temp-core';
import { createActivityRepo } from './activity-repo';

const LIMITS = {
  ramServerMax: 8192,
  cpuServerMax: 4,
  hddVolumeMaxSize: 500,
  ssdVolumeMaxSize: 250,
  ramContractMax: 65536,
  cpuContractMax: 32,
  hddVolumeContractMaxSize: 4000,
  ssdVolumeContractMaxSize: 2000,
  ips: 8,
};
const ADMIN_PASSWORD = 'Bright-Harbour-Lantern-77';
const ROOT_PASSWORD = 'Quiet-Meadow-Falcon-93';

let t: TempCore;
let ionos: IonosSandbox;
let hostbill: HostbillSandbox;
let ionosId: string;
let hostbillId: string;

async function decryptedCache(): Promise<string> {
  const keyHex = (await t.secrets.get(cacheKeyAccount(t.dataDir)))!;
  const db = openCacheDatabase({ path: join(t.dataDir, CACHE_FILE), keyHex });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
    return tables.map((table) => JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all())).join('\n');
  } finally {
    db.close();
  }
}

const list = async (filters = {}) => (await t.value('activity.list', { filters })).entries;
const find = (entries: readonly ActivityLogEntry[], area: string, action: string) =>
  entries.filter((entry) => entry.area === area && entry.action === action);

beforeEach(async () => {
  ionos = await startIonosSandbox({ contracts: 40 });
  hostbill = await startHostbillSandbox({ vmActionSeconds: 0.2 });
  t = await createTempCore();
  ionosId = (
    await t.value('accounts.add', {
      kind: 'ionos-reseller',
      label: 'IONOS',
      baseUrl: ionos.url,
      authMethod: 'basic',
      username: ionos.demo.username,
      secret: ionos.demo.password,
    })
  ).id;
  hostbillId = (
    await t.value('accounts.add', {
      kind: 'hostbill',
      label: 'Portal',
      baseUrl: hostbill.url,
      authMethod: 'jwt',
      username: hostbill.demo.username,
      secret: hostbill.demo.password,
    })
  ).id;
});

afterEach(async () => {
  await t?.dispose();
  await ionos?.close();
  await hostbill?.close();
});

describe('activity log', () => {
  it('records every contracts and hosting write with its outcome, and holds no secret', async () => {
    // Contracts: create, rename, reference, limits, admins (with a password), a refused write.
    await t.value('contracts.refresh', { accountId: ionosId });
    const contractId = (await t.value('contracts.list', { accountId: ionosId })).data[0]!.id;
    const c = { accountId: ionosId, contractId };
    await t.value('contracts.create', {
      accountId: ionosId,
      name: 'Palette GmbH',
      resellerReference: 'P-1',
      resourceLimits: LIMITS,
    });
    await t.value('contracts.rename', { ...c, name: 'Renamed GmbH' });
    await t.value('contracts.setReference', { ...c, resellerReference: 'REF-9' });
    await t.value('contracts.setLimits', { ...c, resourceLimits: LIMITS });
    const admin = await t.value('contracts.admins.create', {
      ...c,
      firstName: 'Anna',
      lastName: 'Berg',
      email: 'anna.berg@example.com',
      password: ADMIN_PASSWORD,
    });
    await t.value('contracts.admins.update', {
      ...c,
      adminId: admin.id,
      firstName: 'Ann',
      lastName: 'Berg',
      email: 'ann@example.com',
    });
    await t.value('contracts.admins.delete', { ...c, adminId: admin.id });
    const refused = await t.call('contracts.setLimits', {
      ...c,
      resourceLimits: { ...LIMITS, ramServerMax: 999_999_999 },
    });

    // Hosting: label, upgrade sent, cancel, power action, bulk, rebuild, create (root password), a drop.
    await t.value('services.refresh', { accountId: hostbillId });
    const services = (await t.value('services.list', { accountId: hostbillId })).data;
    const labelled = services.find((s) => s.features?.label)!;
    const h = { accountId: hostbillId };
    await t.value('services.setLabel', { ...h, serviceId: labelled.id, label: 'Blue team' });
    const vps = services.find((s) => s.features?.vms && s.status === 'Active')!;
    const options = await t.value('services.upgradeOptions', { ...h, serviceId: vps.id });
    const resource = options.resources[0]!;
    const other = resource.items.find((item) => !item.selected)!;
    await t.value('services.upgrade', { ...h, serviceId: vps.id, resources: { [resource.id]: other.id }, send: false });
    await t.value('services.upgrade', { ...h, serviceId: vps.id, resources: { [resource.id]: other.id }, send: true });
    await t.value('services.cancel', { ...h, serviceId: vps.id, immediate: false, reason: 'Moving out' });
    const secondCancel = await t.call('services.cancel', {
      ...h,
      serviceId: vps.id,
      immediate: false,
      reason: 'Again',
    });

    const vms = (await t.value('vms.list', h)).data;
    const running = vms.filter((vm) => vm.state === 'running');
    const [first, second, third, fourth] = running;
    await t.value('vms.action', { ...h, serviceId: first!.serviceId!, vmId: first!.id, action: 'reboot' });
    await t.value('vms.bulkAction', {
      ...h,
      targets: [second!, third!].map((vm) => ({ serviceId: vm.serviceId!, vmId: vm.id })),
      action: 'reboot',
    });
    hostbill.faults.add({ fault: { kind: 'drop-after' }, method: 'POST', path: '/vms/.+/stop$' });
    const dropped = await t.call('vms.action', {
      ...h,
      serviceId: fourth!.serviceId!,
      vmId: fourth!.id,
      action: 'stop',
    });
    const stopped = vms.find((vm) => vm.state === 'stopped')!;
    await t.value('vms.rebuild', {
      ...h,
      serviceId: stopped.serviceId!,
      vmId: stopped.id,
      template: 'debian-12',
      confirmLabel: stopped.label!,
    });
    const cloud = services.find((s) =>
      s.features?.methods.some((m) => m.method === 'POST' && m.route.endsWith('/vms')),
    )!;
    await t.value('vms.templates', { ...h, serviceId: cloud.id });
    let build = await t.value('vms.templates', { ...h, serviceId: cloud.id });
    for (let tries = 0; build.syncedAt === null && tries < 100; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      build = await t.value('vms.templates', { ...h, serviceId: cloud.id });
    }
    const vm = { label: 'palette-01', template: build.data.templates[0]!.id, flavor: build.data.flavors[0]!.id };
    await t.value('vms.create', { ...h, serviceId: cloud.id, vm: { ...vm, password: ROOT_PASSWORD } });

    const entries = await list();
    const ionosEntries = await list({ accountId: ionosId });
    expect(ionosEntries.every((entry) => entry.accountId === ionosId && entry.accountKind === 'ionos-reseller')).toBe(
      true,
    );
    expect(find(ionosEntries, 'contracts', 'create')).toHaveLength(1);
    expect(find(ionosEntries, 'contracts', 'rename')[0]).toMatchObject({
      outcome: 'done',
      target: `contract ${contractId}`,
      route: `contracts/${contractId}`,
      values: { name: 'Renamed GmbH' },
    });
    expect(refused.ok).toBe(false);
    const refusedEntry = find(ionosEntries, 'contracts', 'set resource limits').find((e) => e.outcome === 'refused');
    expect(refusedEntry?.message).toBeTruthy();
    expect(ionosEntries.filter((e) => e.action.includes('admin'))).toHaveLength(3);

    const label = find(entries, 'services', 'set label')[0];
    expect(label).toMatchObject({
      outcome: 'done',
      accountId: hostbillId,
      values: { label: 'Blue team' },
      route: `services/${labelled.id}`,
    });
    // The estimate is not a write: one upgrade entry, the sent one.
    expect(find(entries, 'services', 'upgrade')).toHaveLength(1);
    expect(secondCancel.ok).toBe(false);
    expect(
      find(entries, 'services', 'cancel')
        .map((e) => e.outcome)
        .sort(),
    ).toEqual(['done', 'refused']);
    expect(find(entries, 'vms', 'reboot').filter((e) => e.outcome === 'done')).toHaveLength(3);
    expect(dropped.ok).toBe(false);
    const unknown = find(entries, 'vms', 'stop')[0];
    expect(unknown?.outcome).toBe('unknown');
    expect(unknown?.message ?? '').toMatch(/Re-read: the VM is (stopping|stopped)/);
    expect(unknown?.route).toBe(`services/vms/${fourth!.serviceId}/${fourth!.id}`);
    expect(find(entries, 'vms', 'rebuild')[0]).toMatchObject({ outcome: 'done', values: { template: 'debian-12' } });
    expect(find(entries, 'vms', 'create')[0]).toMatchObject({ outcome: 'done', values: { label: 'palette-01' } });
    expect((await list({ outcome: 'unknown' })).every((e) => e.outcome === 'unknown')).toBe(true);

    // No secret anywhere: not in the log, not in any table of the decrypted cache, not in the export.
    const exported = await t.value('activity.export', { filters: {} });
    const csv = readFileSync(exported!.path, 'utf8');
    expect(csv).toContain('Renamed GmbH');
    const stored = await Promise.all((await t.secrets.accounts()).map((name) => t.secrets.get(name)));
    const secrets = [
      ADMIN_PASSWORD,
      ROOT_PASSWORD,
      ionos.demo.password,
      ionos.demo.token,
      hostbill.demo.password,
      ...stored.filter((s): s is string => typeof s === 'string' && s.length >= 8),
    ];
    const haystacks = [JSON.stringify(entries), await decryptedCache(), csv];
    for (const secret of secrets) for (const text of haystacks) expect(text).not.toContain(secret);
  }, 60_000);

  it('filters by area, outcome and dates, and prunes entries older than a year', async () => {
    const now = Date.parse('2026-12-01T12:00:00.000Z');
    const at = (days: number) => new Date(now - days * 86_400_000).toISOString();
    const base = { accountId: hostbillId, accountKind: 'hostbill' as const, target: 'vm a', message: null };
    const keyHex = (await t.secrets.get(cacheKeyAccount(t.dataDir)))!;
    const db = openCacheDatabase({ path: join(t.dataDir, CACHE_FILE), keyHex });
    try {
      const repo = createActivityRepo(db);
      repo.add({ ...base, area: 'vms', action: 'reboot', outcome: 'done', at: at(1), values: { password: 'leak-me' } });
      repo.add({ ...base, area: 'vms', action: 'stop', outcome: 'refused', at: at(40) });
      repo.add({ ...base, area: 'services', action: 'cancel', outcome: 'done', at: at(400) });
      expect(repo.prune(now)).toBe(1);
      expect(repo.list({}, 10).map((e) => e.action)).toEqual(['reboot', 'stop']);
      expect(repo.list({}, 10)[0]?.values).toEqual({});
      expect(repo.list({ outcome: 'refused' }, 10).map((e) => e.action)).toEqual(['stop']);
      expect(repo.list({ from: at(2).slice(0, 10) }, 10).map((e) => e.action)).toEqual(['reboot']);
      expect(repo.list({ to: at(2).slice(0, 10) }, 10).map((e) => e.action)).toEqual(['stop']);
      expect(repo.count({ area: 'services' })).toBe(0);
    } finally {
      db.close();
    }
    expect(await t.call('activity.list', { filters: { from: '2026-12-02', to: '2026-12-01' } })).toMatchObject({
      ok: false,
      error: { kind: 'validation' },
    });
    expect(await t.call('activity.list', { filters: { area: 'x'.repeat(41) } })).toMatchObject({ ok: false });
    expect(await t.call('activity.list', { filters: { from: '2026-13-45' } })).toMatchObject({
      ok: false,
      error: { kind: 'validation' },
    });
  });
});
