import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appError, AppFailure } from '../../common/errors';
import { type CredentialStore } from '../secrets/credential-store';
import { createMemoryCredentialStore } from '../secrets/memory-store';
import { createTempCore, type TempCore } from '../test-support/temp-core';

const PASSWORD = 'S3cret-Password-For-Tests!';
const ionosDraft = {
  kind: 'ionos-reseller',
  label: 'IONOS main',
  baseUrl: 'https://api.ionos.com/reseller/v2',
  authMethod: 'basic',
  username: 'reseller@example.com',
  secret: PASSWORD,
};

function dataDirBytes(dir: string): Buffer {
  return Buffer.concat(readdirSync(dir).map((name) => readFileSync(join(dir, name))));
}

describe('accounts', () => {
  let t: TempCore;
  beforeEach(async () => {
    t = await createTempCore();
  });
  afterEach(async () => t.dispose());

  it('keeps the secret in the keychain only, never in the data dir or a result', async () => {
    const account = await t.value('accounts.add', ionosDraft);
    expect(await t.secrets.get(`${account.id}:password`)).toBe(PASSWORD);
    expect(JSON.stringify(await t.value('accounts.list'))).not.toContain(PASSWORD);
    expect(dataDirBytes(t.dataDir).includes(Buffer.from(PASSWORD))).toBe(false);
    expect(dataDirBytes(t.dataDir).includes(Buffer.from('reseller@example.com'))).toBe(false);
  });

  it('edits without a new secret keeps the stored one; a new secret replaces it', async () => {
    const account = await t.value('accounts.add', ionosDraft);
    const renamed = await t.value('accounts.update', {
      id: account.id,
      label: 'Renamed',
      baseUrl: account.baseUrl,
      authMethod: 'basic',
      username: account.username,
    });
    expect(renamed.label).toBe('Renamed');
    expect(await t.secrets.get(`${account.id}:password`)).toBe(PASSWORD);
    await t.value('accounts.update', {
      id: account.id,
      label: 'Renamed',
      baseUrl: account.baseUrl,
      authMethod: 'token',
      username: '',
      secret: 'tok-123',
    });
    expect(await t.secrets.get(`${account.id}:api-token`)).toBe('tok-123');
    expect(await t.secrets.get(`${account.id}:password`)).toBeNull();
  });

  it('refuses a sign-in method of the other kind, and a method change without its secret', async () => {
    const account = await t.value('accounts.add', ionosDraft);
    const base = { id: account.id, label: 'x', baseUrl: account.baseUrl, username: 'u' };
    expect(await t.call('accounts.update', { ...base, authMethod: 'jwt', secret: 'x' })).toMatchObject({
      ok: false,
      error: { kind: 'validation' },
    });
    expect(await t.call('accounts.update', { ...base, authMethod: 'token' })).toMatchObject({
      ok: false,
      error: { kind: 'validation', details: { secret: expect.any(String) } },
    });
    expect((await t.value('accounts.list'))[0]?.label).toBe('IONOS main');
  });

  it('removing an account removes its keychain entries and its cached data', async () => {
    const account = await t.value('accounts.add', ionosDraft);
    await t.secrets.set(`${account.id}:refresh-token`, 'refresh-xyz');
    await t.value('settings.set', { activeAccountId: account.id });
    await t.value('accounts.remove', { id: account.id });
    expect(await t.value('accounts.list')).toEqual([]);
    expect((await t.secrets.accounts()).filter((name) => name.startsWith(account.id))).toEqual([]);
    expect((await t.value('settings.get')).activeAccountId).toBeNull();
  });

  it('stores nothing when the keychain is unavailable', async () => {
    const working = createMemoryCredentialStore();
    let broken = false;
    const flaky: CredentialStore = {
      ...working,
      set: async (account, secret) => {
        if (broken)
          throw new AppFailure(appError('keychain', 'The OS keychain is not available, so nothing was stored.'));
        return working.set(account, secret);
      },
    };
    const local = await createTempCore({ secrets: flaky });
    broken = true;
    const result = await local.call('accounts.add', ionosDraft);
    expect(result).toMatchObject({ ok: false, error: { kind: 'keychain' } });
    expect(await local.value('accounts.list')).toEqual([]);
    expect(dataDirBytes(local.dataDir).includes(Buffer.from(PASSWORD))).toBe(false);
    await local.dispose();
  });

  it('persists accounts and settings across restarts of the core', async () => {
    const account = await t.value('accounts.add', ionosDraft);
    await t.value('settings.set', { theme: 'dark' });
    await t.core.close();
    const again = await createTempCore({ secrets: t.secrets, dataDir: t.dataDir });
    expect((await again.value('accounts.list')).map((a) => a.id)).toEqual([account.id]);
    expect(await again.value('settings.get')).toEqual({
      theme: 'dark',
      activeAccountId: account.id,
      autoUpdate: true,
      desktopNotifications: false,
    });
    await again.dispose();
  });
});
