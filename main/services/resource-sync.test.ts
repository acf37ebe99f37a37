/**
 * The read path's back-off, on a real encrypted cache: a failed refresh is not retried for a
 * while, but a refresh that began before the user fixed the sign-in cannot re-arm it afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appError, AppFailure } from '../../common/errors';
import { createAccountsRepo } from '../cache/accounts-repo';
import { openCacheDatabase, type CacheDb } from '../cache/database';
import { createSyncStateRepo } from '../cache/sync-state-repo';
import { silentLogger } from '../logger';
import { createEventBus } from './event-bus';
import { createResourceSync } from './resource-sync';

let dir: string;
let db: CacheDb;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rc-sync-'));
  db = openCacheDatabase({ path: join(dir, 'cache.db'), keyHex: randomBytes(32).toString('hex') });
  const now = new Date().toISOString();
  createAccountsRepo(db).insert({
    id: 'a1',
    kind: 'hostbill',
    label: 'Portal',
    baseUrl: 'https://portal.example.com/api',
    username: 'me',
    authMethod: 'basic',
    demo: false,
    createdAt: now,
    updatedAt: now,
  });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const failing = () => Promise.reject(new AppFailure(appError('mfa-required', 'A code is needed.')));

describe('resource sync back-off', () => {
  it('waits after a failure, and forgets a failure that began before the sign-in was fixed', async () => {
    const outcomes: (string | null)[] = [];
    const sync = createResourceSync({
      syncState: createSyncStateRepo(db),
      events: createEventBus(),
      accountExists: () => true,
      logger: silentLogger,
      onOutcome: (_account, error) => outcomes.push(error?.kind ?? null),
    });
    let started = 0;
    const work = () => {
      started += 1;
      return failing();
    };
    await sync.refresh('a1', 'r', work);
    sync.read('a1', 'r', () => null, work);
    expect(started).toBe(1); // backed off

    // A refresh is under way when the user completes the second factor…
    let release: () => void = () => undefined;
    const slow = () =>
      new Promise<void>((_, reject) => (release = () => reject(new AppFailure(appError('mfa-required', 'late')))));
    sync.forgetFailures('a1');
    const late = sync.refresh('a1', 'other', slow);
    sync.forgetFailures('a1');
    release();
    expect(await late).toMatchObject({ kind: 'mfa-required' });
    // …its late failure neither flags the account nor arms the back-off: the next read refreshes.
    expect(outcomes).toEqual(['mfa-required']);
    sync.read('a1', 'other', () => null, work);
    sync.read('a1', 'r', () => null, work);
    expect(started).toBe(3);
    await sync.settle();
  });
});

describe('resources a write made out of date', () => {
  it('stay stale until a refresh that began after the write succeeds', async () => {
    const sync = createResourceSync({
      syncState: createSyncStateRepo(db),
      events: createEventBus(),
      accountExists: () => true,
      logger: silentLogger,
    });
    await sync.refresh('a1', 'r', async () => undefined);
    expect(sync.status('a1', 'r').stale).toBe(false);
    // A refresh already on its way read the portal before the write.
    let finish = () => {};
    const running = sync.refresh('a1', 'r', () => new Promise<void>((resolve) => (finish = resolve)));
    sync.expire('a1', 'r');
    finish();
    await running;
    expect(sync.status('a1', 'r').stale).toBe(true);
    await sync.refresh('a1', 'r', async () => undefined);
    expect(sync.status('a1', 'r').stale).toBe(false);
  });
});
