/**
 * The encrypted cache: one SQLite file per data dir, SQLCipher-encrypted (better-sqlite3-multiple-ciphers)
 * with a random 32-byte key from the keychain, WAL journal, numbered migrations. A schema newer
 * than this app knows is refused, never wiped.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { AppFailure, appError } from '../../common/errors';
import { migrations as defaultMigrations, type Migration } from './migrations';

export type CacheDb = Database.Database;

export interface OpenCacheOptions {
  readonly path: string;
  /** 32 random bytes, hex encoded. */
  readonly keyHex: string;
  readonly migrations?: readonly Migration[];
}

function applyKey(db: CacheDb, keyHex: string): void {
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${keyHex}'"`);
  // The first real read is where a wrong key shows ("file is not a database").
  db.prepare('SELECT count(*) FROM sqlite_master').get();
}

/** Whether `keyHex` decrypts the cache file at `path` (read only: nothing is migrated or written). */
export function opensWithKey(path: string, keyHex: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(keyHex)) return false;
  let db: CacheDb | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    applyKey(db, keyHex);
    return true;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

export function openCacheDatabase(options: OpenCacheOptions): CacheDb {
  if (!/^[0-9a-f]{64}$/.test(options.keyHex)) throw new TypeError('cache key must be 32 bytes of hex');
  const db = new Database(options.path);
  try {
    applyKey(db, options.keyHex);
  } catch {
    db.close();
    throw new AppFailure(
      appError('keychain', 'The local cache could not be opened with the key stored in the OS keychain.'),
    );
  }
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  // Decrypted pages stay in memory: a 20,000-contract read is not decrypted again on every open.
  db.pragma('cache_size = -32000');
  try {
    migrate(db, options.migrations ?? defaultMigrations);
  } catch (thrown) {
    db.close();
    throw thrown;
  }
  return db;
}

export function schemaVersion(db: CacheDb): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: CacheDb, migrations: readonly Migration[]): void {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new AppFailure(
      appError(
        'unsupported',
        `The local cache was written by a newer version of Reseller Console (schema ${current}; this version knows up to ${latest}). Update the app: the cache was left untouched.`,
      ),
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
