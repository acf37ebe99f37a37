/** Test-only: a small realistic zone with every validated type. */
import type { DnsZoneRecord, DnsZoneView } from './types';

export function zoneOf(name: string, records: Omit<DnsZoneRecord, 'id'>[]): DnsZoneView {
  return { id: '60', serviceId: '304', name, records: records.map((r, i) => ({ ...r, id: String(5000 + i) })) };
}

export function sampleZone(extraHosts = 0): DnsZoneView {
  const z = 'example.com';
  return zoneOf(z, [
    { name: '@', type: 'NS', ttl: 86400, priority: 0, content: 'ns1.dns.example' },
    { name: '@', type: 'NS', ttl: 86400, priority: 0, content: 'ns2.dns.example' },
    { name: '@', type: 'A', ttl: 3600, priority: 0, content: '192.0.2.1' },
    { name: '@', type: 'AAAA', ttl: 3600, priority: 0, content: '2001:db8::1' },
    { name: '@', type: 'MX', ttl: 3600, priority: 10, content: `mail.${z}` },
    { name: '@', type: 'TXT', ttl: 3600, priority: 0, content: 'v=spf1 mx -all' },
    { name: '@', type: 'CAA', ttl: 86400, priority: 0, content: '0 issue "letsencrypt.org"' },
    { name: 'mail', type: 'A', ttl: 3600, priority: 0, content: '192.0.2.25' },
    { name: 'www', type: 'A', ttl: 300, priority: 0, content: '192.0.2.80' },
    { name: 'blog', type: 'CNAME', ttl: 3600, priority: 0, content: `www.${z}` },
    { name: '_sip._tcp', type: 'SRV', ttl: 3600, priority: 10, content: { weight: 5, port: 5060, target: `sip.${z}` } },
    { name: 'sip', type: 'A', ttl: 3600, priority: 0, content: '192.0.2.60' },
    ...Array.from({ length: extraHosts }, (_, i) => ({
      name: `host-${i}`,
      type: 'A',
      ttl: 3600,
      priority: 0,
      content: `198.51.100.${i % 250}`,
    })),
  ]);
}
