/**
 * The DNS feature through the IPC dispatcher of a real core (temp encrypted SQLite, memory
 * keychain) against the real HostBill simulator on port 0.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dnsKeys } from '../../../common/channels/dns';
import type { DnsZoneView } from '../../../common/dns/types';
import type { DnsZone } from '../../../common/models/hostbill';
import { startHostbillSandbox, type HostbillSandbox } from '../../../sandbox/hostbill/server';
import { createTempCore, type TempCore } from '../../test-support/temp-core';

let t: TempCore;
let sandbox: HostbillSandbox;
let accountId: string;
const changed: string[] = [];

beforeEach(async () => {
  sandbox = await startHostbillSandbox({ size: { invoices: 20 } });
  t = await createTempCore();
  t.core.events.subscribe((name, payload) => {
    if (name === 'cache.changed') changed.push((payload as { resource: string }).resource);
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
});
afterEach(async () => {
  await t.dispose();
  await sandbox.close();
  changed.length = 0;
});

async function zones(): Promise<DnsZone[]> {
  const outcome = await t.value('dns.zones.refresh', { accountId });
  expect(outcome.lastError).toBeNull();
  return [...(await t.value('dns.zones.list', { accountId })).data];
}

async function zoneOf(z: DnsZone): Promise<DnsZoneView> {
  const cached = await t.value('dns.zone.get', { accountId, serviceId: z.serviceId, zoneId: z.id });
  return cached.data!;
}

const portalRecords = (zoneId: string) => sandbox.state.zones.get(zoneId)!.records;

describe('dns feature', () => {
  it('refreshing the list reads every zone; all of them open from the cache with the portal offline', async () => {
    const list = await zones();
    expect(list).toHaveLength(5);
    expect(list[0]).toEqual({ id: expect.any(String), serviceId: expect.any(String), name: expect.any(String) });
    expect(changed).toContain(dnsKeys.key.zone({ serviceId: list[0]!.serviceId, zoneId: list[0]!.id }));
    await sandbox.close();
    for (const z of list) {
      const zone = await zoneOf(z);
      expect(zone.records.length).toBe(portalRecords(z.id).length);
      const srv = zone.records.find((r) => r.type === 'SRV')!;
      expect(srv.content).toEqual({ weight: expect.any(Number), port: expect.any(Number), target: expect.any(String) });
      expect(typeof srv.ttl).toBe('number');
      expect(typeof srv.priority).toBe('number');
    }
    const exported = await t.value('dns.export', { accountId, serviceId: list[0]!.serviceId, zoneId: list[0]!.id });
    expect(exported.text).toContain(`$ORIGIN ${list[0]!.name}.`);
  });

  it('plans without sending; refuses invalid changes naming change and field; shape errors are validation too', async () => {
    const [z] = await zones();
    const ref = { accountId, serviceId: z!.serviceId, zoneId: z!.id };
    const before = JSON.stringify(portalRecords(z!.id));
    const plan = await t.value('dns.plan', {
      ...ref,
      changes: [{ op: 'create', record: { name: 'api', type: 'A', ttl: 300, content: '192.0.2.5' } }],
    });
    expect(plan.counts).toMatchObject({ create: 1, update: 0, delete: 0 });
    const refused = await t.call('dns.plan', {
      ...ref,
      changes: [
        { op: 'create', record: { name: 'ok', type: 'TXT', ttl: 300, content: 'x' } },
        { op: 'create', record: { name: 'x', type: 'AAAA', ttl: 300, content: '192.0.2.1' } },
      ],
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        kind: 'validation',
        message: 'Change 2: Enter an IPv6 address, e.g. 2001:db8::1',
        details: { 'changes.1.record.content': 'Enter an IPv6 address, e.g. 2001:db8::1' },
      },
    });
    const shape = await t.call('dns.plan', {
      ...ref,
      changes: [{ op: 'create', record: { name: 'x', type: 'A', ttl: '300', content: 'a' } }],
    });
    expect(shape.ok ? null : [shape.error.kind, shape.error.details]).toEqual([
      'validation',
      expect.objectContaining({ 'changes.0.record.ttl': 'The TTL is a number' }),
    ]);
    expect(JSON.stringify(portalRecords(z!.id))).toBe(before);
  });

  it('applies a plan (A → CNAME in one go), results in order; the cache holds the portal truth', async () => {
    const [z] = await zones();
    const ref = { accountId, serviceId: z!.serviceId, zoneId: z!.id };
    const zone = await zoneOf(z!);
    const www = zone.records.find((r) => r.name === 'www')!;
    const mail = zone.records.find((r) => r.name === 'mail' && r.type === 'A')!;
    const { results } = await t.value('dns.apply', {
      ...ref,
      changes: [
        { op: 'create', record: { name: 'shop', type: 'CNAME', ttl: 300, content: 'shops.example.net' } },
        { op: 'delete', id: www.id },
        { op: 'create', record: { name: 'www', type: 'CNAME', ttl: 300, content: 'lb.example.net' } },
        { op: 'update', id: mail.id, record: { ...mail, ttl: 600 } },
      ],
    });
    expect(results.map((r) => [r.index, r.op, r.ok])).toEqual([
      [0, 'create', true],
      [1, 'delete', true],
      [2, 'create', true],
      [3, 'update', true],
    ]);
    const cached = await zoneOf(z!);
    const portal = portalRecords(z!.id);
    expect(cached.records.map((r) => r.id).sort()).toEqual(portal.map((r) => r.id).sort());
    expect(cached.records.find((r) => r.name === 'www')).toMatchObject({ type: 'CNAME', content: 'lb.example.net' });
    expect(cached.records.find((r) => r.id === mail.id)!.ttl).toBe(600);
  });

  it('the guard: a mass change or an apex NS change needs the zone name, else nothing is sent', async () => {
    const [z] = await zones();
    const ref = { accountId, serviceId: z!.serviceId, zoneId: z!.id };
    const zone = await zoneOf(z!);
    const deletes = zone.records
      .filter((r) => r.type === 'A' || r.type === 'AAAA' || r.type === 'TXT')
      .slice(0, Math.ceil(zone.records.length * 0.31))
      .map((r) => ({ op: 'delete' as const, id: r.id }));
    const plan = await t.value('dns.plan', { ...ref, changes: deletes });
    expect(plan.needsConfirmation).toBe(true);
    const count = portalRecords(z!.id).length;
    for (const confirmName of [undefined, 'wrong.example']) {
      const refused = await t.call('dns.apply', { ...ref, changes: deletes, ...(confirmName ? { confirmName } : {}) });
      expect(refused.ok ? null : refused.error.kind).toBe('validation');
      expect(portalRecords(z!.id).length).toBe(count);
    }
    const { results } = await t.value('dns.apply', { ...ref, changes: deletes, confirmName: z!.name.toUpperCase() });
    expect(results.every((r) => r.ok)).toBe(true);
    expect(portalRecords(z!.id).length).toBe(count - deletes.length);
  });

  it('a dropped create is re-read, not repeated; a failure mid-plan is kept, the rest applied', async () => {
    const [z] = await zones();
    const ref = { accountId, serviceId: z!.serviceId, zoneId: z!.id };
    const path = `^/api/service/${z!.serviceId}/dns/${z!.id}/records$`;
    sandbox.faults.add({ fault: { kind: 'drop-after' }, method: 'POST', path, times: 1 });
    const portalHas = (name: string) => portalRecords(z!.id).filter((r) => r.name === name).length;
    const { results } = await t.value('dns.apply', {
      ...ref,
      changes: [
        { op: 'create', record: { name: 'dropped', type: 'A', ttl: 300, content: '192.0.2.77' } },
        { op: 'create', record: { name: 'after', type: 'TXT', ttl: 300, content: 'fine' } },
      ],
    });
    expect(results.map((r) => [r.ok, r.message])).toEqual([
      [true, 'The answer was lost; re-reading the zone shows it was done'],
      [true, 'The record was added successfully.'],
    ]);
    expect(portalHas('dropped')).toBe(1);
    const mid = await t.value('dns.apply', {
      ...ref,
      changes: [
        { op: 'create', record: { name: 'one', type: 'TXT', ttl: 300, content: 'a' } },
        // Valid for the app (TXT of any length), refused by this portal (at most 4096 characters).
        { op: 'create', record: { name: 'long', type: 'TXT', ttl: 300, content: 'b'.repeat(5000) } },
        { op: 'create', record: { name: 'three', type: 'TXT', ttl: 300, content: 'c' } },
      ],
    });
    expect(mid.results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(mid.results[1]!.message).toContain('TXT content is too long');
    expect([portalHas('one'), portalHas('three')]).toEqual([1, 1]);
  });

  it('import (merge and replace) plans against the cached zone; export → import is an empty plan', async () => {
    const [z] = await zones();
    const ref = { accountId, serviceId: z!.serviceId, zoneId: z!.id };
    const { text } = await t.value('dns.export', ref);
    const same = await t.value('dns.import', { ...ref, text, mode: 'replace' });
    expect(same.changes).toEqual([]);
    expect(same.counts.unchanged).toBe(portalRecords(z!.id).length);
    const merge = await t.value('dns.import', { ...ref, text: 'new 300 IN A 192.0.2.8\n', mode: 'merge' });
    expect(merge.counts).toMatchObject({ create: 1, delete: 0 });
    const replace = await t.value('dns.import', {
      ...ref,
      text: 'new 300 IN A 192.0.2.8\n@ 86400 NS ns1.x.example.\n',
      mode: 'replace',
    });
    // One apex NS is kept as an update (same name and type); every other record goes.
    expect(replace.counts).toEqual({ create: 1, update: 1, delete: portalRecords(z!.id).length - 1, unchanged: 0 });
    expect(replace.needsConfirmation).toBe(true);
    const bad = await t.call('dns.import', { ...ref, text: 'a A 1.2.3.4\nb TXT "open', mode: 'merge' });
    expect(bad.ok ? null : bad.error.message).toBe('Line 2: A quoted string is not closed');
  });

  it('adds a zone on a DNS service and removes it only with its name typed', async () => {
    const list = await zones();
    const serviceId = list[0]!.serviceId;
    const created = await t.value('dns.zones.create', { accountId, serviceId, name: 'Fresh-Zone.example' });
    expect(created).toMatchObject({ name: 'fresh-zone.example', serviceId });
    const bad = await t.call('dns.zones.create', { accountId, serviceId, name: 'no spaces.example' });
    expect(bad.ok ? null : bad.error).toMatchObject({
      kind: 'validation',
      details: { name: 'A name cannot contain spaces' },
    });
    const ref = { accountId, serviceId, zoneId: created!.id };
    const refused = await t.call('dns.zones.delete', { ...ref, confirmName: 'fresh-zone' });
    expect(refused.ok ? null : refused.error.kind).toBe('validation');
    expect(sandbox.state.zones.has(created!.id)).toBe(true);
    await t.value('dns.zones.delete', { ...ref, confirmName: 'fresh-zone.example' });
    expect(sandbox.state.zones.has(created!.id)).toBe(false);
    expect((await t.value('dns.zones.list', { accountId })).data.map((z) => z.name)).not.toContain(
      'fresh-zone.example',
    );
    const unknown = await t.call('dns.zone.get', { accountId: 'nobody', serviceId, zoneId: created!.id });
    expect(unknown.ok ? null : unknown.error.kind).toBe('not-found');
  });
});
