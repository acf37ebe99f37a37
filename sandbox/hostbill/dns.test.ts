import { afterEach, describe, expect, it } from 'vitest';
import type { HostbillSandbox } from './server';
import { call, start } from './test-support';

let sandbox: HostbillSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

type Zone = { domain_id: string; name: string; service_id: string };
type Rec = { id: string; name: string; ttl: unknown; priority: unknown; type: string; content: unknown };

async function firstZone(sb: HostbillSandbox): Promise<Zone> {
  return ((await call(sb, 'GET', '/dns')).json.zones as Zone[])[0]!;
}

describe('HostBill sandbox DNS', () => {
  it('lists 5 seeded zones of 10–300 records with every record type', async () => {
    sandbox = await start();
    const { json } = await call(sandbox, 'GET', '/dns');
    expect((json.service_ids as string[]).length).toBeGreaterThan(0);
    expect(json.zones as Zone[]).toHaveLength(5);
    const sizes = [...sandbox.state.zones.values()].map((z) => z.records.length);
    expect(Math.min(...sizes)).toBe(10);
    expect(Math.max(...sizes)).toBe(300);
    const types = new Set([...sandbox.state.zones.values()].flatMap((z) => z.records.map((r) => r.type)));
    expect([...types].sort()).toEqual(['A', 'AAAA', 'CAA', 'CNAME', 'MX', 'NS', 'SRV', 'TXT']);
  });

  it('zone details: ttl is a number, SRV content an array, other content a string', async () => {
    sandbox = await start();
    const zone = await firstZone(sandbox);
    const { json } = await call(sandbox, 'GET', `/service/${zone.service_id}/dns/${zone.domain_id}`);
    expect(json.service_id).toBe(Number(zone.service_id));
    const records = json.records as Rec[];
    expect(typeof records[0]!.ttl).toBe('number');
    expect(typeof records[0]!.id).toBe('string');
    const srv = records.find((r) => r.type === 'SRV')!;
    expect(Array.isArray(srv.content)).toBe(true);
    expect(srv.content as string[]).toHaveLength(3);
    expect(typeof records.find((r) => r.type === 'A')!.content).toBe('string');
  });

  it('adds, edits (ttl as a string in the answer) and deletes records, validating per type', async () => {
    sandbox = await start();
    const zone = await firstZone(sandbox);
    const base = `/service/${zone.service_id}/dns/${zone.domain_id}/records`;
    expect((await call(sandbox, 'POST', base, { body: { name: 'x', type: 'A', content: '999.1.1.1' } })).json).toEqual({
      error: ['Invalid IPv4 address'],
    });
    expect(
      (await call(sandbox, 'POST', base, { body: { name: '_x._tcp', type: 'SRV', content: '5 5060 sip.example' } }))
        .json,
    ).toEqual({
      error: ['SRV content must be an array: [weight, port, target]'],
    });
    expect(
      (await call(sandbox, 'POST', base, { body: { name: 'x', type: 'PTR', content: 'a.example' } })).json.error,
    ).toEqual(['Unsupported record type: PTR']);
    const added = await call(sandbox, 'POST', base, {
      body: { name: 'api', ttl: 600, type: 'A', content: '192.0.2.55' },
    });
    expect(added.json.record).toEqual({ name: 'api', type: 'A', ttl: '600', priority: '0', content: '192.0.2.55' });
    const srv = await call(sandbox, 'POST', base, {
      body: { name: '_xmpp._tcp', ttl: 3600, priority: 5, type: 'SRV', content: [10, 5222, 'xmpp.example'] },
    });
    expect((srv.json.record as Rec).content).toEqual(['10', '5222', 'xmpp.example']);

    const zoneAfter = (await call(sandbox, 'GET', `/service/${zone.service_id}/dns/${zone.domain_id}`)).json
      .records as Rec[];
    const api = zoneAfter.find((r) => r.name === 'api' && r.content === '192.0.2.55')!;
    const edited = await call(sandbox, 'PUT', `${base}/${api.id}`, { body: { ttl: 3600, content: '192.0.2.56' } });
    expect(edited.json).toEqual({
      record: { id: api.id, type: 'A', ttl: '3600', name: 'api', priority: 0, content: '192.0.2.56' },
      info: ['The record was updated successfully.'],
    });
    expect((await call(sandbox, 'DELETE', `${base}/${api.id}`)).json.success).toBe(true);
    expect((await call(sandbox, 'DELETE', `${base}/${api.id}`)).json).toEqual({ error: ['Record not found'] });
  });

  it('adds and removes zones; GET /service/@id/dns is an invalid method', async () => {
    sandbox = await start();
    const zone = await firstZone(sandbox);
    expect((await call(sandbox, 'GET', `/service/${zone.service_id}/dns`)).json).toEqual({ error: ['invalid method'] });
    expect(
      (await call(sandbox, 'POST', `/service/${zone.service_id}/dns`, { body: { name: 'bad_name' } })).json,
    ).toEqual({ error: ['Invalid domain name'] });
    const created = await call(sandbox, 'POST', `/service/${zone.service_id}/dns`, {
      body: { name: 'new-zone.example' },
    });
    expect(created.json).toEqual({ info: ['Domain zone was created successfully.'] });
    expect(
      (await call(sandbox, 'POST', `/service/${zone.service_id}/dns`, { body: { name: 'new-zone.example' } })).json
        .error,
    ).toEqual(['Domain zone already exists']);
    const zones = (await call(sandbox, 'GET', '/dns')).json.zones as Zone[];
    const fresh = zones.find((z) => z.name === 'new-zone.example')!;
    expect((await call(sandbox, 'DELETE', `/service/${fresh.service_id}/dns/${fresh.domain_id}`)).json).toEqual({
      info: ['Domain zone was deleted successfully.'],
    });
    expect((await call(sandbox, 'GET', `/service/${fresh.service_id}/dns/${fresh.domain_id}`)).json).toEqual({
      error: ['Zone not found'],
    });
  });

  it('refuses DNS routes on a service that is not DNS hosting', async () => {
    sandbox = await start();
    const zone = await firstZone(sandbox);
    const other = [...sandbox.state.services.values()].find((s) => s.kind === 'cloud')!;
    expect((await call(sandbox, 'GET', `/service/${other.id}/dns/${zone.domain_id}`)).json).toEqual({
      error: ['invalid method'],
    });
  });

  it('accepts a form-urlencoded record with PHP bracket arrays for SRV content', async () => {
    sandbox = await start();
    const zone = await firstZone(sandbox);
    const body = {
      name: '_ldap._tcp',
      ttl: '3600',
      priority: '0',
      type: 'SRV',
      'content[0]': '1',
      'content[1]': '389',
      'content[2]': 'ldap.example',
    };
    const added = await call(sandbox, 'POST', `/service/${zone.service_id}/dns/${zone.domain_id}/records`, {
      body,
      form: true,
    });
    expect((added.json.record as Rec).content).toEqual(['1', '389', 'ldap.example']);
  });
});
