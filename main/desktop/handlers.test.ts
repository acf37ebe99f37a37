import { afterEach, describe, expect, it } from 'vitest';
import { createTempCore, type TempCore } from '../test-support/temp-core';

const cores: TempCore[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.dispose();
});

async function core(): Promise<TempCore> {
  const created = await createTempCore();
  cores.push(created);
  return created;
}

describe('desktop channels through a real core (browser host)', () => {
  it('updates: a clear status and refused actions in the browser host', async () => {
    const t = await core();
    expect(await t.value('updates.status')).toMatchObject({ state: 'unsupported', reason: 'not in the browser host' });
    for (const channel of ['updates.check', 'updates.restart'] as const) {
      const result = await t.call(channel);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.kind).toBe('unsupported');
        expect(result.error.message).toBe('Updates are not available: not in the browser host.');
      }
    }
  });

  it('settings: automatic update checks default to on, with no migration, and can be switched off', async () => {
    const t = await core();
    expect((await t.value('settings.get')).autoUpdate).toBe(true);
    expect((await t.value('settings.set', { autoUpdate: false })).autoUpdate).toBe(false);
    expect((await t.value('settings.get')).autoUpdate).toBe(false);
    const bad = await t.call('settings.set', { autoUpdate: 'no' });
    expect(bad.ok).toBe(false);
    expect((await t.value('settings.get')).autoUpdate).toBe(false);
  });

  it('diagnostics: counts accounts by kind, lists failed calls by kind, names nothing', async () => {
    const t = await core();
    await t.value('accounts.add', {
      kind: 'ionos-reseller',
      label: 'Diagnostics Probe GmbH',
      baseUrl: 'https://probe.example.test/v2',
      authMethod: 'basic',
      username: 'probe-user@example.test',
      secret: 'diag-secret-password-123',
    });
    await t.call('accounts.remove', { id: 'no-such-account' });
    const text = await t.value('app.diagnostics');
    expect(text).toMatch(/^Reseller Console diagnostics\n/);
    expect(text).toMatch(/Node: \d+\.\d+\.\d+/);
    expect(text).toMatch(/Cache size: \d/);
    expect(text).toMatch(/not-found \(accounts\.remove\)/);
    expect(text).not.toContain('Diagnostics Probe');
    expect(text).not.toContain('probe.example.test');
    expect(text).toContain('Accounts: ionos-reseller 1');
    expect(text).not.toContain('probe-user');
    expect(text).not.toContain('diag-secret-password-123');
  });
});
