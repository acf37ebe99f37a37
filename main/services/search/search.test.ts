/**
 * The palette's search through a real core (encrypted SQLite with FTS5) fed by real syncs from both
 * simulators: ranking, accents, following cache.changed, account removal, offline.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHostbillSandbox, type HostbillSandbox } from '../../../sandbox/hostbill/server';
import { startIonosSandbox, type IonosSandbox } from '../../../sandbox/ionos/server';
import { createTempCore, type TempCore } from '../../test-support/temp-core';
import { normalizeSearch } from './normalize';

let t: TempCore;
let ionos: IonosSandbox;
let hostbill: HostbillSandbox;
let ionosId: string;
let hostbillId: string;

const query = (text: string, limit?: number) => t.value('search.query', { text, ...(limit ? { limit } : {}) });

beforeEach(async () => {
  ionos = await startIonosSandbox({ contracts: 300 });
  hostbill = await startHostbillSandbox();
  t = await createTempCore();
  const add = (kind: string, label: string, url: string, username: string, secret: string, authMethod: string) =>
    t.value('accounts.add', { kind, label, baseUrl: url, authMethod, username, secret });
  ionosId = (await add('ionos-reseller', 'IONOS', ionos.url, ionos.demo.username, ionos.demo.password, 'basic')).id;
  hostbillId = (await add('hostbill', 'Portal', hostbill.url, hostbill.demo.username, hostbill.demo.password, 'jwt'))
    .id;
  await t.value('contracts.refresh', { accountId: ionosId });
  await t.value('services.refresh', { accountId: hostbillId });
});

afterEach(async () => {
  await t?.dispose();
  await ionos?.close();
  await hostbill?.close();
});

describe('search', () => {
  it('normalises case, accents and spaces', () => {
    expect(normalizeSearch('  Müller   STRASSE Éclair ')).toBe('muller strasse eclair');
    expect(normalizeSearch('Straße')).toBe('strasse');
  });

  it('ranks an exact contract number or IP first and opens its route', async () => {
    const contracts = (await t.value('contracts.list', { accountId: ionosId })).data;
    const contract = contracts[17]!;
    const [first] = await query(contract.id);
    expect(first).toMatchObject({
      kind: 'contract',
      accountId: ionosId,
      match: 'exact',
      route: `contracts/${contract.id}`,
    });

    const vm = (await t.value('vms.list', { accountId: hostbillId })).data.find((v) => v.ipv4.length > 0)!;
    const byIp = await query(vm.ipv4[0]!);
    expect(byIp[0]).toMatchObject({
      kind: 'vm',
      accountId: hostbillId,
      match: 'exact',
      route: `services/vms/${vm.serviceId}/${vm.id}`,
    });
    // A longer address that merely contains the typed one comes later, never first.
    expect(byIp.slice(1).every((r) => r.match !== 'exact' || r.route === byIp[0]!.route)).toBe(true);

    const service = (await t.value('services.list', { accountId: hostbillId })).data.find((s) => s.domain)!;
    expect((await query(service.domain!))[0]).toMatchObject({ kind: 'service', route: `services/${service.id}` });
  });

  it('finds an invoice by its number once invoices are synced', async () => {
    await t.value('invoices.refresh', { accountId: hostbillId });
    const rows = (await t.value('invoices.list', { accountId: hostbillId })).data.rows;
    const invoice = rows.find((row) => row.number)!;
    const [first] = await query(invoice.number!);
    expect(first).toMatchObject({ kind: 'invoice', match: 'exact', route: `invoices/${invoice.id}` });
  });

  it('finds DNS zones and records, and portal contacts, once synced', async () => {
    await t.value('dns.zones.refresh', { accountId: hostbillId });
    const zone = (await t.value('dns.zones.list', { accountId: hostbillId })).data[0]!;
    const route = `dns/${zone.serviceId}/${zone.id}`;
    expect((await query(zone.name))[0]).toMatchObject({ kind: 'zone', match: 'exact', route });
    await t.value('dns.zone.get', { accountId: hostbillId, serviceId: zone.serviceId, zoneId: zone.id });
    let records: Awaited<ReturnType<typeof query>> = [];
    for (let tries = 0; records.length === 0 && tries < 100; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      records = (await query(`www.${zone.name}`)).filter((r) => r.kind === 'record');
    }
    expect(records[0]).toMatchObject({ kind: 'record', route });

    await t.value('contacts.list', { accountId: hostbillId });
    let contacts: Awaited<ReturnType<typeof query>> = [];
    for (let tries = 0; contacts.length === 0 && tries < 100; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      contacts = (await query('@')).filter((r) => r.kind === 'contact');
    }
    expect(contacts[0]?.route).toMatch(/^contacts\/.+/);

    await t.value('tickets.refresh', { accountId: hostbillId });
    const ticket = (await t.value('tickets.list', { accountId: hostbillId })).data[0]!;
    let tickets: Awaited<ReturnType<typeof query>> = [];
    for (let tries = 0; tickets.length === 0 && tries < 100; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      tickets = (await query(ticket.number)).filter((r) => r.kind === 'ticket');
    }
    expect(tickets[0]).toMatchObject({ kind: 'ticket', match: 'exact', route: `tickets/${ticket.number}` });
  });

  it('follows a rename through cache.changed, ignoring accents and case; prefix before fuzzy', async () => {
    const contract = (await t.value('contracts.list', { accountId: ionosId })).data[3]!;
    await t.value('contracts.rename', { accountId: ionosId, contractId: contract.id, name: 'Zürcher Bäckerei Xylo' });
    const found = await query('zurcher backerei');
    expect(found[0]).toMatchObject({ kind: 'contract', title: 'Zürcher Bäckerei Xylo', match: 'prefix' });
    expect((await query('BÄCKEREI'))[0]?.title).toBe('Zürcher Bäckerei Xylo');
    const fuzzy = await query('zrchrxyl');
    expect(fuzzy[0]).toMatchObject({ title: 'Zürcher Bäckerei Xylo', match: 'fuzzy' });
    const ranks = (await query('xyl', 200)).map((r) => ['exact', 'prefix', 'contains', 'fuzzy'].indexOf(r.match));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('keeps the index in the encrypted cache across a restart, rewriting only what changed', async () => {
    const contract = (await t.value('contracts.list', { accountId: ionosId })).data[5]!;
    expect((await query(contract.id))[0]?.match).toBe('exact');
    const dataDir = t.dataDir;
    const secrets = t.secrets;
    await t.core.close();
    await ionos.close();
    await hostbill.close();
    t = await createTempCore({ dataDir, secrets });
    expect((await query(contract.id))[0]).toMatchObject({ match: 'exact', route: `contracts/${contract.id}` });
    expect((await query('', 5)).length).toBe(0);
  });

  it('answers offline from the cache, forgets a removed account, and refuses a too-long query', async () => {
    const contract = (await t.value('contracts.list', { accountId: ionosId })).data[0]!;
    await ionos.close();
    await hostbill.close();
    expect((await query(contract.id))[0]?.route).toBe(`contracts/${contract.id}`);
    await t.value('accounts.remove', { id: ionosId });
    expect((await query(contract.id)).some((r) => r.accountId === ionosId)).toBe(false);
    expect(await t.call('search.query', { text: 'x'.repeat(201) })).toMatchObject({
      ok: false,
      error: { kind: 'validation' },
    });
    expect(await query('   ')).toEqual([]);
  });
});
