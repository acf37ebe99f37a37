/**
 * The offline-first read path shared by every feature: answer from the cache at once, start one
 * background refresh per (account, resource) when the data is stale, record the outcome and emit
 * `cache.changed` so the renderer re-reads. A failed refresh is not retried on every read (that
 * would loop while offline): it waits `retryAfterFailureMs` unless the user asks.
 */
import { toAppError, type AppError } from '../../common/errors';
import type { Cached } from '../../common/models/cached';
import type { SyncStateRepo } from '../cache/sync-state-repo';
import type { EventBus } from './event-bus';

/** Writes a refresh's rows together with its success record (one transaction). */
export type SyncCommit = (writeRows: () => void) => void;
/** A refresh; one that stores its rows through `commit` records rows and syncedAt atomically. */
export type SyncWork = (commit: SyncCommit) => Promise<void>;

export interface ResourceSyncOptions {
  readonly syncState: SyncStateRepo;
  readonly events: EventBus;
  readonly clock?: () => number;
  readonly staleAfterMs?: number;
  readonly retryAfterFailureMs?: number;
}

export function createResourceSync(options: ResourceSyncOptions) {
  const clock = options.clock ?? Date.now;
  const staleAfterMs = options.staleAfterMs ?? 5 * 60_000;
  const retryAfterFailureMs = options.retryAfterFailureMs ?? 30_000;
  const inFlight = new Map<string, Promise<AppError | null>>();
  const lastFailureAt = new Map<string, number>();
  const keyOf = (accountId: string, resource: string) => `${accountId}\u0000${resource}`;

  function refresh(accountId: string, resource: string, work: SyncWork): Promise<AppError | null> {
    const key = keyOf(accountId, resource);
    const running = inFlight.get(key);
    if (running) return running;
    const now = () => new Date(clock()).toISOString();
    let committed = false;
    const commit: SyncCommit = (writeRows) => {
      options.syncState.commitSuccess(accountId, resource, now(), writeRows);
      committed = true;
    };
    const promise = work(commit)
      .then(() => {
        if (!committed) options.syncState.recordSuccess(accountId, resource, now());
        lastFailureAt.delete(key);
        return null;
      })
      .catch((thrown: unknown) => {
        const error = toAppError(thrown);
        lastFailureAt.set(key, clock());
        try {
          options.syncState.recordFailure(accountId, resource, error);
        } catch {
          // The cache closed under a late refresh: nothing to record, and nobody may see a rejection.
        }
        return error;
      })
      .finally(() => {
        inFlight.delete(key);
        options.events.emit('cache.changed', { accountId, resource });
      });
    inFlight.set(key, promise);
    return promise;
  }

  return {
    /** Cached rows now; a background refresh when stale. */
    read<T>(accountId: string, resource: string, readRows: () => T, work: SyncWork): Cached<T> {
      const key = keyOf(accountId, resource);
      const state = options.syncState.get(accountId, resource);
      const age = state.syncedAt ? clock() - Date.parse(state.syncedAt) : Infinity;
      const stale = age > staleAfterMs;
      const recentlyFailed = clock() - (lastFailureAt.get(key) ?? -Infinity) < retryAfterFailureMs;
      if (stale && !recentlyFailed) void refresh(accountId, resource, work);
      return {
        data: readRows(),
        syncedAt: state.syncedAt,
        stale,
        refreshing: inFlight.has(key),
        lastError: state.lastError,
      };
    },
    /** An explicit refresh (the refresh button): waits, and answers the error if it failed. */
    refresh,
    /** Waits for whatever refreshes are running (tests, benches, shutdown). */
    async settle(): Promise<void> {
      while (inFlight.size > 0) await Promise.all(inFlight.values());
    },
  };
}
export type ResourceSync = ReturnType<typeof createResourceSync>;
