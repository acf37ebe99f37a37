import type { CacheDb } from './database';

/** Small JSON values by key (settings, window bounds). */
export function createSettingsRepo(db: CacheDb) {
  const getStatement = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const setStatement = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return {
    get(key: string): unknown {
      const row = getStatement.get(key);
      if (!row) return undefined;
      try {
        return JSON.parse(row.value) as unknown;
      } catch {
        return undefined;
      }
    },
    set(key: string, value: unknown): void {
      setStatement.run(key, JSON.stringify(value));
    },
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
