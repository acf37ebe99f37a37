import type { AppError } from '../errors';

/**
 * Every list or detail read answers from the local cache at once. `stale` means a background
 * refresh has been started; `lastError` is why the last refresh failed (network: show offline).
 */
export interface Cached<T> {
  readonly data: T;
  /** ISO time of the last successful refresh, null when never synced. */
  readonly syncedAt: string | null;
  readonly stale: boolean;
  readonly refreshing: boolean;
  readonly lastError: AppError | null;
}

/** How a refresh went, without the rows (the caller re-reads what it needs). */
export type SyncOutcome = Omit<Cached<unknown>, 'data'>;

export interface CacheChange {
  readonly accountId: string;
  /** e.g. "contracts", "contract-admins:15514", "services", "vms". */
  readonly resource: string;
}

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly host: 'electron' | 'browser';
  readonly platform: string;
  readonly versions: Readonly<Record<string, string>>;
  readonly dataDir: string;
  readonly keychain: string;
}
