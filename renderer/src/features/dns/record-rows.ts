/**
 * Pure selectors of the records table: one row per record with what each column shows, a
 * precomputed lower-case search key over name and content (a keystroke over 2,000 rows is one
 * `includes` per row), and the type filter.
 */
import { contentSummary, readableTtl } from '../../../../common/dns/format';
import { fqdn } from '../../../../common/dns/names';
import type { DnsZoneRecord, DnsZoneView } from '../../../../common/dns/types';

export interface RecordRow {
  readonly record: DnsZoneRecord;
  readonly id: string;
  readonly name: string;
  readonly fqdn: string;
  readonly type: string;
  readonly ttl: number;
  readonly ttlText: string;
  /** MX preference or SRV priority; null where the type has none. */
  readonly priority: number | null;
  readonly content: string;
  readonly searchKey: string;
}

const HAS_PRIORITY = new Set(['MX', 'SRV']);

export function toRecordRows(zone: DnsZoneView): RecordRow[] {
  return zone.records.map((record) => {
    const content = contentSummary(record);
    const full = fqdn(record.name, zone.name);
    return {
      record,
      id: record.id,
      name: record.name,
      fqdn: full,
      type: record.type,
      ttl: record.ttl,
      ttlText: readableTtl(record.ttl),
      priority: HAS_PRIORITY.has(record.type) ? record.priority : null,
      content,
      searchKey: `${record.name}\n${full}\n${content}`.toLowerCase(),
    };
  });
}

/** The types present, in a stable order, for the type filter. */
export function typesOf(rows: readonly RecordRow[]): string[] {
  return [...new Set(rows.map((r) => r.type))].sort();
}

export function filterRows(rows: readonly RecordRow[], query: string, type: string | null): RecordRow[] {
  const needle = query.trim().toLowerCase();
  if (!needle && !type) return rows as RecordRow[];
  return rows.filter((r) => (!type || r.type === type) && (!needle || r.searchKey.includes(needle)));
}
