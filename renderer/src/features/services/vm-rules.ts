/**
 * Which power actions a VM is offered, single and bulk, by one set of rules: the service's methods
 * list must name the action's route (when the portal answered it), and the VM's state must allow it
 * (format.ts actionBlocker). A VM already in the target state is skipped, not sent.
 */
import type { ServiceMethods, Vm } from '../../../../common/models/hostbill';
import { isVmBusy } from '../../../../common/models/hostbill';
import { VM_ACTIONS, type VmAction } from '../../../../common/schemas/hostbill';
import { actionBlocker } from './format';

/** The actions the portal lists for this service's VMs; all of them when the methods are unknown. */
export function offeredActions(features: ServiceMethods | null | undefined): readonly VmAction[] {
  if (!features) return VM_ACTIONS;
  return VM_ACTIONS.filter((action) =>
    features.methods.some(
      (method) => method.method.toUpperCase() === 'POST' && new RegExp(`/vms/[^/]+/${action}$`).test(method.route),
    ),
  );
}

/** States an action leads to: a VM already there needs nothing. */
const TARGET: Readonly<Record<VmAction, readonly string[]>> = {
  start: ['running', 'active', 'on'],
  stop: ['stopped', 'off', 'shutoff'],
  reboot: [],
  rescue: ['rescue'],
  unrescue: [],
};

export function alreadyThere(action: VmAction, state: string | null): boolean {
  return !isVmBusy(state) && TARGET[action].includes(state?.toLowerCase() ?? '');
}

/** Stop, reboot and rescue interrupt what runs on the VM: they are confirmed first; start is not. */
export const CONFIRMED_ACTIONS: ReadonlySet<VmAction> = new Set(['stop', 'reboot', 'rescue']);

export interface BulkPlan {
  readonly send: readonly Vm[];
  readonly skipped: readonly { readonly vm: Vm; readonly reason: string }[];
}

/** Splits a selection into the VMs the action is sent to and the ones skipped, with why. */
export function planBulk(
  vms: readonly Vm[],
  action: VmAction,
  featuresOf: (serviceId: string) => ServiceMethods | null | undefined,
  /** Why a VM takes no action now although its state allows it (one of ours still in progress). */
  pendingOf: (vm: Vm) => string | null = () => null,
): BulkPlan {
  const send: Vm[] = [];
  const skipped: { vm: Vm; reason: string }[] = [];
  const asClause = (reason: string) => reason.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase());
  for (const vm of vms) {
    const pending = pendingOf(vm);
    if (!offeredActions(featuresOf(vm.serviceId ?? '')).includes(action)) {
      skipped.push({ vm, reason: 'the portal does not offer this action for its service' });
    } else if (pending) {
      skipped.push({ vm, reason: asClause(pending) });
    } else if (alreadyThere(action, vm.state)) {
      skipped.push({ vm, reason: `already ${vm.state}` });
    } else {
      const blocker = actionBlocker(action, vm.state);
      if (blocker) skipped.push({ vm, reason: asClause(blocker) });
      else send.push(vm);
    }
  }
  return { send, skipped };
}

/** Rebuild, like the power actions, waits until the VM settled; the portal decides the rest. */
export function rebuildBlocker(state: string | null): string | null {
  return isVmBusy(state) ? `The VM is ${state}: wait until it settles.` : null;
}
