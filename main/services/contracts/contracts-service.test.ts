import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contractKeys, unpackContract } from '../../../common/channels/contracts';
import type { CacheChange } from '../../../common/models/cached';
import { startIonosSandbox, type IonosSandbox } from '../../../sandbox/ionos/server';
import { CACHE_FILE, loadOrCreateCacheKey } from '../../cache/cache-key';
import { openCacheDatabase } from '../../cache/database';
import { createTempCore, type TempCore } from '../../test-support/temp-core';

const LIMITS = {
  ramServerMax: 8192,
  cpuServerMax: 4,
  hddVolumeMaxSize: 500,
  ssdVolumeMaxSize: 250,
  ramContractMax: 32768,
  cpuContractMax: 16,
  hddVolumeContractMaxSize: 2000,
  ssdVolumeContractMaxSize: 1000,
  ips: 8,
};

function nextChange(t: TempCore, resource: string): Promise<CacheChange> {
  return new Promise((resolve) => {
    const stop = t.core.events.subscribe((name, payload) => {
      const change = payload as CacheChange;
      if (name === 'cache.changed' && change.resource === resource) {
        stop();
        resolve(change);
      }
    });
  });
}

async function addIonos(t: TempCore, sandbox: IonosSandbox, method: 'basic' | 'token' = 'basic') {
  const secret = method === 'basic' ? sandbox.demo.password : sandbox.demo.token;
  const username = method === 'basic' ? sandbox.demo.username : '';
  return t.value('accounts.add', {
    kind: 'ionos-reseller',
    label: 'IONOS',
    baseUrl: sandbox.url,
    authMethod: method,
    username,
    secret,
  });
}

describe('contracts service', () => {
  let t: TempCore;
  let sandbox: IonosSandbox;
  let dataDir: string;
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'rc-contracts-'));
    sandbox = await startIonosSandbox({ contracts: 300 });
    t = await createTempCore({ dataDir });
  });
  afterEach(async () => {
    await t.dispose();
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers from the cache at once, syncs in the background and says so with cache.changed', async () => {
    const account = await addIonos(t, sandbox, 'token');
    const landed = nextChange(t, contractKeys.key.list());
    const first = await t.value('contracts.list', { accountId: account.id });
    expect(first).toMatchObject({ data: [], syncedAt: null, stale: true, refreshing: true, lastError: null });
    expect(await landed).toEqual({ accountId: account.id, resource: contractKeys.key.list() });
    const second = await t.value('contracts.list', { accountId: account.id });
    expect(second.data).toHaveLength(300);
    expect(second).toMatchObject({ stale: false, refreshing: false, lastError: null });
    expect(second.syncedAt).toEqual(expect.any(String));
    expect(second.data[0]?.id).toBe([...sandbox.state.contracts.keys()][0]);
    // Fresh: a second read starts no request (one page of 5,000 covered 300).
    const requests = sandbox.requestCount();
    await t.value('contracts.list', { accountId: account.id });
    expect(sandbox.requestCount()).toBe(requests);
  });

  it('writes go to the server, the cache follows its answer, and a change event is emitted', async () => {
    const account = await addIonos(t, sandbox);
    await t.value('contracts.refresh', { accountId: account.id });
    const id = [...sandbox.state.contracts.keys()][3]!;
    const before = sandbox.state.findContract(id)!;
    const limitsBefore = { ...before.resourceLimits! };

    const renamedEvent = nextChange(t, contractKeys.key.contract({ contractId: id }));
    const renamed = await t.value('contracts.rename', {
      accountId: account.id,
      contractId: id,
      name: '  Müller GmbH  ',
    });
    expect(renamed.name).toBe('Müller GmbH');
    await renamedEvent;
    expect(sandbox.state.findContract(id)?.name).toBe('Müller GmbH');
    expect((await t.value('contracts.get', { accountId: account.id, contractId: id })).data?.name).toBe('Müller GmbH');

    const withRef = await t.value('contracts.setReference', {
      accountId: account.id,
      contractId: id,
      resellerReference: 'REF-42',
    });
    expect(withRef).toMatchObject({ name: 'Müller GmbH', resellerReference: 'REF-42', resourceLimits: limitsBefore });
    expect(sandbox.state.findContract(id)).toMatchObject({
      name: 'Müller GmbH',
      resellerReference: 'REF-42',
      resourceLimits: limitsBefore,
    });

    const limited = await t.value('contracts.setLimits', {
      accountId: account.id,
      contractId: id,
      resourceLimits: LIMITS,
    });
    expect(limited.resourceLimits).toEqual(LIMITS);
    const cachedRow = (await t.value('contracts.list', { accountId: account.id })).data.find((c) => c.id === id);
    expect(cachedRow).toMatchObject({ name: 'Müller GmbH', resellerReference: 'REF-42', resourceLimits: LIMITS });

    const listChanged = nextChange(t, contractKeys.key.list());
    const created = await t.value('contracts.create', {
      accountId: account.id,
      name: 'New customer',
      resellerReference: 'N-1',
      resourceLimits: LIMITS,
    });
    await listChanged;
    expect(created.id).toMatch(/^\d+$/);
    expect(sandbox.state.findContract(created.id)?.name).toBe('New customer');
    const list = await t.value('contracts.list', { accountId: account.id });
    expect(list.data).toHaveLength(301);
    expect(list.data.at(-1)).toMatchObject({ id: created.id, name: 'New customer', status: 'BILLABLE' });
  });

  it('refuses bad arguments before anything is sent, and passes server validation details through', async () => {
    const account = await addIonos(t, sandbox);
    const id = [...sandbox.state.contracts.keys()][0]!;
    const requests = sandbox.requestCount();
    const negative = await t.call('contracts.setLimits', {
      accountId: account.id,
      contractId: id,
      resourceLimits: { ...LIMITS, ips: -1 },
    });
    expect(negative).toMatchObject({
      ok: false,
      error: { kind: 'validation', details: { 'resourceLimits.ips': expect.stringContaining('negative') } },
    });
    expect(await t.call('contracts.get', { accountId: account.id, contractId: '../1' })).toMatchObject({
      ok: false,
      error: { kind: 'validation' },
    });
    expect(sandbox.requestCount()).toBe(requests);

    const admins = await t.value('contracts.admins.refresh', { accountId: account.id, contractId: id });
    const taken =
      admins.data[0]?.email ??
      (
        await t.value('contracts.admins.create', {
          accountId: account.id,
          contractId: id,
          firstName: 'A',
          lastName: 'B',
          email: 'a.b@example.com',
          password: 'Sturdy-Pass-2024',
        })
      ).email;
    const duplicate = await t.call('contracts.admins.create', {
      accountId: account.id,
      contractId: id,
      firstName: 'C',
      lastName: 'D',
      email: taken,
      password: 'Sturdy-Pass-2024',
    });
    expect(duplicate).toMatchObject({
      ok: false,
      error: { kind: 'validation', details: { email: expect.stringContaining('already used') } },
    });
  });

  it('admins: list, create, edit and delete; the password is never cached or returned', async () => {
    const account = await addIonos(t, sandbox);
    const id = [...sandbox.state.contracts.keys()][1]!;
    const serverCount = sandbox.state.admins.get(id)?.length ?? 0;
    const landed = nextChange(t, contractKeys.key.admins({ contractId: id }));
    expect(await t.value('contracts.admins.list', { accountId: account.id, contractId: id })).toMatchObject({
      data: [],
      refreshing: true,
    });
    await landed;
    expect((await t.value('contracts.admins.list', { accountId: account.id, contractId: id })).data).toHaveLength(
      serverCount,
    );

    const password = 'Bright-Harbour-Lantern-77';
    const created = await t.value('contracts.admins.create', {
      accountId: account.id,
      contractId: id,
      firstName: 'Anna',
      lastName: 'Berg',
      email: 'anna.berg@example.com',
      password,
    });
    expect(JSON.stringify(created)).not.toContain(password);
    const updated = await t.value('contracts.admins.update', {
      accountId: account.id,
      contractId: id,
      adminId: created.id,
      firstName: 'Anna',
      lastName: 'Lind',
      email: 'anna.lind@example.com',
    });
    expect(updated).toMatchObject({ lastName: 'Lind', email: 'anna.lind@example.com' });
    let cached = await t.value('contracts.admins.list', { accountId: account.id, contractId: id });
    expect(cached.data.at(-1)).toEqual({
      id: created.id,
      contractId: id,
      firstName: 'Anna',
      lastName: 'Lind',
      email: 'anna.lind@example.com',
    });
    expect(JSON.stringify(cached)).not.toContain(password);

    await t.value('contracts.admins.delete', { accountId: account.id, contractId: id, adminId: created.id });
    expect(sandbox.state.findAdmin(id, created.id)).toBeUndefined();
    cached = await t.value('contracts.admins.list', { accountId: account.id, contractId: id });
    expect(cached.data.map((a) => a.id)).not.toContain(created.id);
  });

  it('stays readable offline: the last data with lastError, and writes refused as offline', async () => {
    const account = await addIonos(t, sandbox);
    await t.value('contracts.refresh', { accountId: account.id });
    const id = [...sandbox.state.contracts.keys()][0]!;
    await sandbox.close();
    const refreshed = await t.value('contracts.refresh', { accountId: account.id });
    expect(refreshed.syncedAt).toEqual(expect.any(String));
    expect(['offline', 'network']).toContain(refreshed.lastError?.kind);
    const stillThere = await t.value('contracts.list', { accountId: account.id });
    expect(stillThere.data).toHaveLength(300);
    expect(stillThere.lastError?.kind).toBe(refreshed.lastError?.kind);
    const table = await t.value('contracts.table', { accountId: account.id });
    expect(table.data.map(unpackContract)).toEqual(stillThere.data);
    expect((await t.value('contracts.get', { accountId: account.id, contractId: id })).data?.id).toBe(id);
    const write = await t.call('contracts.rename', { accountId: account.id, contractId: id, name: 'Offline rename' });
    expect(write).toMatchObject({ ok: false, error: { kind: 'offline' } });
    expect((await t.value('contracts.list', { accountId: account.id })).data[0]?.name).not.toBe('Offline rename');
  });

  it('removing the account removes its cached contracts and admins', async () => {
    const account = await addIonos(t, sandbox);
    await t.value('contracts.refresh', { accountId: account.id });
    const id = [...sandbox.state.contracts.keys()][1]!;
    await t.value('contracts.admins.refresh', { accountId: account.id, contractId: id });
    await t.value('accounts.remove', { id: account.id });
    expect(await t.call('contracts.list', { accountId: account.id })).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
    await t.dispose();
    const db = openCacheDatabase({
      path: join(dataDir, CACHE_FILE),
      keyHex: await loadOrCreateCacheKey(t.secrets, dataDir),
    });
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('ionos_contracts')).toBe(0);
    expect(count('ionos_contract_admins')).toBe(0);
    db.close();
    t = await createTempCore({ dataDir, secrets: t.secrets });
  });

  it('answers not-found for a HostBill account or an unknown id', async () => {
    const account = await t.value('accounts.add', {
      kind: 'hostbill',
      label: 'Portal',
      baseUrl: 'https://portal.example.com/api',
      authMethod: 'basic',
      username: 'me@example.com',
      secret: 'x-secret',
    });
    expect(await t.call('contracts.list', { accountId: account.id })).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
    expect(await t.call('contracts.get', { accountId: 'no-such-account', contractId: '1' })).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
  });
});
