/**
 * Cached reads: the zone list (whose refresh also reads every zone, so each one can be opened
 * offline later) and one zone (whose refresh re-reads just that zone).
 */
import { dnsKeys } from '../../../common/channels/dns';
import type { DnsZoneView } from '../../../common/dns/types';
import { fail } from '../../../common/errors';
import type { DnsZone } from '../../../common/models/hostbill';
import type { HostbillClient } from '../../api/hostbill';
import type { FeatureDeps } from '../feature-deps';
import { cachedRead, clientFor, refreshNow } from '../kernel';
import { mapLimited } from '../limiter';
import type { DnsRepo } from './repo';
import { toZoneView } from './zone-view';

/** Zone reads in flight at once during a full refresh. */
export const REFRESH_CONCURRENCY = 4;

const zoneKey = (z: { serviceId: string; id: string }) => dnsKeys.key.zone({ serviceId: z.serviceId, zoneId: z.id });

export function createDnsReads(deps: FeatureDeps, repo: DnsRepo) {
  const client = (accountId: string): Promise<HostbillClient> => clientFor(deps, accountId, 'hostbill');

  async function readZone(accountId: string, serviceId: string, zoneId: string): Promise<DnsZoneView> {
    const view = toZoneView(await (await client(accountId)).getDnsZone(serviceId, zoneId));
    if (deps.db.open) repo.storeZone(accountId, view);
    return view;
  }

  /** The list, then every zone (each recorded and announced on its own; one failing stops no other). */
  async function refreshList(accountId: string): Promise<void> {
    const { zones } = await (await client(accountId)).listDnsZones();
    if (!deps.db.open) return;
    repo.replaceZones(accountId, zones);
    await mapLimited(zones, REFRESH_CONCURRENCY, (z) =>
      deps.sync.refresh(accountId, zoneKey(z), async () => void (await readZone(accountId, z.serviceId, z.id))),
    );
  }

  return {
    readZone,
    zones: (accountId: string) =>
      cachedRead(deps, {
        accountId,
        kind: 'hostbill',
        resource: dnsKeys.key.zones(),
        read: () => repo.zones(accountId),
        refresh: () => refreshList(accountId),
      }),
    refreshZones: (accountId: string) =>
      refreshNow(deps, {
        accountId,
        kind: 'hostbill',
        resource: dnsKeys.key.zones(),
        refresh: () => refreshList(accountId),
      }),
    zone: (accountId: string, serviceId: string, zoneId: string) =>
      cachedRead(deps, {
        accountId,
        kind: 'hostbill',
        resource: dnsKeys.key.zone({ serviceId, zoneId }),
        read: () => repo.zone(accountId, serviceId, zoneId),
        refresh: async () => void (await readZone(accountId, serviceId, zoneId)),
      }),
    /** The cached zone, or a clear error when it was never read (plan, import and export work offline). */
    cachedZone(accountId: string, serviceId: string, zoneId: string): DnsZoneView {
      deps.requireAccount(accountId, 'hostbill');
      return (
        repo.zone(accountId, serviceId, zoneId) ??
        fail('not-found', 'This zone has not been read yet: open it while online first.')
      );
    },
    /** A zone of the cached list (to check a typed name against), read from the portal when unknown. */
    async listedZone(accountId: string, serviceId: string, zoneId: string): Promise<DnsZone> {
      const find = () => repo.zones(accountId).find((z) => z.id === zoneId && z.serviceId === serviceId);
      const cached = find();
      if (cached) return cached;
      await refreshList(accountId);
      return find() ?? fail('not-found', 'That zone is not on the portal any more.');
    },
  };
}

export type DnsReads = ReturnType<typeof createDnsReads>;
