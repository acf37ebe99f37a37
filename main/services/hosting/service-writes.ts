/**
 * Service writes: label, upgrade, cancellation. The portal answers them with "info" lines only, so
 * after the portal confirmed, the service is read back and the cache takes that answer.
 */
import type { HostingService, UpgradeOptions, UpgradeRequestArgs } from '../../../common/channels/hosting';
import { hostingKeys } from '../../../common/channels/hosting';
import { fail, toAppError } from '../../../common/errors';
import type { HostbillService, PortalInfo, UpgradeEstimate } from '../../../common/models/hostbill';
import type { HostbillClient } from '../../api/hostbill';
import type { Connections } from '../connections';
import type { ActivityDescription } from '../activity-recorder';
import type { EventBus } from '../event-bus';
import { mergeDetail } from './full-refresh';
import { isUnknownOutcome, recordWrite, type WriteLogDeps } from './record-write';
import type { HostingRepo } from './repo';

export interface ServiceWritesDeps extends WriteLogDeps {
  readonly repo: HostingRepo;
  readonly connections: Connections;
  readonly events: EventBus;
}

const serviceTarget = (service: HostbillService | null, serviceId: string) =>
  `service #${serviceId}${service ? ` ${service.label ?? service.domain ?? service.name}` : ''}`;

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

  /**
   * Sends a write and logs its outcome. After a drop the service is read back (never re-sent) and
   * the log says what the portal now shows.
   */
  async function logged<T>(
    client: HostbillClient,
    accountId: string,
    serviceId: string,
    description: Omit<ActivityDescription, 'area' | 'target' | 'route'>,
    send: () => Promise<T>,
  ): Promise<T> {
    const activity = {
      area: 'services',
      target: serviceTarget(deps.repo.service(accountId, serviceId)?.service ?? null, serviceId),
      route: `services/${serviceId}`,
      ...description,
    };
    try {
      const answer = await send();
      recordWrite(deps, accountId, activity, null);
      return answer;
    } catch (thrown) {
      const error = toAppError(thrown);
      let found: string | undefined;
      if (isUnknownOutcome(error)) {
        const fresh = await client.getService(serviceId).catch(() => null);
        if (fresh) found = `the service is ${fresh.status}, label “${fresh.label ?? ''}”.`;
      }
      recordWrite(deps, accountId, activity, error, found);
      throw thrown;
    }
  }

  return {
    async setLabel(accountId: string, serviceId: string, label: string): Promise<HostingService> {
      stored(accountId, serviceId);
      const client = await deps.connections.hostbill(accountId);
      await logged(client, accountId, serviceId, { action: 'set label', values: { label } }, () =>
        client.setServiceLabel(serviceId, label),
      );
      return reread(client, accountId, serviceId, { label: label === '' ? null : label });
    },

    async upgradeOptions(accountId: string, serviceId: string): Promise<UpgradeOptions> {
      const client = await deps.connections.hostbill(accountId);
      const options = await client.getUpgradeOptions(serviceId);
      return options;
    },

    async upgrade(args: UpgradeRequestArgs): Promise<UpgradeEstimate> {
      const client = await deps.connections.hostbill(args.accountId);
      const request = () =>
        client.requestUpgrade(args.serviceId, {
          ...(args.resources ? { resources: args.resources } : {}),
          ...(args.package ? { package: args.package } : {}),
          ...(args.cycle ? { cycle: args.cycle } : {}),
          send: args.send,
        });
      // An estimate changes nothing on the portal: only a sent upgrade is a write to log.
      const values = {
        package: args.package ?? null,
        cycle: args.cycle ?? null,
        resources: args.resources ? JSON.stringify(args.resources) : null,
      };
      const estimate = args.send
        ? await logged(client, args.accountId, args.serviceId, { action: 'upgrade', values }, request)
        : await request();
      if (args.send) await reread(client, args.accountId, args.serviceId, {});
      return estimate;
    },

    async cancel(
      accountId: string,
      serviceId: string,
      input: { immediate: boolean; reason: string },
    ): Promise<PortalInfo> {
      const client = await deps.connections.hostbill(accountId);
      const answer = await logged(
        client,
        accountId,
        serviceId,
        { action: 'cancel', values: { immediate: input.immediate, reason: input.reason } },
        () => client.cancelService(serviceId, input),
      );
      await reread(client, accountId, serviceId, {});
      return answer;
    },
  };
}
export type ServiceWrites = ReturnType<typeof createServiceWrites>;
