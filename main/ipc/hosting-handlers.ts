import type { hostingChannels } from '../../common/channels/hosting';
import type { HostingFeature } from '../services/hosting';
import type { Handler } from './registry';

type HostingHandlers = { readonly [C in keyof typeof hostingChannels]: Handler<C> };

/** Handlers of the hosting channels: one line each, the work is in main/services/hosting. */
export function hostingHandlers(hosting: HostingFeature): HostingHandlers {
  return {
    'services.list': ({ accountId }) => hosting.listServices(accountId),
    'services.refresh': ({ accountId }) => hosting.refreshServices(accountId),
    'services.get': ({ accountId, serviceId }) => hosting.getService(accountId, serviceId),
    'services.setLabel': ({ accountId, serviceId, label }) => hosting.setLabel(accountId, serviceId, label),
    'services.upgradeOptions': ({ accountId, serviceId }) => hosting.upgradeOptions(accountId, serviceId),
    'services.upgrade': (args) => hosting.upgrade(args),
    'services.cancel': ({ accountId, serviceId, immediate, reason }) =>
      hosting.cancel(accountId, serviceId, { immediate, reason }),
    'vms.list': ({ accountId }) => hosting.listVms(accountId),
    'vms.refresh': ({ accountId }) => hosting.refreshVms(accountId),
    'vms.get': ({ accountId, serviceId, vmId }) => hosting.getVm(accountId, serviceId, vmId),
    'vms.templates': ({ accountId, serviceId }) => hosting.buildOptions(accountId, serviceId),
    'vms.action': ({ accountId, serviceId, vmId, action }) => hosting.vmAction(accountId, serviceId, vmId, action),
    'vms.bulkAction': ({ accountId, targets, action }) => hosting.bulkVmAction(accountId, targets, action),
    'vms.rebuild': ({ accountId, serviceId, vmId, template, confirmLabel }) =>
      hosting.rebuildVm(accountId, serviceId, vmId, template, confirmLabel),
    'vms.create': ({ accountId, serviceId, vm }) => hosting.createVm(accountId, serviceId, vm),
  };
}
