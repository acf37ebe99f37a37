/**
 * Against a real Secret Service (GNOME Keyring under dbus-run-session: `npm run test:keychain`).
 * Uses its own keychain service name so it cannot touch the app's entries.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createKeytarStore } from './keytar-store';

const service = `com.resellerconsole.test.${randomUUID()}`;
const store = createKeytarStore(service);

describe('keytar store on a real keychain', () => {
  afterAll(async () => {
    for (const account of await store.accounts()) await store.delete(account);
  });

  it('stores, reads, lists and deletes a secret', async () => {
    await store.set('profile-1:password', 'pässwörd with ✓ unicode');
    expect(await store.get('profile-1:password')).toBe('pässwörd with ✓ unicode');
    expect(await store.accounts()).toEqual(['profile-1:password']);
    expect(await store.delete('profile-1:password')).toBe(true);
    expect(await store.get('profile-1:password')).toBeNull();
    expect(await store.delete('profile-1:password')).toBe(false);
  });

  it('fails with a keychain error that says what to install when no Secret Service answers', () => {
    const script = `
      import { createKeytarStore } from './main/secrets/keytar-store.ts';
      const result = await createKeytarStore('${service}').set('x', 'never-stored-secret').then(() => 'stored', (e) => e.error);
      process.stdout.write(JSON.stringify(result));`;
    const output = execFileSync('npx', ['tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus', DISPLAY: '' },
      encoding: 'utf8',
    });
    const error = JSON.parse(output) as { kind: string; message: string };
    expect(error.kind).toBe('keychain');
    expect(error.message).toMatch(/gnome-keyring|Secret Service/);
    expect(error.message).not.toContain('never-stored-secret');
  });
});
