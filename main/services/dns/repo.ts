/**
 * The DNS tables of the encrypted cache. A zone's records are stored as JSON of the editor's
 * normalised zone, projected field by field so nothing else a portal sends lands in a row.
 */
import type { DnsZoneRecord, DnsZoneView } from '../../../common/dns/types';
import type { DnsZone } from '../../../common/models/hostbill';
import type { CacheDb } from '../../cache/database';

const recordRow = (r: DnsZoneRecord): DnsZoneRecord => ({
  id: r.id,
  name: r.name,
  type: r.type,
  ttl: r.ttl,
  priority: r.priority,
  content:
    typeof r.content === 'string'
      ? r.content
      : { weight: r.content.weight, port: r.content.port, target: r.content.target },
});

export function createDnsRepo(db: CacheDb) {
  const q = {
    zones: db.prepare<[string], { zone_id: string; service_id: string; name: string }>(
      'SELECT zone_id, service_id, name FROM dns_zones WHERE account_id = ? ORDER BY position',
    ),
    clearZones: db.prepare<[string]>('DELETE FROM dns_zones WHERE account_id = ?'),
    insertZone: db.prepare(
      'INSERT INTO dns_zones (account_id, zone_id, service_id, position, name) VALUES (?, ?, ?, ?, ?)',
    ),
    zone: db.prepare<[string, string, string], { zone_json: string }>(
      'SELECT zone_json FROM dns_zone_records WHERE account_id = ? AND service_id = ? AND zone_id = ?',
    ),
    upsertRecords: db.prepare(
      `INSERT INTO dns_zone_records (account_id, service_id, zone_id, zone_json) VALUES (?, ?, ?, ?)
       ON CONFLICT(account_id, service_id, zone_id) DO UPDATE SET zone_json = excluded.zone_json`,
    ),
    removeRecords: db.prepare<[string, string, string]>(
      'DELETE FROM dns_zone_records WHERE account_id = ? AND service_id = ? AND zone_id = ?',
    ),
    orphanRecords: db.prepare<[string]>(
      `DELETE FROM dns_zone_records WHERE account_id = ? AND NOT EXISTS (SELECT 1 FROM dns_zones z
         WHERE z.account_id = dns_zone_records.account_id AND z.zone_id = dns_zone_records.zone_id
           AND z.service_id = dns_zone_records.service_id)`,
    ),
    removeZone: db.prepare<[string, string]>('DELETE FROM dns_zones WHERE account_id = ? AND zone_id = ?'),
  };
  return {
    zones(accountId: string): DnsZone[] {
      return q.zones.all(accountId).map((r) => ({ id: r.zone_id, serviceId: r.service_id, name: r.name }));
    },
    /** The whole list, in the portal's order; records of zones that are gone go with them. */
    replaceZones: db.transaction((accountId: string, zones: readonly DnsZone[]) => {
      q.clearZones.run(accountId);
      zones.forEach((z, position) => q.insertZone.run(accountId, z.id, z.serviceId, position, z.name));
      q.orphanRecords.run(accountId);
    }),
    zone(accountId: string, serviceId: string, zoneId: string): DnsZoneView | null {
      const row = q.zone.get(accountId, serviceId, zoneId);
      return row ? (JSON.parse(row.zone_json) as DnsZoneView) : null;
    },
    storeZone(accountId: string, zone: DnsZoneView): void {
      const view: DnsZoneView = {
        id: zone.id,
        serviceId: zone.serviceId,
        name: zone.name,
        records: zone.records.map(recordRow),
      };
      q.upsertRecords.run(accountId, zone.serviceId, zone.id, JSON.stringify(view));
    },
    removeZone: db.transaction((accountId: string, serviceId: string, zoneId: string) => {
      q.removeZone.run(accountId, zoneId);
      q.removeRecords.run(accountId, serviceId, zoneId);
    }),
  };
}

export type DnsRepo = ReturnType<typeof createDnsRepo>;
