/**
 * Rules across the records of one zone: a CNAME is alone at its name, MX and NS do not point at a
 * name that is a CNAME here, no exact duplicates. A problem involving a changed record is an error
 * on that change; one among untouched records (the portal already holds it) is only a warning.
 */
import { fqdn } from './names';
import { recordKey } from './record-key';
import type { DnsRecordValue } from './types';

export interface ZoneEntry {
  readonly record: DnsRecordValue;
  /** Index of the change that produces this record; undefined for an untouched record. */
  readonly change?: number;
}

export interface ZoneProblem {
  readonly change: number;
  readonly field: string;
  readonly message: string;
}

export interface ZoneRulesResult {
  readonly errors: readonly ZoneProblem[];
  readonly warnings: readonly string[];
}

export function checkZoneRules(entries: readonly ZoneEntry[], zone: string): ZoneRulesResult {
  const errors: ZoneProblem[] = [];
  const warnings: string[] = [];
  const report = (entry: ZoneEntry, other: ZoneEntry | null, field: string, message: string, otherField = field) => {
    if (entry.change !== undefined) errors.push({ change: entry.change, field, message });
    else if (other?.change !== undefined) errors.push({ change: other.change, field: otherField, message });
    else warnings.push(`Already in the zone: ${message}`);
  };
  const byName = new Map<string, ZoneEntry[]>();
  for (const entry of entries) {
    const list = byName.get(entry.record.name) ?? [];
    list.push(entry);
    byName.set(entry.record.name, list);
  }
  for (const [name, list] of byName) {
    const cnames = list.filter((e) => e.record.type === 'CNAME');
    for (const cname of cnames) {
      const other = list.find((e) => e !== cname && (e.change !== undefined || cname.change !== undefined));
      if (other) {
        const what = other.record.type === 'CNAME' ? 'another CNAME' : `a ${other.record.type} record`;
        report(cname, other, 'name', `${name} has ${what}: a CNAME must be the only record at its name`);
      }
    }
  }
  const cnameNames = new Set(entries.filter((e) => e.record.type === 'CNAME').map((e) => fqdn(e.record.name, zone)));
  for (const entry of entries) {
    const { type, content } = entry.record;
    if ((type !== 'MX' && type !== 'NS') || typeof content !== 'string' || !cnameNames.has(content)) continue;
    const cname = entries.find((e) => e.record.type === 'CNAME' && fqdn(e.record.name, zone) === content) ?? null;
    report(entry, cname, 'content', `${type} must not point at ${content}, which is a CNAME`, 'name');
  }
  const seen = new Map<string, ZoneEntry>();
  for (const entry of entries) {
    const key = recordKey(entry.record);
    const first = seen.get(key);
    if (!first) seen.set(key, entry);
    else if (entry.change !== undefined || first.change !== undefined) {
      const target = entry.change !== undefined ? entry : first;
      errors.push({ change: target.change!, field: 'content', message: 'The same record is already in the zone' });
    } else warnings.push(`Already in the zone: ${entry.record.name} ${entry.record.type} appears twice`);
  }
  return { errors, warnings };
}
