/**
 * Cached reads of one service, one VM and a service's build options, each with the refresh work
 * that re-reads just that item from the portal (the lists have their own full refresh).
 */
import {
  hostingKeys,
  type HostingService,
  type ServiceDetail,
  type VmBuildOptions,
  type VmDetail,
} from '../../../common/channels/hosting';
import type { Cached } from '../../../common/models/cached';
import type { ServiceIp, ServiceMethods, VmResources, VmTemplate } from '../../../common/models/hostbill';
import type { Connections } from '../connections';
import type { EventBus } from '../event-bus';
import type { ResourceSync } from '../resource-sync';
import { mergeDetail, tolerant } from './full-refresh';
import type { HostingRepo } from './repo';
import type { VmWatcher } from './vm-watch';

export interface ReadsDeps {
  readonly repo: HostingRepo;
  readonly sync: ResourceSync;
  readonly connections: Connections;
  readonly events: EventBus;
  readonly watcher: VmWatcher;
  /** Used when a service is opened that the cache does not know yet. */
  readonly refreshLists: (accountId: string) => Promise<void>;
}

/** Unknown features (methods not read): try, and let `tolerant` swallow "not offered". */
const offers = (features: ServiceMethods | null, flag: keyof Omit<ServiceMethods, 'methods'>) =>
  features === null || features[flag];

export function createHostingReads(deps: ReadsDeps) {
  const { repo } = deps;

  async function refreshService(accountId: string, serviceId: string): Promise<void> {
    const stored = repo.service(accountId, serviceId);
    if (!stored) return deps.refreshLists(accountId);
    const client = await deps.connections.hostbill(accountId);
    const [detail, features] = await Promise.all([
      client.getService(serviceId),
      tolerant<ServiceMethods | null>(client.getServiceMethods(serviceId), null),
    ]);
    const vms = features?.vms ? await tolerant(client.listVms(serviceId), []) : null;
    if (!repo.isOpen()) return;
    repo.updateService(accountId, mergeDetail(stored.service, detail), features);
    if (vms) repo.replaceVmsOf(accountId, serviceId, vms);
    deps.events.emit('cache.changed', { accountId, resource: hostingKeys.key.services() });
    if (vms) deps.events.emit('cache.changed', { accountId, resource: hostingKeys.key.vms() });
  }

  async function refreshVm(accountId: string, serviceId: string, vmId: string): Promise<void> {
    const client = await deps.connections.hostbill(accountId);
    const features = repo.service(accountId, serviceId)?.service.features ?? null;
    const [vm, templates, resources, ips] = await Promise.all([
      client.getVm(serviceId, vmId),
      offers(features, 'templates') ? tolerant<VmTemplate[] | null>(client.listTemplates(serviceId), null) : null,
      offers(features, 'resources') ? tolerant<VmResources | null>(client.getResources(serviceId), null) : null,
      offers(features, 'ips') ? tolerant<ServiceIp[] | null>(client.listIps(serviceId), null) : null,
    ]);
    if (!repo.isOpen()) return;
    if (templates) repo.setExtra(accountId, serviceId, 'templates', templates);
    if (resources) repo.setExtra(accountId, serviceId, 'resources', resources);
    if (ips) repo.setExtra(accountId, serviceId, 'ips', ips);
    // A VM found busy (an action started elsewhere) is watched like one started here.
    deps.watcher.record(accountId, serviceId, vm);
  }

  async function refreshBuild(accountId: string, serviceId: string): Promise<void> {
    const client = await deps.connections.hostbill(accountId);
    const [templates, resources] = await Promise.all([
      client.listTemplates(serviceId),
      tolerant<VmResources | null>(client.getResources(serviceId), null),
    ]);
    if (!repo.isOpen()) return;
    repo.setExtra(accountId, serviceId, 'templates', templates);
    if (resources) repo.setExtra(accountId, serviceId, 'resources', resources);
  }

  function readVm(accountId: string, serviceId: string, vmId: string): Cached<VmDetail | null> {
    return deps.sync.read(
      accountId,
      hostingKeys.key.vm({ serviceId, vmId }),
      () => {
        const vm = repo.vm(accountId, serviceId, vmId);
        if (!vm) return null;
        const ips = repo.extra<ServiceIp[]>(accountId, serviceId, 'ips');
        return {
          vm,
          service: repo.service(accountId, serviceId)?.service ?? null,
          ips: ips ? ips.filter((ip) => ip.vmId === vmId) : null,
          resources: repo.extra<VmResources>(accountId, serviceId, 'resources'),
          templates: repo.extra<VmTemplate[]>(accountId, serviceId, 'templates'),
        };
      },
      () => refreshVm(accountId, serviceId, vmId),
    );
  }

  return {
    service(accountId: string, serviceId: string): Cached<ServiceDetail | null> {
      return deps.sync.read(
        accountId,
        hostingKeys.key.service({ serviceId }),
        () => {
          const service: HostingService | undefined = repo.service(accountId, serviceId)?.service;
          return service ? { service, vms: repo.vmsOf(accountId, serviceId) } : null;
        },
        () => refreshService(accountId, serviceId),
      );
    },

    /**
     * The VM's row is also written by the list's refreshes and the watcher's polls: its "updated"
     * time is the newer of its own sync and the list's (staleness and errors stay its own).
     */
    vm(accountId: string, serviceId: string, vmId: string): Cached<VmDetail | null> {
      const detail = readVm(accountId, serviceId, vmId);
      const list = deps.sync.status(accountId, hostingKeys.key.vms()).syncedAt;
      return list !== null && (detail.syncedAt === null || list > detail.syncedAt)
        ? { ...detail, syncedAt: list }
        : detail;
    },

    buildOptions(accountId: string, serviceId: string): Cached<VmBuildOptions> {
      return deps.sync.read(
        accountId,
        hostingKeys.key.build({ serviceId }),
        () => ({
          templates: repo.extra<VmTemplate[]>(accountId, serviceId, 'templates') ?? [],
          flavors: repo.extra<VmResources>(accountId, serviceId, 'resources')?.flavors ?? [],
        }),
        () => refreshBuild(accountId, serviceId),
      );
    },
  };
}
