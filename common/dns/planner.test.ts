import { describe, expect, it } from 'vitest';
import { confirmsZone, executionOrder, planChanges } from './planner';
import { sampleZone, zoneOf } from './test-zone.test-util';
import type { DnsChange } from './types';

const zone = sampleZone();
const byName = (name: string, type: string) => zone.records.find((r) => r.name === name && r.type === type)!;
const plan = (changes: DnsChange[], z = zone) => {
  const result = planChanges(z, changes);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
};
const errors = (changes: DnsChange[], z = zone) => {
  const result = planChanges(z, changes);
  return result.ok ? {} : result.errors;
};

describe('planChanges', () => {
  it('shows each change as before → after with counts, nothing for an unchanged zone', () => {
    const www = byName('www', 'A');
    const p = plan([
      { op: 'create', record: { name: 'api', type: 'A', ttl: 600, content: '192.0.2.9' } },
      { op: 'update', id: www.id, record: { ...www, content: '192.0.2.81' } },
      { op: 'delete', id: byName('@', 'TXT').id },
    ]);
    expect(p.counts).toEqual({ create: 1, update: 1, delete: 1, unchanged: zone.records.length - 2 });
    expect(p.changes[1]).toMatchObject({ before: www, after: { name: 'www', content: '192.0.2.81', priority: 0 } });
    expect(p.changes[0]).toMatchObject({ before: null, after: { name: 'api' }, phase: 'create' });
    expect(p.needsConfirmation).toBe(false);
    expect(plan([]).counts).toEqual({ create: 0, update: 0, delete: 0, unchanged: zone.records.length });
  });

  it('names the change and field of every invalid change; unknown ids and double changes refused', () => {
    expect(
      errors([
        { op: 'create', record: { name: 'ok', type: 'A', ttl: 600, content: '192.0.2.9' } },
        { op: 'create', record: { name: 'x', type: 'A', ttl: 10, content: '1.2.3' } },
        { op: 'delete', id: 'nope' },
        { op: 'delete', id: byName('www', 'A').id },
        { op: 'update', id: byName('www', 'A').id, record: byName('www', 'A') },
      ]),
    ).toEqual({
      'changes.1.record.ttl': 'The TTL must be at least 60 seconds (1 min)',
      'changes.1.record.content': 'Enter an IPv4 address in dotted-quad form, e.g. 192.0.2.10',
      'changes.2.id': 'This record is no longer in the zone: reload it',
      'changes.4.id': 'This record is already changed by change 4',
    });
  });

  it('zone rules: a CNAME is alone at its name (both directions) and never at the apex', () => {
    expect(
      errors([{ op: 'create', record: { name: 'www', type: 'CNAME', ttl: 300, content: 'x.example.net' } }]),
    ).toEqual({
      'changes.0.record.name': 'www has a A record: a CNAME must be the only record at its name',
    });
    expect(errors([{ op: 'create', record: { name: 'blog', type: 'TXT', ttl: 300, content: 'hello' } }])).toEqual({
      'changes.0.record.name': 'blog has a TXT record: a CNAME must be the only record at its name',
    });
    expect(
      errors([{ op: 'create', record: { name: '@', type: 'CNAME', ttl: 300, content: 'x.example.net' } }]),
    ).toEqual({
      'changes.0.record.content': 'A CNAME cannot be at the zone apex (@)',
    });
  });

  it('zone rules: MX and NS do not point at a CNAME of the zone', () => {
    expect(
      errors([
        { op: 'create', record: { name: 'sub', type: 'MX', ttl: 300, priority: 5, content: 'blog.example.com' } },
      ]),
    ).toEqual({ 'changes.0.record.content': 'MX must not point at blog.example.com, which is a CNAME' });
    const mail = byName('mail', 'A');
    expect(
      errors([
        { op: 'delete', id: mail.id },
        { op: 'create', record: { name: 'mail', type: 'CNAME', ttl: 300, content: 'mx.provider.example' } },
      ]),
    ).toEqual({ 'changes.1.record.name': 'MX must not point at mail.example.com, which is a CNAME' });
    expect(
      errors([{ op: 'create', record: { name: 'dev', type: 'NS', ttl: 300, content: 'blog.example.com' } }]),
    ).toEqual({
      'changes.0.record.content': 'NS must not point at blog.example.com, which is a CNAME',
    });
  });

  it('zone rules: exact duplicates refused (TTL aside), also two equal creates', () => {
    const dup = { name: 'www', type: 'A', ttl: 60, content: '192.0.2.80' };
    expect(errors([{ op: 'create', record: dup }])).toEqual({
      'changes.0.record.content': 'The same record is already in the zone',
    });
    const twin = { name: 'x', type: 'TXT', ttl: 60, content: 'a' };
    expect(
      errors([
        { op: 'create', record: twin },
        { op: 'create', record: twin },
      ]),
    ).toEqual({
      'changes.1.record.content': 'The same record is already in the zone',
    });
  });

  it('replaces an A by a CNAME in one plan: the delete that frees the name runs first', () => {
    const www = byName('www', 'A');
    const other = byName('@', 'TXT');
    const p = plan([
      { op: 'create', record: { name: 'www', type: 'CNAME', ttl: 300, content: 'lb.example.net' } },
      { op: 'delete', id: other.id },
      { op: 'update', id: byName('sip', 'A').id, record: { ...byName('sip', 'A'), ttl: 600 } },
      { op: 'delete', id: www.id },
    ]);
    expect(p.changes.map((c) => c.phase)).toEqual(['create', 'delete', 'update', 'free-name']);
    expect(executionOrder(p).map((g) => g.map((c) => c.index))).toEqual([[3], [2], [0], [1]]);
  });

  it('an update that changes nothing is counted unchanged and not sent', () => {
    const www = byName('www', 'A');
    const p = plan([{ op: 'update', id: www.id, record: { ...www, name: 'WWW.example.com.' } }]);
    expect(p.changes[0]!.noop).toBe(true);
    expect(p.counts).toEqual({ create: 0, update: 0, delete: 0, unchanged: zone.records.length });
    expect(executionOrder(p)).toEqual([]);
    expect(p.warnings).toContain('1 change leaves its record as it is: nothing is sent for it');
  });

  it('guard: ≥ 10 records and > 30% updated or deleted needs the zone name', () => {
    const big = sampleZone(8);
    const hosts = big.records.filter((r) => r.name.startsWith('host-'));
    const deletes = (n: number): DnsChange[] => hosts.slice(0, n).map((r) => ({ op: 'delete', id: r.id }));
    expect(big.records.length).toBe(20);
    expect(plan(deletes(6), big).needsConfirmation).toBe(false);
    const tripped = plan(deletes(7), big);
    expect(tripped.needsConfirmation).toBe(true);
    expect(tripped.confirmReasons).toEqual(["It updates or deletes 35% of the zone's 20 records"]);
    const creates: DnsChange[] = Array.from({ length: 30 }, (_, i) => ({
      op: 'create',
      record: { name: `n${i}`, type: 'A', ttl: 300, content: '192.0.2.1' },
    }));
    expect(plan(creates, big).needsConfirmation).toBe(false);
    const tiny = zoneOf('tiny.example', [
      { name: 'a', type: 'A', ttl: 300, priority: 0, content: '192.0.2.1' },
      { name: '@', type: 'NS', ttl: 300, priority: 0, content: 'ns.example.net' },
    ]);
    expect(plan([{ op: 'delete', id: tiny.records[0]!.id }], tiny).needsConfirmation).toBe(false);
  });

  it('guard: touching an apex NS record always needs the zone name, with a warning', () => {
    const p = plan([{ op: 'create', record: { name: '@', type: 'NS', ttl: 86400, content: 'ns3.dns.example' } }]);
    expect(p.needsConfirmation).toBe(true);
    expect(p.confirmReasons).toEqual(["It changes the zone's name servers (NS at @)"]);
    expect(p.warnings).toContain('This plan changes the name servers of example.com (NS records at @)');
    expect(
      plan([{ op: 'create', record: { name: 'dev', type: 'NS', ttl: 86400, content: 'ns.x.example' } }])
        .needsConfirmation,
    ).toBe(false);
  });

  it('warns about MX/SRV targets without an address and about types the app does not check', () => {
    const p = plan([
      { op: 'create', record: { name: 'x', type: 'MX', ttl: 300, priority: 1, content: 'mx9.example.com' } },
      { op: 'create', record: { name: '_443._tcp', type: 'TLSA', ttl: 300, content: '3 1 1 ab' } },
    ]);
    expect(p.warnings).toEqual([
      'TLSA records are not checked by the app: the portal decides',
      'mx9.example.com (MX target) has no A or AAAA record in this zone',
    ]);
  });

  it('confirmsZone ignores case and a trailing dot, refuses anything else', () => {
    expect(confirmsZone('Example.com.', 'example.com')).toBe(true);
    expect(confirmsZone('example.org', 'example.com')).toBe(false);
    expect(confirmsZone(undefined, 'example.com')).toBe(false);
  });
});
