/**
 * One set of tests for the chunking layer, run against every backend: the in-memory store with the
 * Windows limit (chunked-store.test.ts) and keytar on a real GNOME Keyring with the same limit
 * (keytar-store.keychain.test.ts). `raw` sees the backend's entries one by one, parts included,
 * so a test can look behind the store or change an entry behind the app's back.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../common/errors';
import { MAX_SECRET_BYTES, secretByteLength } from '../../common/secret-limits';
import { partAccount } from './chunked-store';
import type { CredentialStore } from './credential-store';

export interface ChunkingSubject {
  readonly store: CredentialStore;
  readonly raw: CredentialStore;
  /** The per-entry limit the store was built with. */
  readonly limitBytes: number;
}

/** A 10,000-character API token (base64url, like a long JWT), different on every call. */
export function longToken(length = 10_000): string {
  return randomBytes(length).toString('base64url').slice(0, length);
}

async function rawEntriesOf(raw: CredentialStore, account: string): Promise<Map<string, string>> {
  const entries = new Map<string, string>();
  for (const name of await raw.accounts()) {
    if (name !== account && !name.startsWith(`${account}#`)) continue;
    const value = await raw.get(name);
    if (value !== null) entries.set(name, value);
  }
  return entries;
}

async function failureOf(promise: Promise<unknown>): Promise<{ kind: string; message: string }> {
  const thrown = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  const error = (thrown as { error?: unknown } | null)?.error;
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(thrown)}`);
  return error;
}

export function describeChunking(name: string, subject: () => ChunkingSubject): void {
  describe(`chunked secrets (${name})`, () => {
    const account = () => `${randomUUID()}:api-token`;

    it('saves a 10,000-character token in parts within the limit, reads it back exactly and deletes every part', async () => {
      const { store, raw, limitBytes } = subject();
      const name = account();
      const token = longToken();
      await store.set(name, token);

      const entries = await rawEntriesOf(raw, name);
      const parts = Math.ceil(10_000 / limitBytes);
      expect([...entries.keys()].sort()).toEqual(
        [name, ...Array.from({ length: parts }, (_, i) => partAccount(name, i + 1))].sort(),
      );
      for (const value of entries.values()) expect(secretByteLength(value)).toBeLessThanOrEqual(limitBytes);
      expect(entries.get(name)).not.toContain(token.slice(0, 16));
      expect((await store.accounts()).filter((listed) => listed.startsWith(name))).toEqual([name]);

      expect(await store.get(name)).toBe(token);
      expect(await store.delete(name)).toBe(true);
      expect(await rawEntriesOf(raw, name)).toEqual(new Map());
      expect(await store.get(name)).toBeNull();
      expect(await store.delete(name)).toBe(false);
    });

    it('never splits a character: multi-byte secrets come back byte-exact', async () => {
      const { store, raw, limitBytes } = subject();
      const name = account();
      const secret = 'pässwörd ✓ 密码 😀 '.repeat(400);
      await store.set(name, secret);
      for (const value of (await rawEntriesOf(raw, name)).values()) {
        expect(secretByteLength(value)).toBeLessThanOrEqual(limitBytes);
      }
      expect(Buffer.from((await store.get(name)) ?? '', 'utf8').equals(Buffer.from(secret, 'utf8'))).toBe(true);
      await store.delete(name);
    });

    it('keeps a secret at the limit in one entry', async () => {
      const { store, raw, limitBytes } = subject();
      const name = account();
      const secret = longToken(limitBytes);
      await store.set(name, secret);
      expect([...(await rawEntriesOf(raw, name)).keys()]).toEqual([name]);
      expect(await store.get(name)).toBe(secret);
      await store.delete(name);
    });

    it('a part removed behind the app’s back is a keychain error naming the account, never a shorter secret', async () => {
      const { store, raw } = subject();
      const name = account();
      const token = longToken();
      await store.set(name, token);
      await raw.delete(partAccount(name, 3));

      const error = await failureOf(store.get(name));
      expect(error.kind).toBe('keychain');
      expect(error.message).toContain(name);
      expect(error.message).toMatch(/part 3 of 4 is missing/);
      expect(error.message).not.toContain(token.slice(0, 12));
      // Deleting still removes whatever is left.
      expect(await store.delete(name)).toBe(true);
      expect(await rawEntriesOf(raw, name)).toEqual(new Map());
    });

    it('a part changed behind the app’s back is a keychain error, not a wrong secret', async () => {
      const { store, raw } = subject();
      const name = account();
      await store.set(name, longToken());
      await raw.set(partAccount(name, 2), longToken(100));

      const error = await failureOf(store.get(name));
      expect(error.kind).toBe('keychain');
      expect(error.message).toContain(name);
      expect(error.message).toMatch(/do not match/);
      // Entering the secret again (here an unchunked one) replaces every part.
      await store.set(name, 'short-password');
      expect([...(await rawEntriesOf(raw, name)).keys()]).toEqual([name]);
      await store.delete(name);
    });

    it('a new secret replaces every old part: longer, shorter, unchunked and back', async () => {
      const { store, raw, limitBytes } = subject();
      const name = account();
      const partsOf = async () => [...(await rawEntriesOf(raw, name)).keys()].filter((key) => key !== name).length;

      await store.set(name, longToken(limitBytes * 4 + 1));
      expect(await partsOf()).toBe(5);
      const shorter = longToken(limitBytes * 2);
      await store.set(name, shorter);
      expect(await partsOf()).toBe(2);
      expect(await store.get(name)).toBe(shorter);
      await store.set(name, 'short-password');
      expect(await partsOf()).toBe(0);
      expect(await store.get(name)).toBe('short-password');
      const longer = longToken();
      await store.set(name, longer);
      expect(await store.get(name)).toBe(longer);
      await store.delete(name);
      expect(await rawEntriesOf(raw, name)).toEqual(new Map());
    });

    it('parts left by an interrupted write are removed by the next write', async () => {
      const { store, raw } = subject();
      const name = account();
      // Parts 1..3 written, then the app stopped before the manifest.
      for (const index of [1, 2, 3]) await raw.set(partAccount(name, index), longToken(50));
      await store.set(name, 'short-password');
      expect([...(await rawEntriesOf(raw, name)).keys()]).toEqual([name]);
      expect(await store.get(name)).toBe('short-password');
      await store.delete(name);
    });

    it('stores a secret that looks like a manifest as itself', async () => {
      const { store } = subject();
      const name = account();
      const lookalike = `rc-chunked:v1:2:${'0'.repeat(64)}`;
      await store.set(name, lookalike);
      expect(await store.get(name)).toBe(lookalike);
      await store.delete(name);
    });

    it('refuses a secret above 16 KiB with a keychain error and stores nothing', async () => {
      const { store, raw } = subject();
      const name = account();
      const error = await failureOf(store.set(name, longToken(MAX_SECRET_BYTES + 1)));
      expect(error.kind).toBe('keychain');
      expect(await rawEntriesOf(raw, name)).toEqual(new Map());
      await store.set(name, longToken(MAX_SECRET_BYTES));
      expect(await store.get(name)).toHaveLength(MAX_SECRET_BYTES);
      await store.delete(name);
    });
  });
}
