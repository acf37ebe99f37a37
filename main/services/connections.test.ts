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
});
