/**
 * HostBill services and VMs over the encrypted cache: offline-first reads (resource-sync), one
 * shared full refresh per account for the two lists, writes that go to the portal first, and a
 * watcher that follows VMs until their actions settle.
 */
import { hostingKeys, type hostingChannels, type HostingService } from '../../../common/channels/hosting';
import type { AppError } from '../../../common/errors';
import type { Cached } from '../../../common/models/cached';
import type { Vm } from '../../../common/models/hostbill';
import type { ResourceKey } from '../../../common/resource-keys';
import type { Handler } from '../../ipc/registry';
import type { FeatureDeps } from '../feature-deps';
import { refreshAll, type RefreshStats } from './full-refresh';
import { createHostingReads } from './reads';
import { createHostingRepo } from './repo';
import { createServiceWrites } from './service-writes';
import { createVmActions } from './vm-actions';
import { createVmWatcher } from './vm-watch';

export interface HostingOptions {
  readonly concurrency?: number;
  readonly pollIntervalMs?: number;
}

export function createHostingFeature(deps: FeatureDeps, options: HostingOptions = {}) {
  const repo = createHostingRepo(deps.db);
  const watcher = createVmWatcher({
    repo,
    connections: deps.connections,
    events: deps.events,
    sync: deps.sync,
    intervalMs: options.pollIntervalMs,
    clock: deps.clock,
  });
  const running = new Map<string, Promise<RefreshStats>>();
  const services = hostingKeys.key.services();
  const vms = hostingKeys.key.vms();
  let lastStats: RefreshStats | null = null;

  /** One full refresh per account at a time, whichever list asked for it. */
  function fullRefresh(accountId: string): Promise<RefreshStats> {
    const current = running.get(accountId);
    if (current) return current;
    const promise = deps.connections
      .hostbill(accountId)
      .then((client) => refreshAll(client, repo, accountId, options.concurrency))
      .then((stats) => (lastStats = stats))
      .finally(() => running.delete(accountId));
    running.set(accountId, promise);
    return promise;
  }

  /** Both list resources are recorded as synced (or failed) by the same refresh. */
  function syncBoth(accountId: string): Promise<(AppError | null)[]> {
    const work = async () => void (await fullRefresh(accountId));
    return Promise.all([deps.sync.refresh(accountId, services, work), deps.sync.refresh(accountId, vms, work)]);
  }
  const backgroundWork = (accountId: string, sibling: ResourceKey) => async () => {
    void deps.sync.refresh(accountId, sibling, async () => void (await fullRefresh(accountId)));
    await fullRefresh(accountId);
  };

  const listServices = (accountId: string): Cached<readonly HostingService[]> =>
    deps.sync.read(accountId, services, () => repo.services(accountId), backgroundWork(accountId, vms));
  const listVms = (accountId: string): Cached<readonly Vm[]> =>
    deps.sync.read(accountId, vms, () => repo.vms(accountId), backgroundWork(accountId, services));

  const reads = createHostingReads({
    repo,
    sync: deps.sync,
    connections: deps.connections,
    events: deps.events,
    watcher,
    refreshLists: async (accountId) => {
      const [error] = await syncBoth(accountId);
      if (error) throw error;
    },
  });
  const log = { activity: deps.activity, clock: deps.clock };
  const writes = createServiceWrites({ repo, connections: deps.connections, events: deps.events, ...log });
  const vmActions = createVmActions({ repo, connections: deps.connections, events: deps.events, watcher, ...log });

  const hosting = {
    listServices,
    listVms,
    /** The refresh button: waits for the portal and answers the fresh list, or the error. */
    async refreshServices(accountId: string) {
      await syncBoth(accountId);
      return listServices(accountId);
    },
    async refreshVms(accountId: string) {
      await syncBoth(accountId);
      return listVms(accountId);
    },
  };
  const handlers: { readonly [C in keyof typeof hostingChannels]: Handler<C> } = {
    'services.list': ({ accountId }) => hosting.listServices(accountId),
    'services.refresh': ({ accountId }) => hosting.refreshServices(accountId),
    'services.get': ({ accountId, serviceId }) => reads.service(accountId, serviceId),
    'services.setLabel': ({ accountId, serviceId, label }) => writes.setLabel(accountId, serviceId, label),
    'services.upgradeOptions': ({ accountId, serviceId }) => writes.upgradeOptions(accountId, serviceId),
    'services.upgrade': (args) => writes.upgrade(args),
    'services.cancel': ({ accountId, serviceId, immediate, reason }) =>
      writes.cancel(accountId, serviceId, { immediate, reason }),
    'vms.list': ({ accountId }) => hosting.listVms(accountId),
    'vms.refresh': ({ accountId }) => hosting.refreshVms(accountId),
    'vms.get': ({ accountId, serviceId, vmId }) => reads.vm(accountId, serviceId, vmId),
    'vms.templates': ({ accountId, serviceId }) => reads.buildOptions(accountId, serviceId),
    'vms.action': ({ accountId, serviceId, vmId, action }) => vmActions.action(accountId, serviceId, vmId, action),
    'vms.bulkAction': ({ accountId, targets, action }) => vmActions.bulk(accountId, targets, action),
    'vms.rebuild': ({ accountId, serviceId, vmId, template, confirmLabel }) =>
      vmActions.rebuild(accountId, serviceId, vmId, template, confirmLabel),
    'vms.create': ({ accountId, serviceId, vm }) => vmActions.create(accountId, serviceId, vm),
  };

  return {
    kind: 'hostbill' as const,
    handlers,
    /** For tests and benches: what the last full refresh did, and a wait for VM watches to end. */
    lastRefreshStats: () => lastStats,
    watchesIdle: (limitMs?: number) => watcher.idle(limitMs),
    stop: () => watcher.stop(),
  };
}
export type HostingFeature = ReturnType<typeof createHostingFeature>;
