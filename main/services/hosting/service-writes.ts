/**
 * Service writes: label, upgrade, cancellation. The portal answers them with "info" lines only, so
 * after the portal confirmed, the service is read back and the cache takes that answer.
 */
import type { HostingService, UpgradeOptions, UpgradeRequestArgs } from '../../../common/channels/hosting';
import { hostingKeys } from '../../../common/channels/hosting';
import { fail } from '../../../common/errors';
import type { HostbillService, PortalInfo, UpgradeEstimate } from '../../../common/models/hostbill';
import type { HostbillClient } from '../../api/hostbill';
import type { Connections } from '../connections';
import type { EventBus } from '../event-bus';
import { mergeDetail } from './full-refresh';
import type { HostingRepo } from './repo';

export interface ServiceWritesDeps {
  readonly repo: HostingRepo;
  readonly connections: Connections;
  readonly events: EventBus;
}

export function createServiceWrites(deps: ServiceWritesDeps) {
  function stored(accountId: string, serviceId: string): HostingService {
    return (
      deps.repo.service(accountId, serviceId)?.service ??
      fail('not-found', 'That service is not in the list. Refresh the services.')
    );
  }

  /** Reads the service back after a confirmed write; `assumed` is used when that read fails. */
  async function reread(
    client: HostbillClient,
    accountId: string,
    serviceId: string,
    assumed: Partial<HostbillService>,
  ): Promise<HostingService> {
    const before = stored(accountId, serviceId);
    const fresh = await client.getService(serviceId).catch(() => null);
    const next = fresh ? mergeDetail(before, fresh) : { ...before, ...assumed };
    if (deps.repo.isOpen()) deps.repo.updateService(accountId, next, null);
    deps.events.emit('cache.changed', { accountId, resource: hostingKeys.key.services() });
    deps.events.emit('cache.changed', { accountId, resource: hostingKeys.key.service({ serviceId }) });
    return { ...next, features: before.features };
  }

  return {
    async setLabel(accountId: string, serviceId: string, label: string): Promise<HostingService> {
      stored(accountId, serviceId);
      const client = await deps.connections.hostbill(accountId);
      await client.setServiceLabel(serviceId, label);
      return reread(client, accountId, serviceId, { label: label === '' ? null : label });
    },

    async upgradeOptions(accountId: string, serviceId: string): Promise<UpgradeOptions> {
      const client = await deps.connections.hostbill(accountId);
      const options = await client.getUpgradeOptions(serviceId);
      return options;
    },

    async upgrade(args: UpgradeRequestArgs): Promise<UpgradeEstimate> {
      const client = await deps.connections.hostbill(args.accountId);
      const estimate = await client.requestUpgrade(args.serviceId, {
        ...(args.resources ? { resources: args.resources } : {}),
        ...(args.package ? { package: args.package } : {}),
        ...(args.cycle ? { cycle: args.cycle } : {}),
        send: args.send,
      });
      if (args.send) await reread(client, args.accountId, args.serviceId, {});
      return estimate;
    },

    async cancel(
      accountId: string,
      serviceId: string,
      input: { immediate: boolean; reason: string },
    ): Promise<PortalInfo> {
      const client = await deps.connections.hostbill(accountId);
      const answer = await client.cancelService(serviceId, input);
      await reread(client, accountId, serviceId, {});
      return answer;
    },
  };
}
export type ServiceWrites = ReturnType<typeof createServiceWrites>;
