/**
 * The client's zone → the editor's zone: `ttl` and `priority` always numbers, records without an
 * id (which no edit could address) left out, names lower case as the portal compares them.
 */
import type { DnsZoneRecord, DnsZoneView } from '../../../common/dns/types';
import type { DnsZoneDetails } from '../../../common/models/hostbill';

/** What the portal applies when a record comes without a TTL. */
export const PORTAL_DEFAULT_TTL = 3600;

export function toZoneView(details: DnsZoneDetails): DnsZoneView {
  const records: DnsZoneRecord[] = [];
  for (const r of details.records) {
    if (r.id === null) continue;
    records.push({
      id: r.id,
      name: r.name.trim().toLowerCase() || '@',
      type: r.type,
      ttl: r.ttl ?? PORTAL_DEFAULT_TTL,
      priority: r.priority ?? 0,
      content: r.content,
    });
  }
  return { id: details.id, serviceId: details.serviceId, name: details.name.toLowerCase(), records };
}
