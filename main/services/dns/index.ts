/**
 * The DNS editor over the encrypted cache: zones and records read offline-first, plans worked out
 * without sending anything, plans applied change by change with the zone re-read afterwards.
 */
import type { dnsChannels } from '../../../common/channels/dns';
import type { Handler } from '../../ipc/registry';
import type { FeatureDeps } from '../feature-deps';
import { createDnsFiles } from './files';
import { createDnsReads } from './reads';
import { createDnsRepo } from './repo';
import { createDnsWrites } from './writes';

export function createDnsFeature(deps: FeatureDeps) {
  const repo = createDnsRepo(deps.db);
  const reads = createDnsReads(deps, repo);
  const writes = createDnsWrites(deps, repo, reads);
  const files = createDnsFiles(deps, reads);
  const handlers: { readonly [C in keyof typeof dnsChannels]: Handler<C> } = {
    'dns.zones.list': ({ accountId }) => reads.zones(accountId),
    'dns.zones.refresh': ({ accountId }) => reads.refreshZones(accountId),
    'dns.zones.create': ({ accountId, serviceId, name }) => writes.createZone(accountId, serviceId, name),
    'dns.zones.delete': ({ confirmName, ...ref }) => writes.deleteZone(ref, confirmName),
    'dns.zone.get': ({ accountId, serviceId, zoneId }) => reads.zone(accountId, serviceId, zoneId),
    'dns.plan': ({ changes, ...ref }) => files.plan(ref, changes),
    'dns.apply': ({ changes, confirmName, ...ref }) => writes.apply(ref, changes, confirmName),
    'dns.export': (ref) => files.exportFile(ref),
    'dns.import': ({ text, mode, ...ref }) => files.importFile(ref, text, mode),
  };
  return { kind: 'hostbill' as const, handlers };
}
