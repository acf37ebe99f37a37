import { afterEach, describe, expect, it } from 'vitest';
import type { HostbillSandbox } from './server';
import { call, start } from './test-support';

let sandbox: HostbillSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

type Zone = { domain_id: string; name: string; service_id: string };

async function firstZone(sb: HostbillSandbox): Promise<{ zone: Zone; base: string }> {
  const zone = ((await call(sb, 'GET', '/dns')).json.zones as Zone[])[0]!;
  return { zone, base: `/service/${zone.service_id}/dns/${zone.domain_id}` };
}

describe('HostBill sandbox DNS: strict like the portal', () => {
  it('refuses a CNAME beside other records, a record beside a CNAME, and exact duplicates (HTTP 200 + error)', async () => {
    sandbox = await start();
    const { base } = await firstZone(sandbox);
    const post = (body: object) => call(sandbox!, 'POST', `${base}/records`, { body });
    const cname = await post({ name: 'mail', type: 'CNAME', content: 'x.example.net' });
    expect(cname).toEqual({
      status: 200,
      json: { error: ['CNAME record conflicts with existing records of this name'] },
    });
    expect((await post({ name: 'www', type: 'TXT', content: 'hi' })).json).toEqual({
      error: ['Record conflicts with an existing CNAME record'],
    });
    const seeded = sandbox.state.zones
      .values()
      .next()
      .value!.records.find((r) => r.type === 'A' && r.name === 'mail')!;
    expect((await post({ name: 'mail', type: 'A', ttl: 60, content: seeded.content })).json).toEqual({
      error: ['Record already exists'],
    });
  });

  it('checks SRV names and fields (port 0 and target "." allowed), CAA flags and edits against the zone', async () => {
    sandbox = await start();
    const { base } = await firstZone(sandbox);
    const post = (body: object) => call(sandbox!, 'POST', `${base}/records`, { body });
    expect((await post({ name: 'sip', type: 'SRV', priority: 1, content: [1, 5060, 'sip.example'] })).json).toEqual({
      error: ['Invalid SRV record name: use _service._protocol'],
    });
    const none = await post({ name: '_imap._tcp', type: 'SRV', priority: 0, content: [0, 0, '.'] });
    expect((none.json.record as { content: unknown }).content).toEqual(['0', '0', '.']);
    expect((await post({ name: '@', type: 'CAA', content: '256 issue "ca.example"' })).json).toEqual({
      error: ['Invalid CAA record: use flags tag "value"'],
    });
    const zone = sandbox.state.zones.values().next().value!;
    const www = zone.records.find((r) => r.name === 'www')!;
    // Editing the CNAME itself is fine; turning an A into a CNAME beside other records is not.
    expect((await call(sandbox, 'PUT', `${base}/records/${www.id}`, { body: { ttl: 600 } })).json.info).toBeDefined();
    const mailA = zone.records.find((r) => r.name === 'mail' && r.type === 'A')!;
    const turned = await call(sandbox, 'PUT', `${base}/records/${mailA.id}`, {
      body: { name: '@', type: 'CNAME', content: 'x.example.net' },
    });
    expect(turned.json).toEqual({ error: ['CNAME record is not allowed at the zone apex'] });
  });

  it('adds a zone of 2,000 records on request, with an unvalidated type, leaving the other seeded data alone', async () => {
    sandbox = await start({ size: { largeZoneRecords: 2000 } });
    const zones = (await call(sandbox, 'GET', '/dns')).json.zones as Zone[];
    expect(zones).toHaveLength(6);
    const big = zones.find((z) => z.name === 'bigcatalog-shop.example')!;
    const records = (await call(sandbox, 'GET', `/service/${big.service_id}/dns/${big.domain_id}`)).json.records as {
      type: string;
    }[];
    expect(records).toHaveLength(2000);
    expect(records.filter((r) => r.type === 'TLSA')).toHaveLength(1);
    const plain = await start();
    try {
      expect([...plain.state.invoices.keys()]).toEqual([...sandbox.state.invoices.keys()]);
      expect([...plain.state.zones.values()][4]!.records).toEqual([...sandbox.state.zones.values()][4]!.records);
    } finally {
      await plain.close();
    }
  });

  it('the fault layer applies to every DNS route, in the portal dialect', async () => {
    sandbox = await start();
    const { zone, base } = await firstZone(sandbox);
    const recordId = sandbox.state.zones.get(zone.domain_id)!.records[0]!.id;
    const routes: [string, string][] = [
      ['GET', '/dns'],
      ['POST', `/service/${zone.service_id}/dns`],
      ['GET', base],
      ['DELETE', base],
      ['POST', `${base}/records`],
      ['PUT', `${base}/records/${recordId}`],
      ['DELETE', `${base}/records/${recordId}`],
    ];
    for (const [method, path] of routes) {
      sandbox.faults.add({ fault: { kind: 'server-error', status: 503 }, method, path: `^/api${path}$`, times: 1 });
      const answer = await call(sandbox, method, path, { body: method === 'GET' ? undefined : {} });
      expect([method, path, answer.status, Array.isArray(answer.json.error)]).toEqual([method, path, 503, true]);
    }
    expect(sandbox.state.zones.get(zone.domain_id)!.records.some((r) => r.id === recordId)).toBe(true);
  });

  it('a drop after a create keeps the record (the answer is lost, not the write)', async () => {
    sandbox = await start();
    const { zone, base } = await firstZone(sandbox);
    sandbox.faults.add({ fault: { kind: 'drop-after' }, method: 'POST', path: `^/api${base}/records$`, times: 1 });
    await expect(
      call(sandbox, 'POST', `${base}/records`, { body: { name: 'dropped', type: 'A', content: '192.0.2.7' } }),
    ).rejects.toThrow();
    expect(sandbox.state.zones.get(zone.domain_id)!.records.filter((r) => r.name === 'dropped')).toHaveLength(1);
  });
});
