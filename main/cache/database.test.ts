import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../common/errors';
import { openCacheDatabase, schemaVersion } from './database';
import { migrations } from './migrations';

const newKey = () => randomBytes(32).toString('hex');
const tempFile = () => join(mkdtempSync(join(tmpdir(), 'rc-db-')), 'cache.db');
const MARKER = 'Zyxwvut Customer GmbH 8812';

/** Everything on disk for this database: the main file plus WAL and SHM. */
function filesOnDisk(path: string): Buffer {
  const dir = join(path, '..');
  return Buffer.concat(readdirSync(dir).map((name) => readFileSync(join(dir, name))));
}

describe('encrypted cache', () => {
  it('holds no plaintext of what was written, in the file or its WAL', () => {
    const path = tempFile();
    const db = openCacheDatabase({ path, keyHex: newKey() });
    db.prepare(`INSERT INTO settings (key, value) VALUES ('probe', ?)`).run(JSON.stringify(MARKER));
    expect(filesOnDisk(path).includes(Buffer.from(MARKER))).toBe(false);
    db.close();
    const bytes = filesOnDisk(path);
    expect(bytes.length).toBeGreaterThan(4096);
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false);
    expect(bytes.includes(Buffer.from('CREATE TABLE'))).toBe(false);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
  });

  it('reads back with the right key and cannot be opened without it', () => {
    const path = tempFile();
    const key = newKey();
    const db = openCacheDatabase({ path, keyHex: key });
    db.prepare(`INSERT INTO settings (key, value) VALUES ('probe', ?)`).run(JSON.stringify(MARKER));
    db.close();

    const reopened = openCacheDatabase({ path, keyHex: key });
    expect(reopened.prepare(`SELECT value FROM settings WHERE key = 'probe'`).get()).toEqual({
      value: JSON.stringify(MARKER),
    });
    reopened.close();

    expect(() => openCacheDatabase({ path, keyHex: newKey() })).toThrow(AppFailure);
    const plain = new Database(path);
    expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database|encrypted/i);
    plain.close();
  });

  it('runs numbered migrations once, forward only', () => {
    const path = tempFile();
    const key = newKey();
    const extra = [
      ...migrations,
      // Numbers are assigned per feature and may land out of order: the probe comes after the last one.
      { version: migrations.at(-1)!.version + 1, name: 'probe', sql: 'CREATE TABLE probe (x TEXT);' },
    ];
    const db = openCacheDatabase({ path, keyHex: key, migrations: extra });
    expect(schemaVersion(db)).toBe(extra.at(-1)!.version);
    db.close();
    const again = openCacheDatabase({ path, keyHex: key, migrations: extra });
    expect(schemaVersion(again)).toBe(extra.at(-1)!.version);
    again.close();
  });

  it('refuses a schema newer than the app and leaves the data untouched', () => {
    const path = tempFile();
    const key = newKey();
    const newer = [...migrations, { version: 99, name: 'future', sql: 'CREATE TABLE future (x TEXT);' }];
    const db = openCacheDatabase({ path, keyHex: key, migrations: newer });
    db.prepare(`INSERT INTO future (x) VALUES ('kept')`).run();
    db.close();

    let failure: unknown;
    try {
      openCacheDatabase({ path, keyHex: key });
    } catch (thrown) {
      failure = thrown;
    }
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).error).toMatchObject({
      kind: 'unsupported',
      message: expect.stringContaining('newer version'),
    });

    const still = openCacheDatabase({ path, keyHex: key, migrations: newer });
    expect(still.prepare('SELECT x FROM future').get()).toEqual({ x: 'kept' });
    still.close();
  });
});
