import { afterEach, describe, expect, it } from 'vitest';
import { planChanges } from '../../../common/dns/planner';
import type { DnsChange, DnsPlan, DnsZoneView } from '../../../common/dns/types';
import { hostbillFixture, type HostbillFixture } from '../../api/hostbill/fixture.test-util';
import { applyPlan } from './apply';
import { toZoneView } from './zone-view';

let fx: HostbillFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

async function setup(): Promise<{ fx: HostbillFixture; zone: DnsZoneView; recordsPath: string }> {
  fx = await hostbillFixture();
  const listed = (await fx.client.listDnsZones()).zones[0]!;
  const zone = toZoneView(await fx.client.getDnsZone(listed.serviceId, listed.id));
  return { fx, zone, recordsPath: `/service/${zone.serviceId}/dns/${zone.id}/records` };
}

function plan(zone: DnsZoneView, changes: DnsChange[]): DnsPlan {
  const result = planChanges(zone, changes);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

const run = (f: HostbillFixture, zone: DnsZoneView, p: DnsPlan, concurrency?: number) =>
  applyPlan({
    portal: f.client,
    serviceId: zone.serviceId,
    zoneId: zone.id,
    plan: p,
    knownIds: new Set(zone.records.map((r) => r.id)),
    ...(concurrency ? { concurrency } : {}),
  });

describe('applyPlan against the simulator', () => {
  it('replaces an A by a CNAME in one plan: the delete goes first, the re-read zone is the portal truth', async () => {
    const { fx: f, zone, recordsPath } = await setup();
    const mail = zone.records.find((r) => r.name === 'mail' && r.type === 'A')!;
    const mx = zone.records.find((r) => r.type === 'MX' && r.name === '@')!;
    const p = plan(zone, [
      { op: 'create', record: { name: 'mail', type: 'CNAME', ttl: 300, content: 'mail.provider.example' } },
      { op: 'update', id: mx.id, record: { ...mx, content: 'mx.provider.example' } },
      { op: 'delete', id: mail.id },
    ]);
    const outcome = await run(f, zone, p);
    expect(outcome.results.map((r) => [r.op, r.ok])).toEqual([
      ['create', true],
      ['update', true],
      ['delete', true],
    ]);
    expect(outcome.results[0]!.message).toBe('The record was added successfully.');
    const writes = f.requests.filter((r) => r.method !== 'GET' && r.path.includes('/dns/')).map((r) => r.method);
    expect(writes).toEqual(['DELETE', 'PUT', 'POST']);
    const after = outcome.zone!.records;
    expect(after.filter((r) => r.name === 'mail').map((r) => [r.type, r.content])).toEqual([
      ['CNAME', 'mail.provider.example'],
    ]);
    expect(after.find((r) => r.id === mx.id)!.content).toBe('mx.provider.example');
    expect(f.count('POST', recordsPath)).toBe(1);
  });

  it('a create whose answer is dropped is settled by the re-read, never sent twice', async () => {
    const { fx: f, zone, recordsPath } = await setup();
    const faultPath = `^/api${recordsPath}$`;
    f.sandbox.faults.add({ fault: { kind: 'drop-after' }, method: 'POST', path: faultPath, times: 1 });
    const landed = await run(
      f,
      zone,
      plan(zone, [{ op: 'create', record: { name: 'first', type: 'A', ttl: 300, content: '192.0.2.201' } }]),
    );
    expect(landed.results).toEqual([
      { index: 0, op: 'create', ok: true, message: 'The answer was lost; re-reading the zone shows it was done' },
    ]);
    expect(landed.zone!.records.filter((r) => r.name === 'first')).toHaveLength(1);

    f.sandbox.faults.add({ fault: { kind: 'drop' }, method: 'POST', path: faultPath, times: 1 });
    const lost = await run(
      f,
      landed.zone!,
      plan(landed.zone!, [{ op: 'create', record: { name: 'second', type: 'A', ttl: 300, content: '192.0.2.202' } }]),
    );
    expect(lost.results).toEqual([
      {
        index: 0,
        op: 'create',
        ok: false,
        message: 'The answer was lost; re-reading the zone shows it was not done (nothing was repeated)',
        error: expect.stringContaining('dropped the connection'),
      },
    ]);
    expect(lost.zone!.records.map((r) => r.name)).not.toContain('second');
    expect(f.count('POST', recordsPath)).toBe(2);
  });

  it('a failure in the middle of a plan stops nothing else; the portal refusal is the message', async () => {
    const { fx: f, zone } = await setup();
    const hosts = zone.records.filter((r) => r.type === 'A' && r.name !== '@').slice(0, 3);
    // The portal holds a CNAME the app has not seen yet, so it refuses the second change.
    f.sandbox.state.zones.get(zone.id)!.records.push({
      id: '99999',
      name: 'taken',
      ttl: 300,
      priority: 0,
      type: 'CNAME',
      content: 'x.example.net',
    });
    const p = plan(zone, [
      { op: 'update', id: hosts[0]!.id, record: { ...hosts[0]!, ttl: 600 } },
      { op: 'create', record: { name: 'taken', type: 'A', ttl: 300, content: '192.0.2.9' } },
      { op: 'delete', id: hosts[1]!.id },
      { op: 'create', record: { name: 'fine', type: 'TXT', ttl: 300, content: 'hello' } },
    ]);
    const outcome = await run(f, zone, p);
    expect(outcome.results.map((r) => r.ok)).toEqual([true, false, true, true]);
    expect(outcome.results[1]!.message).toContain('Record conflicts with an existing CNAME record');
    const after = outcome.zone!.records;
    expect(after.find((r) => r.id === hosts[0]!.id)!.ttl).toBe(600);
    expect(after.some((r) => r.id === hosts[1]!.id)).toBe(false);
    expect(after.some((r) => r.name === 'fine')).toBe(true);
    expect(after.filter((r) => r.name === 'taken').map((r) => r.type)).toEqual(['CNAME']);
  });

  it('keeps to the concurrency bound and skips updates that change nothing', async () => {
    const { fx: f, zone, recordsPath } = await setup();
    const creates: DnsChange[] = Array.from({ length: 12 }, (_, i) => ({
      op: 'create',
      record: { name: `bulk-${i}`, type: 'A', ttl: 300, content: `192.0.2.${i + 1}` },
    }));
    const same = zone.records.find((r) => r.type === 'A')!;
    f.sandbox.faults.add({ fault: { kind: 'latency', ms: 30 }, times: 0 });
    const outcome = await run(f, zone, plan(zone, [...creates, { op: 'update', id: same.id, record: same }]), 3);
    expect(outcome.peakConcurrency).toBe(3);
    expect(outcome.results.every((r) => r.ok)).toBe(true);
    expect(outcome.results[12]!.message).toBe('Unchanged: nothing was sent');
    expect(f.count('POST', recordsPath)).toBe(12);
    expect(f.count('PUT', /records/)).toBe(0);
  });
});
