import { describe, expect, it } from 'vitest';
import { planChanges } from './planner';
import { sampleZone, zoneOf } from './test-zone.test-util';
import { txtChunks } from './txt';
import type { DnsZoneView } from './types';
import { exportZoneFile } from './zone-export';
import { importChanges } from './zone-import';
import { parseZoneFile } from './zone-parse';

const AT = new Date('2026-01-02T03:04:05Z');
const longTxt = `v=DKIM1; k=rsa; p=${'A'.repeat(600)}`;
const zone: DnsZoneView = zoneOf('example.com', [
  ...sampleZone().records,
  { name: 'sel._domainkey', type: 'TXT', ttl: 3600, priority: 0, content: longTxt },
  { name: 'quote', type: 'TXT', ttl: 600, priority: 0, content: 'say "hi" \\ ünïcode; not a comment' },
  { name: '*.dev', type: 'A', ttl: 600, priority: 0, content: '192.0.2.99' },
  { name: 'xn--mller-kva', type: 'AAAA', ttl: 600, priority: 0, content: '2001:db8::2' },
  { name: '@', type: 'CAA', ttl: 3600, priority: 0, content: '0 iodef "mailto:ops@example.com"' },
]);

const parsed = (text: string, origin = 'example.com') => {
  const result = parseZoneFile(text, origin);
  if (!result.ok) throw new Error(`line ${result.line}: ${result.error}`);
  return result;
};

describe('exportZoneFile', () => {
  it('writes $ORIGIN, $TTL, relative names, absolute targets, SRV and CAA fields and a header about the SOA', () => {
    const text = exportZoneFile(zone, AT);
    expect(text).toContain('$ORIGIN example.com.\n$TTL 3600\n');
    expect(text).toMatch(/^; .*SOA/m);
    expect(text).toMatch(/^www\s+300 IN A\s+192\.0\.2\.80$/m);
    expect(text).toMatch(/^@\s+3600 IN MX\s+10 mail\.example\.com\.$/m);
    expect(text).toMatch(/^_sip\._tcp\s+3600 IN SRV\s+10 5 5060 sip\.example\.com\.$/m);
    expect(text).toMatch(/^@\s+86400 IN CAA\s+0 issue "letsencrypt\.org"$/m);
    expect(text).toContain('"say \\"hi\\" \\\\ \\195\\188n\\195\\175code; not a comment"');
  });

  it('splits TXT into quoted strings of at most 255 octets', () => {
    const chunks = txtChunks(longTxt);
    expect(chunks).toHaveLength(3);
    expect(chunks.every((c) => c.length - 2 <= 255)).toBe(true);
    expect(chunks.map((c) => c.slice(1, -1)).join('')).toBe(longTxt);
    expect(txtChunks('é'.repeat(200)).map((c) => c.match(/\\\d{3}/g)!.length)).toEqual([254, 146]);
  });
});

describe('parseZoneFile', () => {
  it('reads $ORIGIN/$TTL, relative and absolute names, blank owners, parentheses, comments, quotes, TTL units', () => {
    const result = parsed(
      [
        '$TTL 1h ; default',
        '@ IN SOA ns1.example.com. host.example.com. ( 1 7200 3600',
        '          1209600 3600 )',
        '@  NS ns1.dns.example.',
        '   NS ns2',
        'www 5m IN A 192.0.2.1',
        'www.example.com. IN 600 AAAA 2001:DB8::1',
        '$ORIGIN sub.example.com.',
        'api A 192.0.2.2',
        '@ MX 10 mail',
        'txt TXT ( "part one;" ',
        '  "part two" ) ; trailing',
        '_x._udp SRV 1 2 3 target.example.net.',
        'c CAA 0 issue "ca.example"',
      ].join('\n'),
    );
    expect(result.skippedSoa).toEqual([2]);
    expect(result.records.map((r) => [r.line, r.record.name, r.record.type, r.record.ttl, r.record.content])).toEqual([
      [4, '@', 'NS', 3600, 'ns1.dns.example'],
      [5, '@', 'NS', 3600, 'ns2.example.com'],
      [6, 'www', 'A', 300, '192.0.2.1'],
      [7, 'www', 'AAAA', 600, '2001:DB8::1'],
      [9, 'api.sub', 'A', 3600, '192.0.2.2'],
      [10, 'sub', 'MX', 3600, 'mail.sub.example.com'],
      [11, 'txt.sub', 'TXT', 3600, 'part one;part two'],
      [13, '_x._udp.sub', 'SRV', 3600, { weight: 2, port: 3, target: 'target.example.net' }],
      [14, 'c.sub', 'CAA', 3600, '0 issue "ca.example"'],
    ]);
    expect(result.records[5]!.record.priority).toBe(10);
  });

  it('refuses what it cannot read, with the line number', () => {
    const refused = (text: string) => {
      const result = parseZoneFile(text, 'example.com');
      return result.ok ? null : [result.line, result.error];
    };
    expect(refused('a A 1.2.3.4\nb TXT "open')).toEqual([2, 'A quoted string is not closed']);
    expect(refused('a A 1.2.3.4\n\nb TXT ( "x"\n')).toEqual([3, 'A "(" is never closed']);
    expect(refused('x ) A 1.2.3.4')).toEqual([1, 'A ")" without its "("']);
    expect(refused('$INCLUDE other.zone')).toEqual([1, '$INCLUDE is not supported: paste the records themselves']);
    expect(refused('a CH A 1.2.3.4')).toEqual([1, 'Only the IN class is supported, not CH']);
    expect(refused('other.org. A 1.2.3.4')).toEqual([1, 'other.org is outside the zone example.com']);
    expect(refused('m MX mail.example.com.')).toEqual([1, 'A MX record takes 2 values, found 1']);
    expect(refused('s SRV 1 x 3 t.')).toEqual([1, 'Expected the weight (a number)']);
    expect(refused('  A 1.2.3.4')).toEqual([1, 'The first record has no name']);
    expect(refused('a 300')).toEqual([1, 'The record type is missing']);
  });
});

describe('importChanges', () => {
  const file = (lines: string[]) => ['$ORIGIN example.com.', ...lines].join('\n');

  it('round trip: export then import into the same zone gives an empty plan (both modes)', () => {
    for (const mode of ['merge', 'replace'] as const) {
      const imported = importChanges(zone, exportZoneFile(zone, AT), mode);
      expect(imported).toEqual({ ok: true, changes: [], notes: [] });
    }
  });

  it('merge adds and updates only; replace also deletes what the file lacks (and trips the guard)', () => {
    const text = file([
      '@ 86400 NS ns1.dns.example.',
      '@ 86400 NS ns2.dns.example.',
      'www 600 A 192.0.2.80',
      'www 600 A 192.0.2.81',
      'blog 3600 CNAME other.example.net.',
      'new 60 TXT "hello"',
    ]);
    const merge = importChanges(zone, text, 'merge');
    if (!merge.ok) throw new Error(merge.message);
    const www = zone.records.find((r) => r.name === 'www')!;
    const blog = zone.records.find((r) => r.name === 'blog')!;
    expect(merge.changes).toEqual([
      { op: 'update', id: www.id, record: expect.objectContaining({ ttl: 600, content: '192.0.2.80' }) },
      { op: 'create', record: expect.objectContaining({ name: 'www', content: '192.0.2.81' }) },
      { op: 'update', id: blog.id, record: expect.objectContaining({ content: 'other.example.net' }) },
      { op: 'create', record: expect.objectContaining({ name: 'new', type: 'TXT' }) },
    ]);
    const replace = importChanges(zone, text, 'replace');
    if (!replace.ok) throw new Error(replace.message);
    const deletes = replace.changes.filter((c) => c.op === 'delete');
    expect(deletes).toHaveLength(zone.records.length - 4);
    const p = planChanges(zone, replace.changes);
    expect(p.ok && p.plan.needsConfirmation).toBe(true);
  });

  it('refuses an invalid record with its line, reports and skips SOA, reads a repeated record once', () => {
    const bad = importChanges(zone, file(['ok A 192.0.2.1', 'bad A 300.1.1.1']), 'merge');
    expect(bad).toEqual({
      ok: false,
      message: 'Line 3: bad A: Enter an IPv4 address in dotted-quad form, e.g. 192.0.2.10',
      errors: { 'line.3.content': 'Enter an IPv4 address in dotted-quad form, e.g. 192.0.2.10' },
    });
    const soa = importChanges(zone, file(['@ SOA ns. h. 1 2 3 4 5', 'x A 192.0.2.1', 'x A 192.0.2.1']), 'merge');
    expect(soa.ok && soa.notes).toEqual([
      'Line 4 repeats an earlier record: read once',
      "SOA record skipped (line 2): the portal keeps the zone's SOA",
    ]);
    expect(soa.ok && soa.changes).toHaveLength(1);
  });
});
