/**
 * Zone file → changes against the current zone. *merge* adds and updates only; *replace* also
 * deletes what the file does not have. A record the file has exactly (same name, type and data)
 * is unchanged, or an update when only its TTL differs; in replace mode the remaining records of
 * one name and type are paired as updates (ids kept), in merge mode only a CNAME is (it is single).
 */
import { recordKey } from './record-key';
import { validateRecord } from './validate-record';
import { parseZoneFile } from './zone-parse';
import type { DnsChange, DnsRecordValue, DnsZoneRecord, DnsZoneView, FieldErrors } from './types';

export const IMPORT_MODES = ['merge', 'replace'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export type ImportResult =
  | { readonly ok: true; readonly changes: DnsChange[]; readonly notes: string[] }
  | { readonly ok: false; readonly message: string; readonly errors: FieldErrors };

const group = <T extends DnsRecordValue>(records: readonly T[]) => {
  const map = new Map<string, T[]>();
  for (const r of records) {
    const key = `${r.name}\u0000${r.type}`;
    map.set(key, [...(map.get(key) ?? []), r]);
  }
  return map;
};

/** Parses and validates every record; the first bad line refuses the whole file. */
export function readZoneFile(
  text: string,
  zone: string,
): { records: DnsRecordValue[]; notes: string[] } | { message: string; errors: FieldErrors } {
  const parsed = parseZoneFile(text, zone);
  if (!parsed.ok)
    return { message: `Line ${parsed.line}: ${parsed.error}`, errors: { [`line.${parsed.line}`]: parsed.error } };
  const records: DnsRecordValue[] = [];
  const seen = new Set<string>();
  const notes: string[] = [];
  for (const { line, record } of parsed.records) {
    const checked = validateRecord(record, zone);
    if (!checked.ok) {
      const [field, error] = Object.entries(checked.errors)[0]!;
      return {
        message: `Line ${line}: ${record.name} ${record.type}: ${error}`,
        errors: { [`line.${line}.${field}`]: error },
      };
    }
    const key = recordKey(checked.record);
    if (seen.has(key)) notes.push(`Line ${line} repeats an earlier record: read once`);
    else records.push(checked.record);
    seen.add(key);
  }
  if (parsed.skippedSoa.length > 0) {
    notes.push(`SOA record skipped (line ${parsed.skippedSoa.join(', ')}): the portal keeps the zone's SOA`);
  }
  return { records, notes };
}

export function importChanges(zone: DnsZoneView, text: string, mode: ImportMode): ImportResult {
  const read = readZoneFile(text, zone.name);
  if ('message' in read) return { ok: false, ...read };
  const changes: DnsChange[] = [];
  const current = new Map<string, DnsZoneRecord[]>();
  for (const r of zone.records) current.set(recordKey(r), [...(current.get(recordKey(r)) ?? []), r]);
  const claimed = new Set<string>();
  const leftovers: DnsRecordValue[] = [];
  for (const record of read.records) {
    const match = current.get(recordKey(record))?.find((r) => !claimed.has(r.id));
    if (!match) {
      leftovers.push(record);
      continue;
    }
    claimed.add(match.id);
    if (match.ttl !== record.ttl) changes.push({ op: 'update', id: match.id, record });
  }
  const unclaimed = group(zone.records.filter((r) => !claimed.has(r.id)));
  for (const [key, records] of group(leftovers)) {
    const pairable = unclaimed.get(key) ?? [];
    for (const record of records) {
      const pair = mode === 'replace' || record.type === 'CNAME' ? pairable.shift() : undefined;
      changes.push(pair ? { op: 'update', id: pair.id, record } : { op: 'create', record });
    }
  }
  if (mode === 'replace') {
    for (const records of unclaimed.values()) for (const r of records) changes.push({ op: 'delete', id: r.id });
  }
  return { ok: true, changes, notes: read.notes };
}
