import { describe, expect, it } from 'vitest';
import { secretByteLength } from '../../common/secret-limits';
import { describeChunking, longToken } from './chunked-store.contract';
import {
  WINDOWS_ENTRY_LIMIT_BYTES,
  createChunkedStore,
  entryLimitBytes,
  limitEntryBytes,
  splitSecret,
} from './chunked-store';
import { type CredentialStore } from './credential-store';
import { createMemoryCredentialStore } from './memory-store';

/** A view of the memory store's Map, one entry at a time, as the raw backend sees it. */
function rawView(entries: Map<string, string>): CredentialStore {
  return {
    description: 'raw entries',
    get: async (account) => entries.get(account) ?? null,
    set: async (account, secret) => void entries.set(account, secret),
    delete: async (account) => entries.delete(account),
    accounts: async () => [...entries.keys()],
  };
}

describeChunking('in-memory store with the Windows limit', () => {
  const entries = new Map<string, string>();
  return {
    store: createMemoryCredentialStore({ entryLimitBytes: WINDOWS_ENTRY_LIMIT_BYTES, entries }),
    raw: rawView(entries),
    limitBytes: WINDOWS_ENTRY_LIMIT_BYTES,
  };
});

describe('chunking details', () => {
  it('uses the Windows Credential Manager limit on Windows and a larger one elsewhere', () => {
    expect(entryLimitBytes('win32')).toBe(2560);
    expect(entryLimitBytes('darwin')).toBeGreaterThan(2560);
    expect(entryLimitBytes('linux')).toBeGreaterThan(2560);
  });

  it('splits at code point boundaries into parts of at most the limit', () => {
    const secret = `${'a'.repeat(255)}😀${'é'.repeat(300)}`;
    const parts = splitSecret(secret, 256);
    expect(parts.join('')).toBe(secret);
    expect(parts[0]).toBe('a'.repeat(255));
    for (const part of parts) expect(secretByteLength(part)).toBeLessThanOrEqual(256);
  });

  it('the limited backend refuses an oversized entry like Windows does, without the secret in the message', async () => {
    const raw = limitEntryBytes(rawView(new Map()), 2560);
    const token = longToken(2561);
    const thrown = await raw.set('a', token).then(
      () => null,
      (error: { error: { kind: string; message: string } }) => error.error,
    );
    expect(thrown?.kind).toBe('keychain');
    expect(thrown?.message).not.toContain(token.slice(0, 10));
  });

  it('a read while a longer secret is being written sees the old or the new secret, never a mix', async () => {
    const entries = new Map<string, string>();
    const plain = rawView(entries);
    let readDuringWrite: Promise<string | null> | null = null;
    let armed = false;
    // Starts a read right after the new first part landed, while the old manifest is still stored.
    const raw: CredentialStore = {
      ...plain,
      set: async (account, secret) => {
        await plain.set(account, secret);
        if (armed && account.endsWith('#part-1')) {
          armed = false;
          readDuringWrite = store.get('profile:api-token');
        }
      },
    };
    const store = createChunkedStore(raw, { partBytes: WINDOWS_ENTRY_LIMIT_BYTES });
    const first = longToken();
    const second = longToken(12_000);
    await store.set('profile:api-token', first);
    armed = true;
    await store.set('profile:api-token', second);
    expect(readDuringWrite).not.toBeNull();
    expect([first, second]).toContain(await readDuringWrite);
    expect(await store.get('profile:api-token')).toBe(second);
  });

  it('lists accounts without their parts', async () => {
    const store = createMemoryCredentialStore({ entryLimitBytes: WINDOWS_ENTRY_LIMIT_BYTES });
    await store.set('p1:password', longToken());
    await store.set('p2:password', 'short');
    expect((await store.accounts()).sort()).toEqual(['p1:password', 'p2:password']);
  });

  it('refuses part sizes too small to bound the number of parts', () => {
    expect(() => createChunkedStore(rawView(new Map()), { partBytes: 10 })).toThrow(RangeError);
  });
});
