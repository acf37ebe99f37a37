/** Accounts, settings and per-resource sync bookkeeping. Landed: never edit, add a new file. */
export const migration001 = {
  version: 1,
  name: 'foundation',
  sql: `
    CREATE TABLE accounts (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      label TEXT NOT NULL,
      base_url TEXT NOT NULL,
      username TEXT NOT NULL,
      auth_method TEXT NOT NULL,
      demo INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
    CREATE TABLE sync_state (
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      resource TEXT NOT NULL,
      synced_at TEXT,
      last_error TEXT,
      PRIMARY KEY (account_id, resource)
    );
  `,
} as const;
