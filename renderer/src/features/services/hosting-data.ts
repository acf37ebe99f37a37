/**
 * The Services & VMs area's reads (useCachedResource, re-read on cache.changed) and writes (calls
 * answering Results for the forms). VM actions mark their VMs as "sending" until main answers.
 */
import { hostingKeys, type UpgradeRequestArgs, type VmActionResult } from '../../../../common/channels/hosting';
import type { Result } from '../../../../common/result';
import type { VmAction, VmCreateInput } from '../../../../common/schemas/hostbill';
import { call } from '../../lib/api';
import { requiredContext } from '../../lib/required-context';
import { useCachedResource } from '../../lib/use-cached-resource';
import { useSendingStore, vmKey, type VmTarget } from './hosting-store';

const { key } = hostingKeys;

export function useServices(accountId: string) {
  return useCachedResource({
    accountId,
    keys: [key.services()],
    read: () => call((api) => api.services.list({ accountId })),
    refresh: () => call((api) => api.services.refresh({ accountId })),
  });
}

export function useVms(accountId: string) {
  return useCachedResource({
    accountId,
    keys: [key.vms()],
    read: () => call((api) => api.vms.list({ accountId })),
    refresh: () => call((api) => api.vms.refresh({ accountId })),
  });
}

/** A service and its VMs; the list's refresh brings fresh data for it too. */
export function useServiceDetail(accountId: string, serviceId: string) {
  return useCachedResource({
    accountId,
    keys: [key.service({ serviceId }), key.services()],
    read: () => call((api) => api.services.get({ accountId, serviceId })),
    refresh: () => call((api) => api.services.refresh({ accountId })),
  });
}

export function useVmDetail(accountId: string, target: VmTarget) {
  return useCachedResource({
    accountId,
    keys: [key.vm(target), key.vms()],
    read: () => call((api) => api.vms.get({ accountId, ...target })),
    refresh: () => call((api) => api.vms.refresh({ accountId })),
  });
}

export function useBuildOptions(accountId: string, serviceId: string) {
  return useCachedResource({
    accountId,
    keys: [key.build({ serviceId })],
    read: () => call((api) => api.vms.templates({ accountId, serviceId })),
  });
}

/** Marks VMs as "sending" until main answered, so the buttons cannot send the same action twice. */
async function sendingWhile<T>(targets: readonly VmTarget[], what: VmAction | 'rebuild', run: () => Promise<T>) {
  const { mark, clear } = useSendingStore.getState();
  const keys = targets.map(vmKey);
  mark(keys, what);
  try {
    return await run();
  } finally {
    clear(keys);
  }
}

/** The writes of one HostBill account. */
export function hostingWrites(accountId: string) {
  return {
    setLabel: (serviceId: string, label: string) =>
      call((api) => api.services.setLabel({ accountId, serviceId, label })),
    upgradeOptions: (serviceId: string) => call((api) => api.services.upgradeOptions({ accountId, serviceId })),
    upgrade: (request: Omit<UpgradeRequestArgs, 'accountId'>) =>
      call((api) => api.services.upgrade({ ...request, accountId })),
    cancel: (serviceId: string, immediate: boolean, reason: string) =>
      call((api) => api.services.cancel({ accountId, serviceId, immediate, reason })),
    vmAction: (target: VmTarget, action: VmAction): Promise<Result<VmActionResult>> =>
      sendingWhile([target], action, () => call((api) => api.vms.action({ accountId, ...target, action }))),
    bulkAction: (targets: readonly VmTarget[], action: VmAction): Promise<Result<readonly VmActionResult[]>> =>
      sendingWhile(targets, action, () =>
        call((api) => api.vms.bulkAction({ accountId, targets: [...targets], action })),
      ),
    rebuild: (target: VmTarget, template: string, confirmLabel: string) =>
      sendingWhile([target], 'rebuild', () =>
        call((api) => api.vms.rebuild({ accountId, ...target, template, confirmLabel })),
      ),
    createVm: (serviceId: string, vm: VmCreateInput) => call((api) => api.vms.create({ accountId, serviceId, vm })),
  };
}
export type HostingWrites = ReturnType<typeof hostingWrites>;

export interface HostingAccount {
  readonly accountId: string;
  readonly writes: HostingWrites;
  /** The last refresh of the services or VMs could not reach the portal. */
  readonly offline: boolean;
}

/** The HostBill account the area shows, for the screens and dialogs under it. */
export const [HostingProvider, useHostingAccount] = requiredContext<HostingAccount>('The Services & VMs account');
