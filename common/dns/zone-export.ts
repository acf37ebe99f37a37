/**
 * Zone → RFC 1035 master file: `$ORIGIN`, `$TTL`, names relative to the origin, host targets fully
 * qualified with their trailing dot, TXT split into quoted 255-octet strings, SRV and CAA fields.
 */
import { contentText } from './record-key';
import { txtChunks } from './txt';
import type { DnsRecordValue } from './types';

export const DEFAULT_EXPORT_TTL = 3600;

const absolute = (host: string): string => (host === '.' ? '.' : `${host}.`);

export function rdataText(record: DnsRecordValue): string {
  const { type, content } = record;
  if (typeof content !== 'string')
    return `${record.priority ?? 0} ${content.weight} ${content.port} ${absolute(content.target)}`;
  switch (type) {
    case 'CNAME':
    case 'NS':
      return absolute(content);
    case 'MX':
      return `${record.priority ?? 0} ${absolute(content)}`;
    case 'TXT':
      return txtChunks(content).join(' ');
    default:
      return contentText(record);
  }
}

/** The commonest TTL becomes `$TTL`; every record still carries its own, so nothing depends on it. */
function defaultTtl(records: readonly DnsRecordValue[]): number {
  const tally = new Map<number, number>();
  for (const r of records) tally.set(r.ttl, (tally.get(r.ttl) ?? 0) + 1);
  let best = DEFAULT_EXPORT_TTL;
  let most = 0;
  for (const [ttl, n] of tally) if (n > most) [best, most] = [ttl, n];
  return best;
}

export function exportZoneFile(zone: { name: string; records: readonly DnsRecordValue[] }, exportedAt: Date): string {
  const sorted = [...zone.records].sort(
    (a, b) =>
      Number(b.name === '@') - Number(a.name === '@') ||
      a.name.localeCompare(b.name) ||
      a.type.localeCompare(b.type) ||
      (a.priority ?? 0) - (b.priority ?? 0),
  );
  const width = Math.min(40, Math.max(1, ...sorted.map((r) => r.name.length)));
  const lines = [
    `; Zone ${zone.name}, exported by Reseller Console on ${exportedAt.toISOString()}.`,
    '; The portal keeps the SOA record and does not show it, so this file has none: add an SOA',
    '; line before loading it into a name server (named-checkzone refuses a zone without one).',
    `$ORIGIN ${zone.name}.`,
    `$TTL ${defaultTtl(sorted)}`,
    '',
    ...sorted.map((r) => `${r.name.padEnd(width)} ${String(r.ttl).padStart(6)} IN ${r.type.padEnd(5)} ${rdataText(r)}`),
  ];
  return `${lines.join('\n')}\n`;
}
