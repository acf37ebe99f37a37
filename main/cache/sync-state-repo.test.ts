import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appError } from '../../common/errors';
import { openCacheDatabase } from './database';
import { createSyncStateRepo } from './sync-state-repo';

function openRepo() {
  const db = openCacheDatabase({
    path: join(mkdtempSync(join(tmpdir(), 'rc-sync-state-')), 'cache.db'),
    keyHex: randomBytes(32).toString('hex'),
  });
  const now = new Date(0).toISOString();
  db.prepare(
    `INSERT INTO accounts (id, kind, label, base_url, username, auth_method, created_at, updated_at)
     VALUES ('acc', 'hostbill', 'Portal', 'https://p.example.com', 'me', 'jwt', ?, ?)`,
  ).run(now, now);
  return { db, repo: createSyncStateRepo(db) };
}

describe('sync state', () => {
  it('records success and failure for an existing account', () => {
    const { repo } = openRepo();
    expect(repo.recordSuccess('acc', 'services', '2026-01-01T00:00:00.000Z')).toBe(true);
    expect(repo.recordFailure('acc', 'services', appError('network', 'down'))).toBe(true);
    expect(repo.get('acc', 'services')).toEqual({
      syncedAt: '2026-01-01T00:00:00.000Z',
      lastError: { kind: 'network', message: 'down' },
    });
  });

  it('records nothing (and does not throw) for an account that is unknown or was removed mid-sync', () => {
    const { db, repo } = openRepo();
    expect(repo.recordFailure('nobody', 'services', appError('not-found', 'gone'))).toBe(false);
    db.prepare(`DELETE FROM accounts WHERE id = 'acc'`).run();
    expect(repo.recordSuccess('acc', 'vms', '2026-01-01T00:00:00.000Z')).toBe(false);
    expect(repo.get('acc', 'vms')).toEqual({ syncedAt: null, lastError: null });
    expect(db.prepare('SELECT count(*) AS n FROM sync_state').get()).toEqual({ n: 0 });
  });

  it("commits a sync's rows and its syncedAt in one transaction: both or neither", () => {
    const { db, repo } = openRepo();
    const at = '2026-02-02T00:00:00.000Z';
    const insertRow = () => db.prepare(`INSERT INTO settings (key, value) VALUES ('row', '1')`).run();
    expect(() =>
      repo.commitSuccess('acc', 'contracts', at, () => {
        insertRow();
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(db.prepare(`SELECT count(*) AS n FROM settings WHERE key = 'row'`).get()).toEqual({ n: 0 });
    expect(repo.get('acc', 'contracts').syncedAt).toBeNull();

    expect(repo.commitSuccess('acc', 'contracts', at, insertRow)).toBe(true);
    expect(db.prepare(`SELECT count(*) AS n FROM settings WHERE key = 'row'`).get()).toEqual({ n: 1 });
    expect(repo.get('acc', 'contracts').syncedAt).toBe(at);

    db.prepare(`DELETE FROM accounts WHERE id = 'acc'`).run();
    let wrote = false;
    expect(repo.commitSuccess('acc', 'contracts', at, () => void (wrote = true))).toBe(false);
    expect(wrote).toBe(false);
  });
});
