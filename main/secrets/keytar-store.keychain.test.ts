/**
 * Against a real Secret Service (GNOME Keyring under dbus-run-session: `npm run test:keychain`).
 * Uses its own keychain service name so it cannot touch the app's entries.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeChunking } from './chunked-store.contract';
import { WINDOWS_ENTRY_LIMIT_BYTES } from './chunked-store';
import { createKeytarStore, createRawKeytarStore } from './keytar-store';

const service = `com.resellerconsole.test.${randomUUID()}`;
const store = createKeytarStore(service);
const raw = createRawKeytarStore(service);

afterAll(async () => {
  for (const account of await raw.accounts()) await raw.delete(account);
});

describe('keytar store on a real keychain', () => {
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

// GNOME Keyring takes large entries; the Windows limit is enforced by the adapter, and the tests
// check every entry that reached the keyring against it.
describeChunking('keytar on GNOME Keyring with the Windows 2,560-byte limit', () => ({
  store: createKeytarStore(service, { entryLimitBytes: WINDOWS_ENTRY_LIMIT_BYTES }),
  raw,
  limitBytes: WINDOWS_ENTRY_LIMIT_BYTES,
}));

describe('keytar store on a locked keyring', () => {
  it('says the keyring is locked and how to unlock it, not that there is no keychain', () => {
    // A login keyring created with a password, then a new desktop session that never unlocked it.
    const home = mkdtempSync(join(tmpdir(), 'rc-locked-keyring-'));
    try {
      const script = `
        import { createKeytarStore } from './main/secrets/keytar-store.ts';
        const result = await createKeytarStore('${service}').set('x', 'never-stored-secret').then(() => 'stored', (e) => e.error);
        process.stdout.write(JSON.stringify(result));`;
      // Each session gets its own runtime folder, so the second daemon cannot find the first one;
      // the first waits (bounded) until its daemon has written the keyring file.
      const sessions = `
        export XDG_RUNTIME_DIR="$HOME_DIR/run-1" && mkdir -m 700 "$XDG_RUNTIME_DIR"
        dbus-run-session -- bash -c 'eval "$(printf pw | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
          for _ in $(seq 50); do [ -s "$XDG_DATA_HOME/keyrings/login.keyring" ] && break; sleep 0.1; done'
        export XDG_RUNTIME_DIR="$HOME_DIR/run-2" && mkdir -m 700 "$XDG_RUNTIME_DIR"
        dbus-run-session -- bash -c 'eval "$(gnome-keyring-daemon --start --components=secrets </dev/null)" >/dev/null
          exec npx tsx --input-type=module -e "$SCRIPT"'`;
      const output = execFileSync('bash', ['-c', sessions], {
        env: { ...process.env, HOME_DIR: home, XDG_DATA_HOME: join(home, 'data'), DISPLAY: '', SCRIPT: script },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const error = JSON.parse(output) as { kind: string; message: string };
      expect(error.kind).toBe('keychain');
      expect(error.message).toMatch(/keyring is locked/);
      expect(error.message).not.toMatch(/not available/);
      expect(error.message).not.toContain('never-stored-secret');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
