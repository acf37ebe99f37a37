import type { AccountKind, AuthMethod } from '../../common/models/account';
import type { CacheDb } from './database';

/** A profile row as stored: no secret ever reaches this table. */
export interface AccountRow {
  readonly id: string;
  readonly kind: AccountKind;
  readonly label: string;
  readonly baseUrl: string;
  readonly username: string;
  readonly authMethod: AuthMethod;
  readonly demo: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

interface RawRow {
  id: string;
  kind: AccountKind;
  label: string;
  base_url: string;
  username: string;
  auth_method: AuthMethod;
  demo: number;
  created_at: string;
  updated_at: string;
}

const fromRaw = (row: RawRow): AccountRow => ({
  id: row.id,
  kind: row.kind,
  label: row.label,
  baseUrl: row.base_url,
  username: row.username,
  authMethod: row.auth_method,
  demo: row.demo === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function createAccountsRepo(db: CacheDb) {
  const listStatement = db.prepare<[], RawRow>('SELECT * FROM accounts ORDER BY label COLLATE NOCASE, created_at');
  const getStatement = db.prepare<[string], RawRow>('SELECT * FROM accounts WHERE id = ?');
  const insertStatement = db.prepare(
    `INSERT INTO accounts (id, kind, label, base_url, username, auth_method, demo, created_at, updated_at)
     VALUES (@id, @kind, @label, @baseUrl, @username, @authMethod, @demo, @createdAt, @updatedAt)`,
  );
  const updateStatement = db.prepare(
    `UPDATE accounts SET label = @label, base_url = @baseUrl, username = @username, auth_method = @authMethod,
     updated_at = @updatedAt WHERE id = @id`,
  );
  const deleteStatement = db.prepare('DELETE FROM accounts WHERE id = ?');

  return {
    list: (): AccountRow[] => listStatement.all().map(fromRaw),
    get: (id: string): AccountRow | null => {
      const row = getStatement.get(id);
      return row ? fromRaw(row) : null;
    },
    insert: (row: AccountRow): void => void insertStatement.run({ ...row, demo: row.demo ? 1 : 0 }),
    update: (row: Pick<AccountRow, 'id' | 'label' | 'baseUrl' | 'username' | 'authMethod' | 'updatedAt'>): void =>
      void updateStatement.run(row),
    /** Cached data of the account goes with it (ON DELETE CASCADE). */
    remove: (id: string): boolean => deleteStatement.run(id).changes > 0,
  };
}
export type AccountsRepo = ReturnType<typeof createAccountsRepo>;
