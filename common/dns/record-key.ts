/** Identity of a record's data: two records with the same key are exact duplicates. */
import type { DnsRecordValue } from './types';

export function contentText(record: Pick<DnsRecordValue, 'type' | 'content'>): string {
  const { content } = record;
  return typeof content === 'string' ? content : `${content.weight} ${content.port} ${content.target}`;
}

/** name + type + the data the DNS compares (preference included for MX and SRV); TTL is not part of it. */
export function recordKey(record: DnsRecordValue): string {
  const priority = record.type === 'MX' || record.type === 'SRV' ? ` ${record.priority ?? 0}` : '';
  const content = record.type === 'TXT' ? contentText(record) : contentText(record).toLowerCase();
  return `${record.name}\u0000${record.type}\u0000${priority}${content}`;
}

export function sameRecord(a: DnsRecordValue, b: DnsRecordValue): boolean {
  return recordKey(a) === recordKey(b) && a.ttl === b.ttl;
}
