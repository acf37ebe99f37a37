/** Seeds DNS zones (10–300 records each, every supported type) on the DNS hosting services. */
import { createRng, type Rng } from '../rng';
import { nextId, type DnsRecordEntry, type HostbillState } from '../state';

/** Record counts per zone, cycled: one tiny zone, one at the 300 ceiling, the rest in between. */
const ZONE_SIZES = [24, 10, 300, 57, 140];
const TTLS = [300, 600, 3600, 3600, 3600, 86400];
export const NAMESERVERS = ['ns1.demo-dns.example', 'ns2.demo-dns.example'];

export function seedZones(
  state: HostbillState,
  rng: Rng,
  count: number,
  nextDomain: () => string,
  largeZoneRecords = 0,
): void {
  const dnsServices = [...state.services.values()].filter((s) => s.kind === 'dns');
  if (dnsServices.length === 0) return;
  state.sequences['zone'] = 59;
  for (let i = 0; i < count; i += 1) {
    const service = dnsServices[i % dnsServices.length]!;
    const name = nextDomain();
    const size = i < ZONE_SIZES.length ? ZONE_SIZES[i]! : rng.int(10, 300);
    const domainId = nextId(state, 'zone');
    state.zones.set(domainId, { domainId, serviceId: service.id, name, records: seedRecords(state, rng, name, size) });
  }
  if (largeZoneRecords > 0) {
    // Its own random stream, so asking for it leaves every other seeded value as it was.
    const domainId = nextId(state, 'zone');
    const name = 'bigcatalog-shop.example';
    const records = seedRecords(state, createRng(largeZoneRecords), name, largeZoneRecords);
    // A type the editor does not validate, as a backend filled by zone transfer holds: shown, deletable.
    const last = records[records.length - 1]!;
    records[records.length - 1] = {
      ...last,
      name: '_443._tcp.shop',
      type: 'TLSA',
      priority: 0,
      content: '3 1 1 0c72ac70b745ac19998811b131d662c9ac69dbdbe7cb23e5b514b56664c5d3d6',
    };
    state.zones.set(domainId, { domainId, serviceId: dnsServices[0]!.id, name, records });
  }
}

/** What a new zone starts with (POST /service/@id/dns). */
export function defaultRecords(state: HostbillState, zone: string): DnsRecordEntry[] {
  return [
    ...NAMESERVERS.map((ns) => record(state, '@', 86400, 0, 'NS', ns)),
    record(state, '@', 3600, 10, 'MX', `mail.${zone}`),
  ];
}

function record(
  state: HostbillState,
  name: string,
  ttl: number,
  priority: number,
  type: string,
  content: string | string[],
): DnsRecordEntry {
  return { id: nextId(state, 'record', 5000), name, ttl, priority, type, content };
}

function ipv4(rng: Rng): string {
  return `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`;
}

function ipv6(rng: Rng): string {
  return `2001:db8:${rng.hex(4).replace(/^0+/, '') || '0'}::${rng.int(1, 0xffff).toString(16)}`;
}

function seedRecords(state: HostbillState, rng: Rng, zone: string, size: number): DnsRecordEntry[] {
  const ttl = (): number => rng.pick(TTLS);
  const records: DnsRecordEntry[] = [
    ...NAMESERVERS.map((ns) => record(state, '@', 86400, 0, 'NS', ns)),
    record(state, '@', ttl(), 0, 'A', ipv4(rng)),
    record(state, '@', ttl(), 0, 'AAAA', ipv6(rng)),
    record(state, 'www', ttl(), 0, 'CNAME', zone),
    record(state, '@', 3600, 10, 'MX', `mail.${zone}`),
    record(state, '@', 3600, 0, 'TXT', 'v=spf1 mx include:_spf.demo-hosting.example -all'),
    record(state, '@', 86400, 0, 'CAA', '0 issue "letsencrypt.org"'),
    record(state, '_sip._tcp', 3600, 10, 'SRV', ['5', '5060', `sip.${zone}`]),
    record(state, 'mail', ttl(), 0, 'A', ipv4(rng)),
  ];
  for (let i = records.length; i < size; i += 1) {
    const host = `host-${String(i).padStart(3, '0')}`;
    const kind = rng.int(0, 9);
    if (kind < 4) records.push(record(state, host, ttl(), 0, 'A', ipv4(rng)));
    else if (kind < 6) records.push(record(state, host, ttl(), 0, 'AAAA', ipv6(rng)));
    else if (kind === 6) records.push(record(state, host, ttl(), 0, 'CNAME', `www.${zone}`));
    else if (kind === 7) records.push(record(state, host, ttl(), 0, 'TXT', `verification=${rng.hex(24)}`));
    else if (kind === 8)
      records.push(
        record(state, `_svc${i}._tcp`, ttl(), rng.int(0, 20), 'SRV', [
          String(rng.int(0, 100)),
          String(rng.int(1024, 65535)),
          `${host}.${zone}`,
        ]),
      );
    else records.push(record(state, `sub${i}`, 3600, rng.pick([10, 20, 30]), 'MX', `mx${rng.int(1, 3)}.${zone}`));
  }
  return records;
}
