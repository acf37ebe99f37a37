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
  /** Something the user must hear about on the first screen (the cache was moved aside); null when nothing. */
  readonly startupNotice?: CacheNotice | null;
}

/** What happened to the local cache at start, in words for the user (the file path included). */
export interface CacheNotice {
  readonly kind: 'cache-moved-aside' | 'cache-restored';
  /** Where the cache that is not in use now was kept. */
  readonly file: string;
  readonly message: string;
}
