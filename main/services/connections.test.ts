import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHostbillSandbox, type HostbillSandbox } from '../../sandbox/hostbill/server';
import { createTempCore, type TempCore } from '../test-support/temp-core';

describe('HostBill account lifecycle', () => {
  let sandbox: HostbillSandbox;
  let t: TempCore;
  const addPortal = () =>
    t.value('accounts.add', {
      kind: 'hostbill',
      label: 'Portal',
      baseUrl: sandbox.url,
      authMethod: 'jwt',
      username: sandbox.demo.username,
      secret: sandbox.demo.password,
    });
  beforeEach(async () => {
    sandbox = await startHostbillSandbox();
    t = await createTempCore();
  });
  afterEach(async () => {
    await t.dispose();
    await sandbox.close();
  });

  it('signs in through the account check, keeps the refresh token in the keychain, and revokes it on removal', async () => {
    const account = await addPortal();
    const check = await t.value('accounts.test', { id: account.id });
    expect(check.ok).toBe(true);
    const refresh = await t.secrets.get(`${account.id}:refresh-token`);
    expect(refresh).toEqual(expect.any(String));
    expect(JSON.stringify(check)).not.toContain(refresh!);

    await t.value('accounts.remove', { id: account.id });
    expect(await t.secrets.get(`${account.id}:refresh-token`)).toBeNull();
    // The portal no longer honours the old refresh token: the session really ended.
    const answer = await fetch(`${sandbox.url}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refresh_token: refresh }),
    });
    expect(await answer.json()).toHaveProperty('error');
  });

  it('removes the account even when the portal cannot be reached', async () => {
    const account = await addPortal();
    await t.value('accounts.test', { id: account.id });
    await sandbox.close();
    await t.value('accounts.remove', { id: account.id });
    expect((await t.secrets.accounts()).filter((name) => name.startsWith(account.id))).toEqual([]);
  });

  it('a portal asking for a second factor: the check says so, the code completes it, the token is kept', async () => {
    await sandbox.close();
    sandbox = await startHostbillSandbox({ mode: 'mfa' });
    const account = await addPortal();
    const check = await t.value('accounts.test', { id: account.id });
    expect(check).toMatchObject({ ok: false, needsCode: true });

    const wrong = await t.call('accounts.completeMfa', { id: account.id, code: '000000' });
    expect(wrong).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await t.call('accounts.completeMfa', { id: account.id, code: '12 34' })).toMatchObject({
      ok: false,
      error: { kind: 'validation', details: { code: expect.any(String) } },
    });

    const done = await t.value('accounts.completeMfa', { id: account.id, code: sandbox.demo.mfaCode });
    expect(done.ok).toBe(true);
    expect(await t.secrets.get(`${account.id}:refresh-token`)).toEqual(expect.any(String));
    // The account's own clients now sign in with the stored token, no code needed.
    const services = await t.value('services.refresh', { accountId: account.id });
    expect(services.lastError).toBeNull();
  });
});
