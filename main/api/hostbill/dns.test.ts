import { afterEach, describe, expect, it } from 'vitest';
import type { DnsRecordValue } from '../../../common/dns/types';
import { validateRecord } from '../../../common/dns/validate-record';
import { dnsZoneAddSchema } from '../../../common/schemas/hostbill';
import { hostbillFixture, type HostbillFixture } from './fixture.test-util';

let fx: HostbillFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

/** A record as the DNS editor sends it: checked like the form checks it. */
function record(value: DnsRecordValue): DnsRecordValue {
  const checked = validateRecord(value, 'client-test.example');
  if (!checked.ok) throw new Error(`invalid test record: ${JSON.stringify(checked.errors)}`);
  return checked.record;
}

describe('HostBill DNS', () => {
  it('adds a zone, adds/edits/removes records (SRV as an object), removes the zone', async () => {
    fx = await hostbillFixture();
    const list = await fx.client.listDnsZones();
    expect(list.serviceIds.length).toBeGreaterThan(0);
    const serviceId = list.serviceIds[0]!;
    await expect(fx.client.listServiceDnsZones(serviceId)).rejects.toMatchObject({ error: { kind: 'unsupported' } });

    await fx.client.addDnsZone(serviceId, dnsZoneAddSchema.parse({ name: 'Client-Test.example' }).name);
    const zone = (await fx.client.listDnsZones()).zones.find((z) => z.name === 'client-test.example')!;
    expect(zone.serviceId).toBe(serviceId);

    const a = await fx.client.addDnsRecord(
      serviceId,
      zone.id,
      record({ type: 'A', name: 'www', content: '192.0.2.10', ttl: 300 }),
    );
    expect(a.record).toMatchObject({ type: 'A', ttl: 300, content: '192.0.2.10' });
    const srvInput = record({
      type: 'SRV',
      name: '_sip._tcp',
      priority: 10,
      ttl: 3600,
      content: { weight: 5, port: 5060, target: 'sip.example.com' },
    });
    await fx.client.addDnsRecord(serviceId, zone.id, srvInput);

    const details = await fx.client.getDnsZone(serviceId, zone.id);
    expect(details.name).toBe('client-test.example');
    const srv = details.records.find((r) => r.type === 'SRV' && r.name === '_sip._tcp')!;
    expect(srv).toMatchObject({
      priority: 10,
      ttl: 3600,
      content: { weight: 5, port: 5060, target: 'sip.example.com' },
    });
    const www = details.records.find((r) => r.name === 'www' && r.type === 'A')!;
    expect(typeof www.ttl).toBe('number');

    const updated = await fx.client.updateDnsRecord(
      serviceId,
      zone.id,
      www.id!,
      record({ type: 'A', name: 'www', content: '192.0.2.11', ttl: 600 }),
    );
    expect(updated.record).toMatchObject({ id: www.id, ttl: 600, content: '192.0.2.11' });
    await fx.client.removeDnsRecord(serviceId, zone.id, www.id!);
    expect((await fx.client.getDnsZone(serviceId, zone.id)).records.some((r) => r.id === www.id)).toBe(false);

    await fx.client.removeDnsZone(serviceId, zone.id);
    expect((await fx.client.listDnsZones()).zones.some((z) => z.id === zone.id)).toBe(false);
    // Record and zone creation are POSTs: each went out once.
    expect(fx.count('POST', `/service/${serviceId}/dns/${zone.id}/records`)).toBe(2);
  });

  it("surfaces the portal's own refusal for what passes client-side checks", async () => {
    fx = await hostbillFixture();
    const { serviceIds } = await fx.client.listDnsZones();
    await expect(fx.client.addDnsZone(serviceIds[0]!, 'not a domain')).rejects.toMatchObject({
      error: { kind: 'validation', message: 'The portal answered: Invalid domain name.' },
    });
  });
});
