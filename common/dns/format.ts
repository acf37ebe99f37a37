/** How the editor shows DNS values: readable TTLs, names relative to the zone with the FQDN beside. */
import type { DnsRecordValue } from './types';

const UNITS: readonly [number, string][] = [
  [604_800, 'w'],
  [86_400, 'd'],
  [3600, 'h'],
  [60, 'min'],
  [1, 's'],
];

/** 3600 → "1 h", 300 → "5 min", 5400 → "1 h 30 min". */
export function readableTtl(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return `${seconds} s`;
  const parts: string[] = [];
  let rest = Math.floor(seconds);
  for (const [size, unit] of UNITS) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)} ${unit}`);
      rest %= size;
    }
    if (parts.length === 2) break;
  }
  return rest > 0 && parts.length === 2 ? `${seconds} s` : parts.join(' ');
}

/** What the content column shows: SRV as priority / weight / port / target, MX with its preference. */
export function contentSummary(record: DnsRecordValue): string {
  const { content } = record;
  if (typeof content !== 'string')
    return `${record.priority ?? 0} / ${content.weight} / ${content.port} / ${content.target}`;
  return content;
}
