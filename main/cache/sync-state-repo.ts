import { isAppError, type AppError } from '../../common/errors';
import type { CacheDb } from './database';

export interface SyncState {
  readonly syncedAt: string | null;
  readonly lastError: AppError | null;
}

/** When each resource of each account was last refreshed, and why the last refresh failed. */
export function createSyncStateRepo(db: CacheDb) {
  const getStatement = db.prepare<[string, string], { synced_at: string | null; last_error: string | null }>(
    'SELECT synced_at, last_error FROM sync_state WHERE account_id = ? AND resource = ?',
  );
  const successStatement = db.prepare(
    `INSERT INTO sync_state (account_id, resource, synced_at, last_error) VALUES (?, ?, ?, NULL)
     ON CONFLICT(account_id, resource) DO UPDATE SET synced_at = excluded.synced_at, last_error = NULL`,
  );
  const failureStatement = db.prepare(
    `INSERT INTO sync_state (account_id, resource, synced_at, last_error) VALUES (?, ?, NULL, ?)
     ON CONFLICT(account_id, resource) DO UPDATE SET last_error = excluded.last_error`,
  );
  return {
    get(accountId: string, resource: string): SyncState {
      const row = getStatement.get(accountId, resource);
      const parsed = row?.last_error ? (JSON.parse(row.last_error) as unknown) : null;
      return { syncedAt: row?.synced_at ?? null, lastError: isAppError(parsed) ? parsed : null };
    },
    recordSuccess(accountId: string, resource: string, at: string): void {
      successStatement.run(accountId, resource, at);
    },
    recordFailure(accountId: string, resource: string, error: AppError): void {
      failureStatement.run(accountId, resource, JSON.stringify({ kind: error.kind, message: error.message }));
    },
  };
}
export type SyncStateRepo = ReturnType<typeof createSyncStateRepo>;
