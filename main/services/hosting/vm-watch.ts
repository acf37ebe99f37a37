/**
 * Watches VMs that are carrying out an action until they settle. Portals finish actions
 * asynchronously, so after an action main keeps reading the VM and tells the renderer each time
 * its state changes. One timer per account; a service with several busy VMs is read with one list
 * call instead of one call per VM (a bulk reboot of 30 VMs costs a request per service per tick).
 */
import { hostingKeys } from '../../../common/channels/hosting';
import { AppFailure, toAppError, type AppError } from '../../../common/errors';
import { isVmBusy, type Vm } from '../../../common/models/hostbill';
import type { Connections } from '../connections';
import type { EventBus } from '../event-bus';
import type { ResourceSync } from '../resource-sync';
import type { HostingRepo } from './repo';

export interface VmWatchOptions {
  readonly repo: HostingRepo;
  readonly connections: Connections;
  readonly events: EventBus;
  /** Where each poll's outcome is recorded: the VM list's and the VM's "updated … ago" and offline state. */
  readonly sync?: Pick<ResourceSync, 'recordRead' | 'recordReachable'>;
  readonly intervalMs?: number;
  /** Give up on a VM that stays busy longer than this (the UI then shows its last state). */
  readonly timeoutMs?: number;
  readonly clock?: () => number;
}

/** Consecutive failed ticks after which an account's watches are dropped (signed out, refused). */
const MAX_FAILED_TICKS = 3;
/**
 * An unreachable portal does not end the watches: polls go on less and less often (up to this),
 * so the list and its offline banner recover by themselves when the portal answers again.
 */
const MAX_BACKOFF_MS = 30_000;
const UNREACHABLE: ReadonlySet<AppError['kind']> = new Set(['network', 'offline', 'timeout']);
/**
 * A poll that changed nothing still makes the screens re-read now and then, so "updated … ago"
 * (which says "just now" for 45 s) stays true while a VM takes minutes to rebuild.
 */
const FRESHNESS_EVERY_MS = 15_000;

export function createVmWatcher(options: VmWatchOptions) {
  const intervalMs = options.intervalMs ?? 1_000;
  const timeoutMs = options.timeoutMs ?? 15 * 60_000;
  const clock = options.clock ?? Date.now;
  const watched = new Map<string, Map<string, { serviceId: string; vmId: string; until: number }>>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const failures = new Map<string, number>();
  const announcedAt = new Map<string, number>();

  /** Stores what was read; answers the ids of the VMs that changed. */
  function store(accountId: string, serviceId: string, vms: readonly Vm[]): string[] {
    if (!options.repo.isOpen()) return [];
    return vms.filter((vm) => options.repo.putVm(accountId, serviceId, vm)).map((vm) => vm.id);
  }

  /** Emits once per VM given, and once for the lists (nothing when no VM is given). */
  function announce(accountId: string, vms: readonly { serviceId: string; vmId: string }[]): void {
    if (vms.length === 0) return;
    announcedAt.set(accountId, clock());
    for (const target of vms) options.events.emit('cache.changed', { accountId, resource: hostingKeys.key.vm(target) });
    options.events.emit('cache.changed', { accountId, resource: hostingKeys.key.vms() });
    for (const serviceId of new Set(vms.map((target) => target.serviceId)))
      options.events.emit('cache.changed', { accountId, resource: hostingKeys.key.service({ serviceId }) });
  }

  /** A poll is a read of the VM list and of each VM it read: their freshness and offline state follow it. */
  function recordPoll(accountId: string, vms: readonly { serviceId: string; vmId: string }[], error: AppError | null) {
    if (!options.sync || !options.repo.isOpen()) return;
    options.sync.recordRead(accountId, hostingKeys.key.vms(), error);
    for (const target of vms) options.sync.recordRead(accountId, hostingKeys.key.vm(target), error);
    // The portal answered: the services list (refreshed with the VMs) is no longer "offline" either.
    const services = hostingKeys.key.services();
    if (!error && options.sync.recordReachable(accountId, services))
      options.events.emit('cache.changed', { accountId, resource: services });
  }

  function schedule(accountId: string): void {
    if (timers.has(accountId)) return;
    const failed = failures.get(accountId) ?? 0;
    const delay = failed === 0 ? intervalMs : Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** (failed - 1));
    const timer = setTimeout(() => {
      timers.delete(accountId);
      void tick(accountId);
    }, delay);
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
    const polled = [...entries.values()].map(({ serviceId, vmId }) => ({ serviceId, vmId }));
    const changed: { serviceId: string; vmId: string }[] = [];
    const failedBefore = failures.has(accountId);
    try {
      const client = await options.connections.hostbill(accountId);
      await Promise.all(
        [...byService].map(async ([serviceId, vmIds]) => {
          const read =
            vmIds.length > 1
              ? await client.listVms(serviceId)
              : await readOne(() => client.getVm(serviceId, vmIds[0]!));
          for (const vmId of store(accountId, serviceId, read)) changed.push({ serviceId, vmId });
          for (const vmId of vmIds) {
            const vm = read.find((candidate) => candidate.id === vmId);
            const entry = entries.get(`${serviceId}/${vmId}`);
            if (!vm || !isVmBusy(vm.state) || (entry && clock() > entry.until)) entries.delete(`${serviceId}/${vmId}`);
          }
        }),
      );
      failures.delete(accountId);
      recordPoll(accountId, polled, null);
    } catch (thrown) {
      const error = toAppError(thrown);
      const count = (failures.get(accountId) ?? 0) + 1;
      failures.set(accountId, count);
      recordPoll(accountId, polled, error);
      for (const [key, entry] of entries) if (clock() > entry.until) entries.delete(key);
      if (!UNREACHABLE.has(error.kind) && count >= MAX_FAILED_TICKS) entries.clear();
      if (entries.size === 0) failures.delete(accountId);
    }
    // After recording, so the re-reads see the new freshness: what changed, a failure or a
    // recovery at once, an unchanged poll every FRESHNESS_EVERY_MS.
    const outcomeChanged = failedBefore !== failures.has(accountId) || failures.has(accountId);
    const due = clock() - (announcedAt.get(accountId) ?? -Infinity) >= FRESHNESS_EVERY_MS;
    const key = (t: { serviceId: string; vmId: string }) => `${t.serviceId}/${t.vmId}`;
    const changedKeys = new Set(changed.map(key));
    announce(
      accountId,
      options.sync && (outcomeChanged || due)
        ? [...changed, ...polled.filter((t) => !changedKeys.has(key(t)))]
        : changed,
    );
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
      announce(
        accountId,
        store(accountId, serviceId, [vm]).map((vmId) => ({ serviceId, vmId })),
      );
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
