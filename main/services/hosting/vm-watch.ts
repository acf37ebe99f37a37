/**
 * Watches VMs that are carrying out an action until they settle. Portals finish actions
 * asynchronously, so after an action main keeps reading the VM and tells the renderer each time
 * its state changes. One timer per account; a service with several busy VMs is read with one list
 * call instead of one call per VM (a bulk reboot of 30 VMs costs a request per service per tick).
 */
import { hostingKeys } from '../../../common/channels/hosting';
import { AppFailure } from '../../../common/errors';
import { isVmBusy, type Vm } from '../../../common/models/hostbill';
import type { Connections } from '../connections';
import type { EventBus } from '../event-bus';
import type { HostingRepo } from './repo';

export interface VmWatchOptions {
  readonly repo: HostingRepo;
  readonly connections: Connections;
  readonly events: EventBus;
  readonly intervalMs?: number;
  /** Give up on a VM that stays busy longer than this (the UI then shows its last state). */
  readonly timeoutMs?: number;
  readonly clock?: () => number;
}

/** Consecutive failed ticks after which an account's watches are dropped (offline, signed out). */
const MAX_FAILED_TICKS = 3;

export function createVmWatcher(options: VmWatchOptions) {
  const intervalMs = options.intervalMs ?? 1_000;
  const timeoutMs = options.timeoutMs ?? 15 * 60_000;
  const clock = options.clock ?? Date.now;
  const watched = new Map<string, Map<string, { serviceId: string; vmId: string; until: number }>>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const failures = new Map<string, number>();

  /** Stores what was read; emits once per changed VM, and once for the lists. */
  function store(accountId: string, serviceId: string, vms: readonly Vm[]): string[] {
    if (!options.repo.isOpen()) return [];
    const changed = vms.filter((vm) => options.repo.putVm(accountId, serviceId, vm)).map((vm) => vm.id);
    for (const vmId of changed)
      options.events.emit('cache.changed', { accountId, resource: hostingKeys.key.vm({ serviceId, vmId }) });
    return changed;
  }

  function announce(accountId: string, serviceIds: ReadonlySet<string>): void {
    if (serviceIds.size === 0) return;
    options.events.emit('cache.changed', { accountId, resource: hostingKeys.key.vms() });
    for (const serviceId of serviceIds)
      options.events.emit('cache.changed', { accountId, resource: hostingKeys.key.service({ serviceId }) });
  }

  function schedule(accountId: string): void {
    if (timers.has(accountId)) return;
    const timer = setTimeout(() => {
      timers.delete(accountId);
      void tick(accountId);
    }, intervalMs);
    // A pending watch must not keep the process (tests, the browser host) alive on its own.
    timer.unref?.();
    timers.set(accountId, timer);
  }

  async function tick(accountId: string): Promise<void> {
    const entries = watched.get(accountId);
    if (!entries || entries.size === 0 || !options.repo.isOpen()) return void watched.delete(accountId);
    const byService = new Map<string, string[]>();
    for (const entry of entries.values())
      byService.set(entry.serviceId, [...(byService.get(entry.serviceId) ?? []), entry.vmId]);
    const touched = new Set<string>();
    try {
      const client = await options.connections.hostbill(accountId);
      await Promise.all(
        [...byService].map(async ([serviceId, vmIds]) => {
          const read =
            vmIds.length > 1
              ? await client.listVms(serviceId)
              : await readOne(() => client.getVm(serviceId, vmIds[0]!));
          if (store(accountId, serviceId, read).length > 0) touched.add(serviceId);
          for (const vmId of vmIds) {
            const vm = read.find((candidate) => candidate.id === vmId);
            const entry = entries.get(`${serviceId}/${vmId}`);
            if (!vm || !isVmBusy(vm.state) || (entry && clock() > entry.until)) entries.delete(`${serviceId}/${vmId}`);
          }
        }),
      );
      failures.delete(accountId);
    } catch {
      const count = (failures.get(accountId) ?? 0) + 1;
      failures.set(accountId, count);
      if (count >= MAX_FAILED_TICKS) {
        entries.clear();
        failures.delete(accountId);
      }
    }
    announce(accountId, touched);
    if (entries.size > 0) schedule(accountId);
    else watched.delete(accountId);
  }

  /** A VM that no longer exists ends its watch instead of failing the tick for the others. */
  async function readOne(read: () => Promise<Vm>): Promise<Vm[]> {
    try {
      return [await read()];
    } catch (thrown) {
      if (thrown instanceof AppFailure && thrown.error.kind === 'not-found') return [];
      throw thrown;
    }
  }

  return {
    /** Stores the VM as just read and, while it is busy, keeps reading it until it settles. */
    record(accountId: string, serviceId: string, vm: Vm): void {
      announce(accountId, store(accountId, serviceId, [vm]).length > 0 ? new Set([serviceId]) : new Set());
      if (!isVmBusy(vm.state)) return;
      const entries = watched.get(accountId) ?? new Map();
      entries.set(`${serviceId}/${vm.id}`, { serviceId, vmId: vm.id, until: clock() + timeoutMs });
      watched.set(accountId, entries);
      schedule(accountId);
    },
    /** True while the VM is being watched (the UI shows it as pending). */
    isWatching: (accountId: string, serviceId: string, vmId: string) =>
      watched.get(accountId)?.has(`${serviceId}/${vmId}`) ?? false,
    /** Waits until nothing is watched any more (tests and benches). */
    async idle(limitMs = 60_000): Promise<void> {
      const end = Date.now() + limitMs;
      while ([...watched.values()].some((entries) => entries.size > 0) && Date.now() < end) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    stop(): void {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      watched.clear();
    },
  };
}
export type VmWatcher = ReturnType<typeof createVmWatcher>;
