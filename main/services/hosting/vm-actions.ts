/**
 * VM writes: power actions (one or many), rebuild and create. Each is a POST the HTTP layer never
 * repeats; whatever happens, the VM is read back so the user learns the state it is really in, and a
 * VM that is still busy is handed to the watcher.
 */
import { hostingKeys, type VmActionResult } from '../../../common/channels/hosting';
import { appError, fail, type AppError } from '../../../common/errors';
import type { Vm } from '../../../common/models/hostbill';
import type { VmAction, VmCreateInput } from '../../../common/schemas/hostbill';
import type { HostbillClient, VmActionOutcome } from '../../api/hostbill';
import type { Connections } from '../connections';
import type { EventBus } from '../event-bus';
import { createLimiter } from '../limiter';
import { recordWrite, vmFound, vmTarget, type WriteLogDeps } from './record-write';
import type { HostingRepo } from './repo';
import type { VmWatcher } from './vm-watch';

/** Parallel actions in a bulk run: enough to be quick, few enough not to trip a portal's rate limit. */
export const BULK_CONCURRENCY = 4;

const UNKNOWN_OUTCOME = new Set<AppError['kind']>(['network', 'timeout']);

function name(vm: Vm | null, vmId: string): string {
  return `“${vm?.label ?? vm?.hostname ?? vmId}”`;
}

/** The error as the user should read it: what happened, that nothing was repeated, and the VM's state now. */
export function explain(error: AppError, vm: Vm | null, vmId: string, what: string): AppError {
  const unknown = UNKNOWN_OUTCOME.has(error.kind)
    ? ` The ${what} request was sent once and not repeated: the portal may or may not have carried it out.`
    : '';
  const state = vm?.state
    ? ` ${name(vm, vmId)} is now ${vm.state}.`
    : ' The VM could not be read back: refresh to see its state.';
  return appError(error.kind, `${error.message}${unknown}${state}`, {
    details: { ...error.details, ...(vm?.state ? { vmState: vm.state } : {}) },
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
  });
}

const vmRoute = (serviceId: string, vmId: string) => `services/vms/${serviceId}/${vmId}`;

export interface VmActionsDeps extends WriteLogDeps {
  readonly repo: HostingRepo;
  readonly connections: Connections;
  readonly events: EventBus;
  readonly watcher: VmWatcher;
}

export function createVmActions(deps: VmActionsDeps) {
  function settle(
    accountId: string,
    serviceId: string,
    vmId: string,
    outcome: VmActionOutcome,
    what: string,
    values: Record<string, string> = {},
  ): VmActionResult {
    if (outcome.vm) deps.watcher.record(accountId, serviceId, outcome.vm);
    const cached = outcome.vm ?? deps.repo.vm(accountId, serviceId, vmId);
    recordWrite(
      deps,
      accountId,
      { area: 'vms', action: what, target: vmTarget(cached, vmId), route: vmRoute(serviceId, vmId), values },
      outcome.ok ? null : outcome.error,
      vmFound(outcome.vm),
    );
    return {
      serviceId,
      vmId,
      label: cached?.label ?? null,
      ok: outcome.ok,
      state: outcome.vm?.state ?? null,
      info: outcome.ok ? outcome.info : [],
      error: outcome.ok ? null : explain(outcome.error, outcome.vm, vmId, what),
    };
  }

  async function run(
    client: HostbillClient,
    accountId: string,
    serviceId: string,
    vmId: string,
    action: VmAction,
  ): Promise<VmActionResult> {
    const outcome = await client.vmActionWithReread(serviceId, vmId, action);
    return settle(accountId, serviceId, vmId, outcome, action);
  }

  /** The single action: a failure is answered as an error that names the VM's state. */
  function orFail(result: VmActionResult): VmActionResult {
    if (result.error) fail(result.error.kind, result.error.message, { details: { ...result.error.details } });
    return result;
  }

  return {
    async action(accountId: string, serviceId: string, vmId: string, action: VmAction): Promise<VmActionResult> {
      const client = await deps.connections.hostbill(accountId);
      return orFail(await run(client, accountId, serviceId, vmId, action));
    },

    async bulk(
      accountId: string,
      targets: readonly { serviceId: string; vmId: string }[],
      action: VmAction,
    ): Promise<VmActionResult[]> {
      const client = await deps.connections.hostbill(accountId);
      const limiter = createLimiter(BULK_CONCURRENCY);
      const unique = [...new Map(targets.map((t) => [`${t.serviceId}/${t.vmId}`, t])).values()];
      return Promise.all(unique.map((t) => limiter.run(() => run(client, accountId, t.serviceId, t.vmId, action))));
    },

    /** Wipes the disk: the caller must have typed the VM's label, checked here against the portal's. */
    async rebuild(
      accountId: string,
      serviceId: string,
      vmId: string,
      template: string,
      confirmLabel: string,
    ): Promise<VmActionResult> {
      const client = await deps.connections.hostbill(accountId);
      const vm = deps.repo.vm(accountId, serviceId, vmId) ?? (await client.getVm(serviceId, vmId));
      const expected = vm.label ?? vm.hostname ?? vm.id;
      if (confirmLabel.trim() !== expected) {
        fail('validation', `Type the VM's name (${expected}) exactly to confirm the rebuild.`, {
          details: { confirmLabel: `Type ${expected} to confirm` },
        });
      }
      const outcome = await client.vmActionWithReread(serviceId, vmId, 'rebuild', template);
      return orFail(settle(accountId, serviceId, vmId, outcome, 'rebuild', { template }));
    },

    /**
     * A create is never repeated: after a dropped answer the service's VMs are listed again so a VM
     * that was created anyway shows up, and the user decides whether to try again.
     */
    async create(accountId: string, serviceId: string, input: VmCreateInput): Promise<Vm | null> {
      const client = await deps.connections.hostbill(accountId);
      // The root password (if any) never reaches the log: only what identifies the new VM.
      const activity = {
        area: 'vms',
        action: 'create',
        target: `new vm ${input.label}`,
        route: `services/${serviceId}`,
        values: { label: input.label, template: input.template, flavor: input.flavor, disk: input.disk ?? null },
      };
      try {
        const created = await client.createVm(serviceId, input);
        recordWrite(deps, accountId, activity, null);
        if (created.vm) deps.watcher.record(accountId, serviceId, created.vm);
        else await relist(client, accountId, serviceId);
        return created.vm;
      } catch (thrown) {
        const failure = thrown as { error?: AppError };
        if (failure.error && UNKNOWN_OUTCOME.has(failure.error.kind)) {
          const vms = await relist(client, accountId, serviceId).catch(() => null);
          const match = vms?.find((vm) => vm.label === input.label || vm.hostname === input.label);
          recordWrite(
            deps,
            accountId,
            activity,
            failure.error,
            vms === null
              ? undefined
              : match
                ? `a VM labelled “${input.label}” is there (${match.state ?? 'state unknown'}).`
                : `no VM labelled “${input.label}” on the service.`,
          );
          fail(
            failure.error.kind,
            `${failure.error.message} The create request was sent once and not repeated: check the list before trying again.`,
          );
        }
        if (failure.error) recordWrite(deps, accountId, activity, failure.error);
        throw thrown;
      }
    },
  };

  async function relist(client: HostbillClient, accountId: string, serviceId: string): Promise<readonly Vm[]> {
    const vms = await client.listVms(serviceId);
    if (!deps.repo.isOpen()) return vms;
    deps.repo.replaceVmsOf(accountId, serviceId, vms);
    for (const vm of vms) deps.watcher.record(accountId, serviceId, vm);
    deps.events.emit('cache.changed', { accountId, resource: hostingKeys.key.vms() });
    deps.events.emit('cache.changed', { accountId, resource: hostingKeys.key.service({ serviceId }) });
    return vms;
  }
}
export type VmActions = ReturnType<typeof createVmActions>;
