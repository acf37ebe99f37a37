/**
 * The sidebar's "connection failed" flag: a sync refused for bad credentials sets it on the account,
 * a failure that says nothing about the connection leaves it, and a passing connection test clears
 * it and lets the failed sync run again at once (no 30-second back-off after the user fixed it).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHostbillSandbox, type HostbillSandbox } from '../../sandbox/hostbill/server';
import { createTempCore, type TempCore } from '../test-support/temp-core';

let t: TempCore;
let sandbox: HostbillSandbox;
beforeEach(async () => {
  sandbox = await startHostbillSandbox();
  t = await createTempCore();
});
afterEach(async () => {
  await t.dispose();
  await sandbox.close();
});

const accountOf = async (id: string) => (await t.value('accounts.list')).find((account) => account.id === id)!;

describe('connection health', () => {
  it('flags an account whose sync was refused, and clears it once the connection test passes', async () => {
    const account = await t.value('accounts.add', {
      kind: 'hostbill',
      label: 'Portal',
      baseUrl: sandbox.url,
      authMethod: 'basic',
      username: sandbox.demo.username,
      secret: 'not-the-password',
    });
    expect(account.connectionError).toBeNull();
    const changed = new Promise<void>((done) => {
      const stop = t.core.events.subscribe((name) => name === 'accounts.changed' && (stop(), done()));
    });
    await t.value('services.refresh', { accountId: account.id });
    await changed;
    expect((await accountOf(account.id)).connectionError).toMatchObject({ kind: 'auth' });

    await t.value('accounts.update', {
      id: account.id,
      label: 'Portal',
      baseUrl: sandbox.url,
      authMethod: 'basic',
      username: sandbox.demo.username,
      secret: sandbox.demo.password,
    });
    const check = await t.value('accounts.test', { id: account.id });
    expect(check.ok).toBe(true);
    expect((await accountOf(account.id)).connectionError).toBeNull();
    // The failed refresh is tried again on the next read, not 30 s later.
    const list = await t.value('services.list', { accountId: account.id });
    expect(list.refreshing).toBe(true);
  });

  it('answers not-found for an unknown account on every hosting channel, without a background sync', async () => {
    const accountId = 'no-such-account';
    const calls = [
      t.call('services.list', { accountId }),
      t.call('vms.list', { accountId }),
      t.call('services.get', { accountId, serviceId: '1' }),
      t.call('vms.get', { accountId, serviceId: '1', vmId: '1' }),
      t.call('vms.templates', { accountId, serviceId: '1' }),
    ];
    for (const result of await Promise.all(calls)) {
      expect(result).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    }
  });
});
