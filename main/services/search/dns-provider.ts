/** DNS zones (name) and their records (name, content). Reads the DNS tables of migration 005. */
import { dnsKeys } from '../../../common/channels/dns';
import type { DnsZoneView } from '../../../common/dns/types';
import type { SearchProvider } from './provider';

const zoneRoute = (serviceId: string, zoneId: string) => `dns/${serviceId}/${zoneId}`;

export const dnsZonesProvider: SearchProvider = {
  kind: 'zone',
  accountKind: 'hostbill',
  affected: (resource) => (dnsKeys.parse(resource)?.name === 'zones' ? 'all' : null),
  items(db, accountId) {
    const rows = db
      .prepare('SELECT zone_id, service_id, name FROM dns_zones WHERE account_id = ? ORDER BY position')
      .all(accountId) as { zone_id: string; service_id: string; name: string }[];
    return rows.map((row) => ({
      key: `${row.service_id}/${row.zone_id}`,
      title: row.name,
      subtitle: `DNS zone · service #${row.service_id}`,
      route: zoneRoute(row.service_id, row.zone_id),
      terms: [],
      exact: [row.name],
    }));
  },
};

export const dnsRecordsProvider: SearchProvider = {
  kind: 'record',
  accountKind: 'hostbill',
  affected(resource) {
    const name = dnsKeys.parse(resource)?.name;
    return name === 'zone' || name === 'zones' ? 'all' : null;
  },
  items(db, accountId) {
    const zones = db
      .prepare('SELECT zone_json FROM dns_zone_records WHERE account_id = ?')
      .pluck()
      .all(accountId) as string[];
    return zones.flatMap((json) => {
      const zone = JSON.parse(json) as DnsZoneView;
      return zone.records.map((record) => {
        const content =
          typeof record.content === 'string'
            ? record.content
            : `${record.content.weight} ${record.content.port} ${record.content.target}`;
        const fqdn = record.name === '@' ? zone.name : `${record.name}.${zone.name}`;
        return {
          key: `${zone.serviceId}/${zone.id}/${record.id}`,
          title: `${fqdn} ${record.type}`,
          subtitle: content,
          route: zoneRoute(zone.serviceId, zone.id),
          terms: [record.name],
          exact: [fqdn, typeof record.content === 'string' ? record.content : null],
        };
      });
    });
  },
};
