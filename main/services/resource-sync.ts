/**
 * The offline-first read path shared by every feature: answer from the cache at once, start one
 * background refresh per (account, resource) when the data is stale, record the outcome and emit
 * `cache.changed` so the renderer re-reads. A failed refresh is not retried on every read (that
 * would loop while offline): it waits `retryAfterFailureMs` unless the user asks.
 */
import { toAppError, type AppError } from '../../common/errors';
import type { Cached, SyncOutcome } from '../../common/models/cached';
import type { SyncStateRepo } from '../cache/sync-state-repo';
import type { Logger } from '../logger';
import type { EventBus } from './event-bus';

/** Writes a refresh's rows together with its success record (one transaction). */
export type SyncCommit = (writeRows: () => void) => void;
/** A refresh; one that stores its rows through `commit` records rows and syncedAt atomically. */
export type SyncWork = (commit: SyncCommit) => Promise<void>;

export interface ResourceSyncOptions {
  readonly syncState: SyncStateRepo;
  readonly events: EventBus;
  /** False once the account is gone (removed while its sync ran): its outcome is then not recorded. */
  readonly accountExists: (accountId: string) => boolean;
  readonly logger: Logger;
  /** Told how each refresh went (the sidebar flags an account whose connection failed). */
  readonly onOutcome?: (accountId: string, error: AppError | null) => void;
  readonly clock?: () => number;
  readonly staleAfterMs?: number;
  readonly retryAfterFailureMs?: number;
}

/** Failures that only say the server could not be reached. */
const UNREACHABLE: ReadonlySet<AppError['kind']> = new Set(['network', 'offline', 'timeout']);

export function createResourceSync(options: ResourceSyncOptions) {
  const clock = options.clock ?? Date.now;
  const staleAfterMs = options.staleAfterMs ?? 5 * 60_000;
  const retryAfterFailureMs = options.retryAfterFailureMs ?? 30_000;
  const inFlight = new Map<string, { readonly promise: Promise<AppError | null>; readonly generation: number }>();
  const lastFailureAt = new Map<string, number>();
  // Bumped when an account's sign-in is fixed: a refresh started before then says nothing about
  // the connection now, so its failure neither arms the back-off nor flags the account.
  const generations = new Map<string, number>();
  const generationOf = (accountId: string) => generations.get(accountId) ?? 0;
  const keyOf = (accountId: string, resource: string) => `${accountId}\u0000${resource}`;
  /**
   * Resources a write made out of date (the portal created rows the cache cannot know), with the
   * order of the expiry: stale until a refresh that started after it succeeds.
   */
  const expired = new Map<string, number>();
  let sequence = 0;

  function refresh(accountId: string, resource: string, work: SyncWork): Promise<AppError | null> {
    const key = keyOf(accountId, resource);
    const generation = generationOf(accountId);
    const running = inFlight.get(key);
    if (running && running.generation === generation) return running.promise;
    const current = () => generationOf(accountId) === generation;
    const startedAt = (sequence += 1);
    const now = () => new Date(clock()).toISOString();
    let committed = false;
    const commit: SyncCommit = (writeRows) => {
      if (options.accountExists(accountId)) options.syncState.commitSuccess(accountId, resource, now(), writeRows);
      committed = true;
    };
    const promise = work(commit)
      .then(
        () => {
          // A refresh already running when the write expired the rows read them before the write.
          if ((expired.get(key) ?? Infinity) < startedAt) expired.delete(key);
          if (!committed)
            record(accountId, resource, () => options.syncState.recordSuccess(accountId, resource, now()));
          lastFailureAt.delete(key);
          if (options.accountExists(accountId)) options.onOutcome?.(accountId, null);
          return null;
        },
        (thrown: unknown) => {
          const error = toAppError(thrown);
          if (!current()) return error;
          lastFailureAt.set(key, clock());
          record(accountId, resource, () => options.syncState.recordFailure(accountId, resource, error));
          if (options.accountExists(accountId)) options.onOutcome?.(accountId, error);
          return error;
        },
      )
      .finally(() => {
        if (inFlight.get(key)?.promise === promise) inFlight.delete(key);
        if (options.accountExists(accountId)) options.events.emit('cache.changed', { accountId, resource });
      });
    inFlight.set(key, { promise, generation });
    return promise;
  }

  /**
   * A background refresh must never reject unhandled: an account removed while its sync ran (its
   * sync-state row would violate the foreign key) or a cache closed at shutdown is logged and dropped.
   */
  function record(accountId: string, resource: string, write: () => void): void {
    if (!options.accountExists(accountId)) return;
    try {
      write();
    } catch (thrown) {
      options.logger.warn('sync', `could not record the outcome of ${resource}: ${toAppError(thrown).kind}`);
    }
  }

  function status(accountId: string, resource: string): SyncOutcome {
    const key = keyOf(accountId, resource);
    const state = options.syncState.get(accountId, resource);
    const age = state.syncedAt ? clock() - Date.parse(state.syncedAt) : Infinity;
    return {
      syncedAt: state.syncedAt,
      stale: expired.has(key) || age > staleAfterMs,
      refreshing: inFlight.has(key),
      lastError: state.lastError,
    };
  }

  return {
    /** Cached rows now; a background refresh when stale. */
    read<T>(accountId: string, resource: string, readRows: () => T, work: SyncWork): Cached<T> {
      const key = keyOf(accountId, resource);
      const recentlyFailed = clock() - (lastFailureAt.get(key) ?? -Infinity) < retryAfterFailureMs;
      if (status(accountId, resource).stale && !recentlyFailed) void refresh(accountId, resource, work);
      return { data: readRows(), ...status(accountId, resource) };
    },
    /** An explicit refresh (the refresh button): waits, and answers the error if it failed. */
    refresh,
    /**
     * A read outside a refresh (the VM watcher's polls) counts like one: a success moves `syncedAt`
     * and clears the last error, a failure becomes `lastError` (the offline banner), and the
     * account's connection flag follows. The caller emits `cache.changed` when it wants a re-read.
     */
    recordRead(accountId: string, resource: string, error: AppError | null): void {
      const key = keyOf(accountId, resource);
      if (error) record(accountId, resource, () => options.syncState.recordFailure(accountId, resource, error));
      else {
        record(accountId, resource, () =>
          options.syncState.recordSuccess(accountId, resource, new Date(clock()).toISOString()),
        );
        lastFailureAt.delete(key);
      }
      if (options.accountExists(accountId)) options.onOutcome?.(accountId, error);
    },
    /**
     * The portal answered another read of the account: this resource's "cannot be reached" error
     * is no longer true, so it goes (its `syncedAt` stays: its rows were not re-read). True when
     * there was such an error.
     */
    recordReachable(accountId: string, resource: string): boolean {
      const { lastError } = options.syncState.get(accountId, resource);
      if (!lastError || !UNREACHABLE.has(lastError.kind)) return false;
      record(accountId, resource, () => options.syncState.clearError(accountId, resource));
      return true;
    },
    /** When the resource was last synced and how that went, without reading its rows. */
    status,
    /** The cached rows are out of date (a write created rows elsewhere): the next read syncs them. */
    expire(accountId: string, resource: string): void {
      expired.set(keyOf(accountId, resource), (sequence += 1));
    },
    /** The account's sign-in was fixed: its failed resources may be tried again at once. */
    forgetFailures(accountId: string): void {
      generations.set(accountId, generationOf(accountId) + 1);
      for (const key of [...lastFailureAt.keys()]) if (key.startsWith(`${accountId}\u0000`)) lastFailureAt.delete(key);
    },
    /** Waits for whatever refreshes are running (tests, benches, shutdown). */
    async settle(): Promise<void> {
      while (inFlight.size > 0) await Promise.all([...inFlight.values()].map((running) => running.promise));
    },
  };
}
export type ResourceSync = ReturnType<typeof createResourceSync>;
