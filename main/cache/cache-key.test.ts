/**
 * Issue 8 items 4 and 19: a lost cache key is said on the first screen (app.info) and in the log,
 * the old cache opens again when the key comes back, and the data dir and cache are the user's alone.
 */
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryCredentialStore } from '../secrets/memory-store';
import { createTempCore } from '../test-support/temp-core';
import { CACHE_FILE, cacheKeyAccount } from './cache-key';

const mode = (path: string) => statSync(path).mode & 0o777;
const draft = {
  kind: 'hostbill',
  label: 'Kept portal',
  baseUrl: 'https://portal.example.com/api',
  authMethod: 'basic',
  username: 'me@example.com',
  secret: 'x-secret-1',
};

describe('cache key and cache file', () => {
  it('creates the data dir 0700 and the cache 0600 (WAL included)', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'rc-perm-')), 'data');
    const t = await createTempCore({ dataDir });
    await t.value('accounts.add', draft);
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, CACHE_FILE))).toBe(0o600);
    expect(mode(join(dataDir, `${CACHE_FILE}-wal`))).toBe(0o600);
    expect((await t.value('app.info')).startupNotice).toBeNull();
    await t.dispose();
  });

  it('says on the first screen where the cache went when its key is gone, and opens it again when the key returns', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rc-lost-key-'));
    const secrets = createMemoryCredentialStore();
    const first = await createTempCore({ dataDir, secrets });
    await first.value('accounts.add', draft);
    await first.dispose();
    const keyAccount = cacheKeyAccount(dataDir);
    const oldKey = (await secrets.get(keyAccount))!;

    // A new keyring: the entry is gone.
    await secrets.delete(keyAccount);
    const second = await createTempCore({ dataDir, secrets });
    const notice = (await second.value('app.info')).startupNotice;
    expect(notice?.kind).toBe('cache-moved-aside');
    expect(existsSync(notice!.file)).toBe(true);
    expect(notice!.message).toContain(notice!.file);
    expect(notice!.message).toMatch(/opens it again/);
    expect(await second.value('accounts.list')).toEqual([]);
    await second.dispose();

    // The old keyring is back: the old cache is opened again, the interim one kept aside.
    await secrets.set(keyAccount, oldKey);
    const third = await createTempCore({ dataDir, secrets });
    const restored = (await third.value('app.info')).startupNotice;
    expect(restored?.kind).toBe('cache-restored');
    expect(existsSync(restored!.file)).toBe(true);
    expect((await third.value('accounts.list')).map((account) => account.label)).toEqual(['Kept portal']);
    await third.dispose();

    // A normal start after that says nothing.
    const fourth = await createTempCore({ dataDir, secrets });
    expect((await fourth.value('app.info')).startupNotice).toBeNull();
    await fourth.dispose();
  });
});
