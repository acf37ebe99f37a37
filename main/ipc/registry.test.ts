import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempCore, type TempCore } from '../test-support/temp-core';

const validDraft = {
  kind: 'hostbill',
  label: 'Main portal',
  baseUrl: 'https://portal.example.com/api/',
  authMethod: 'jwt',
  username: 'me@example.com',
  secret: 'correct horse battery staple',
};

describe('IPC dispatch', () => {
  let t: TempCore;
  beforeEach(async () => {
    t = await createTempCore();
  });
  afterEach(async () => t.dispose());

  it('rejects an unknown channel with a validation error', async () => {
    const result = await t.core.dispatch('accounts.dropAll', undefined);
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } });
    if (!result.ok) expect(result.error.message).toContain('accounts.dropAll');
  });

  it.each([
    ['wrong types', { ...validDraft, label: 42 }, 'label'],
    ['missing fields', { kind: 'hostbill', label: 'x' }, 'baseUrl'],
    ['extra fields', { ...validDraft, isAdmin: true }, '_'],
    ['unknown kind', { ...validDraft, kind: 'plesk' }, 'kind'],
    ['http to a remote host', { ...validDraft, baseUrl: 'http://portal.example.com/api' }, 'baseUrl'],
    ['not an object', 'hello', '_'],
  ])('rejects %s and changes nothing', async (_name, args, field) => {
    const result = await t.call('accounts.add', args);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('validation');
    expect(Object.keys(result.error.details ?? {})).toContain(field);
    expect(await t.value('accounts.list')).toEqual([]);
    expect(await t.secrets.accounts()).toEqual([expect.stringMatching(/:cache-key$/)]);
  });

  it('never echoes the secret in a validation error', async () => {
    const result = await t.call('accounts.add', { ...validDraft, label: '', secret: 'hunter2-very-secret' });
    expect(JSON.stringify(result)).not.toContain('hunter2-very-secret');
  });

  it('answers with the parsed, normalised value', async () => {
    const account = await t.value('accounts.add', validDraft);
    expect(account).toMatchObject({ label: 'Main portal', baseUrl: 'https://portal.example.com/api', hasSecret: true });
    expect(JSON.stringify(account)).not.toContain(validDraft.secret);
  });

  it('refuses arguments on channels that take none', async () => {
    const result = await t.call('accounts.list', { all: true });
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('refuses an unknown account id with not-found, and a malformed one with validation', async () => {
    expect(await t.call('accounts.remove', { id: 'f3a1c2d4-0000-4000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
    expect(await t.call('accounts.remove', { id: '../../etc' })).toMatchObject({
      ok: false,
      error: { kind: 'validation' },
    });
    expect(await t.call('settings.set', { activeAccountId: 'f3a1c2d4-0000-4000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
  });
});
