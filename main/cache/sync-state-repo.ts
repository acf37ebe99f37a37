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
  // The account check is part of the write: a sync whose account was removed meanwhile (or never
  // existed) records nothing instead of violating the foreign key.
  const successStatement = db.prepare<[string, string, string, string]>(
    `INSERT INTO sync_state (account_id, resource, synced_at, last_error)
     SELECT ?, ?, ?, NULL WHERE EXISTS (SELECT 1 FROM accounts WHERE id = ?)
     ON CONFLICT(account_id, resource) DO UPDATE SET synced_at = excluded.synced_at, last_error = NULL`,
  );
  const failureStatement = db.prepare<[string, string, string, string]>(
    `INSERT INTO sync_state (account_id, resource, synced_at, last_error)
     SELECT ?, ?, NULL, ? WHERE EXISTS (SELECT 1 FROM accounts WHERE id = ?)
     ON CONFLICT(account_id, resource) DO UPDATE SET last_error = excluded.last_error`,
  );
  const accountExists = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM accounts WHERE id = ?');
  const clearErrorStatement = db.prepare<[string, string]>(
    'UPDATE sync_state SET last_error = NULL WHERE account_id = ? AND resource = ?',
  );
  const commitTx = db.transaction((accountId: string, resource: string, at: string, writeRows: () => void) => {
    if (!accountExists.get(accountId)) return false;
    writeRows();
    successStatement.run(accountId, resource, at, accountId);
    return true;
  });
  return {
    /**
     * A sync's rows and its `syncedAt` in one transaction: both land or neither, so a crash or a
     * failed write never leaves fresh rows marked stale or old rows marked fresh. False (nothing
     * written) when the account is gone.
     */
    commitSuccess(accountId: string, resource: string, at: string, writeRows: () => void): boolean {
      return commitTx(accountId, resource, at, writeRows);
    },
    get(accountId: string, resource: string): SyncState {
      const row = getStatement.get(accountId, resource);
      const parsed = row?.last_error ? (JSON.parse(row.last_error) as unknown) : null;
      return { syncedAt: row?.synced_at ?? null, lastError: isAppError(parsed) ? parsed : null };
    },
    /** False when the account does not exist (any more): nothing was recorded. */
    recordSuccess(accountId: string, resource: string, at: string): boolean {
      return successStatement.run(accountId, resource, at, accountId).changes > 0;
    },
    /** Forgets the last failure and keeps `syncedAt` (the rows were not re-read). */
    clearError(accountId: string, resource: string): boolean {
      return clearErrorStatement.run(accountId, resource).changes > 0;
    },
    /** False when the account does not exist (any more): nothing was recorded. */
    recordFailure(accountId: string, resource: string, error: AppError): boolean {
      const json = JSON.stringify({ kind: error.kind, message: error.message });
      return failureStatement.run(accountId, resource, json, accountId).changes > 0;
    },
  };
}
export type SyncStateRepo = ReturnType<typeof createSyncStateRepo>;
