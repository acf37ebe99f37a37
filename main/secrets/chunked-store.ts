/**
 * Secrets larger than one keychain entry may hold (Windows Credential Manager: 2,560 bytes) are
 * stored as numbered parts plus a small manifest under the account's own name:
 *
 *   <account>          rc-chunked:v1:<part count>:<sha256 of the whole secret, hex>
 *   <account>#part-1   first bytes of the secret
 *   <account>#part-N   ...
 *
 * Reading answers the whole secret or a `keychain` error naming the account (a missing part or a
 * hash mismatch), never a truncated one. Parts are always written 1..N in order and removed N..1,
 * so whatever an interrupted write or delete leaves behind is a run of parts starting at 1. The
 * next write or delete of that account removes every part up to the old manifest's count (even
 * with a gap someone made behind the app's back) and any run found beyond it: no orphans.
 * One implementation for every backend: the keytar adapter and the in-memory store both wrap it.
 */
import { createHash } from 'node:crypto';
import { AppFailure, appError, fail } from '../../common/errors';
import { MAX_SECRET_BYTES, secretByteLength } from '../../common/secret-limits';
import type { CredentialStore } from './credential-store';

/** Windows Credential Manager's CRED_MAX_CREDENTIAL_BLOB_SIZE (5 × 512 bytes). */
export const WINDOWS_ENTRY_LIMIT_BYTES = 2560;
/** Elsewhere entries can be larger; this keeps ordinary secrets in one entry on every Secret Service. */
export const DEFAULT_ENTRY_LIMIT_BYTES = 4096;
/** Smallest part size accepted (tests lower the limit, but not so far that parts multiply). */
export const MIN_PART_BYTES = 256;
/** A part holds at least partBytes - 3 bytes (a code point is never split), so this bounds any manifest. */
const MAX_PARTS = Math.ceil(MAX_SECRET_BYTES / (MIN_PART_BYTES - 3));

const MANIFEST_PREFIX = 'rc-chunked:v1:';
const MANIFEST_PATTERN = /^rc-chunked:v1:(\d{1,4}):([0-9a-f]{64})$/;
const PART_PATTERN = /#part-\d+$/;

export function entryLimitBytes(platform: NodeJS.Platform = process.platform): number {
  return platform === 'win32' ? WINDOWS_ENTRY_LIMIT_BYTES : DEFAULT_ENTRY_LIMIT_BYTES;
}

export function partAccount(account: string, index: number): string {
  return `${account}#part-${index}`;
}

export function isPartAccount(name: string): boolean {
  return PART_PATTERN.test(name);
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** Splits at code point boundaries so every part is a valid string of at most `partBytes` UTF-8 bytes. */
export function splitSecret(secret: string, partBytes: number): string[] {
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const character of secret) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    if (currentBytes + size > partBytes) {
      parts.push(current);
      current = '';
      currentBytes = 0;
    }
    current += character;
    currentBytes += size;
  }
  if (current !== '' || parts.length === 0) parts.push(current);
  return parts;
}

function damaged(account: string, what: string): AppFailure {
  return new AppFailure(
    appError(
      'keychain',
      `The secret stored in the OS keychain for "${account}" is damaged (${what}), so it was not used. Enter the password or token again to store it whole.`,
    ),
  );
}

/** Runs tasks for the same account one after another, so a read never sees a write half done. */
function createAccountQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(account: string, task: () => Promise<T>): Promise<T> => {
    const run = (tails.get(account) ?? Promise.resolve()).then(task, task);
    const tail = run.catch(() => undefined);
    tails.set(account, tail);
    void tail.then(() => {
      if (tails.get(account) === tail) tails.delete(account);
    });
    return run;
  };
}

/** Makes any raw store refuse entries above `limitBytes`, as Windows Credential Manager does. */
export function limitEntryBytes(raw: CredentialStore, limitBytes: number): CredentialStore {
  return {
    ...raw,
    set: async (account, secret) => {
      const size = secretByteLength(secret);
      if (size > limitBytes) {
        fail('keychain', `The keychain refused an entry of ${size} bytes: it holds at most ${limitBytes} bytes.`);
      }
      await raw.set(account, secret);
    },
  };
}

export function createChunkedStore(raw: CredentialStore, options: { partBytes: number }): CredentialStore {
  const { partBytes } = options;
  if (!Number.isInteger(partBytes) || partBytes < MIN_PART_BYTES) {
    throw new RangeError(`partBytes must be a whole number of at least ${MIN_PART_BYTES}`);
  }
  const queue = createAccountQueue();

  /** Part count named by the manifest now stored for `account` (0 when none): parts a gap would hide from probing. */
  async function storedPartCount(account: string): Promise<number> {
    const match = MANIFEST_PATTERN.exec((await raw.get(account)) ?? '');
    return match ? Math.min(Number(match[1]), MAX_PARTS) : 0;
  }

  /** Removes parts above `keep` up to the old manifest's count and any run beyond it, highest first. */
  async function removePartsAbove(account: string, keep: number, oldCount: number): Promise<boolean> {
    let top = Math.max(keep, oldCount);
    while (top < MAX_PARTS && (await raw.get(partAccount(account, top + 1))) !== null) top += 1;
    let removed = false;
    for (let index = top; index > keep; index -= 1)
      removed = (await raw.delete(partAccount(account, index))) || removed;
    return removed;
  }

  async function readWhole(account: string, manifest: string): Promise<string> {
    const match = MANIFEST_PATTERN.exec(manifest);
    const count = match ? Number(match[1]) : 0;
    if (!match || count < 1 || count > MAX_PARTS) throw damaged(account, 'its part list is unreadable');
    const parts: string[] = [];
    for (let index = 1; index <= count; index += 1) {
      const part = await raw.get(partAccount(account, index));
      if (part === null) throw damaged(account, `part ${index} of ${count} is missing`);
      parts.push(part);
    }
    const whole = parts.join('');
    if (sha256(whole) !== match[2]) throw damaged(account, 'its parts do not match each other');
    return whole;
  }

  async function write(account: string, secret: string): Promise<void> {
    if (isPartAccount(account)) fail('internal', 'That keychain entry name is reserved for parts of a secret.');
    if (secretByteLength(secret) > MAX_SECRET_BYTES) {
      fail(
        'keychain',
        `The secret for "${account}" is larger than ${MAX_SECRET_BYTES / 1024} KiB, the most the keychain holds. Nothing was stored.`,
      );
    }
    const oldCount = await storedPartCount(account);
    // A secret that looks like a manifest is always split, so a stored manifest is never ambiguous.
    if (secretByteLength(secret) <= partBytes && !secret.startsWith(MANIFEST_PREFIX)) {
      await raw.set(account, secret);
      await removePartsAbove(account, 0, oldCount);
      return;
    }
    const parts = splitSecret(secret, partBytes);
    for (const [offset, part] of parts.entries()) await raw.set(partAccount(account, offset + 1), part);
    await raw.set(account, `${MANIFEST_PREFIX}${parts.length}:${sha256(secret)}`);
    await removePartsAbove(account, parts.length, oldCount);
  }

  return {
    description: raw.description,
    get: (account) =>
      queue(account, async () => {
        const stored = await raw.get(account);
        if (stored === null || !stored.startsWith(MANIFEST_PREFIX)) return stored;
        return readWhole(account, stored);
      }),
    set: (account, secret) => queue(account, () => write(account, secret)),
    delete: (account) =>
      queue(account, async () => {
        // Parts first: an interrupted delete leaves a manifest whose next delete finishes the job.
        const hadParts = await removePartsAbove(account, 0, await storedPartCount(account));
        return (await raw.delete(account)) || hadParts;
      }),
    accounts: async () => (await raw.accounts()).filter((name) => !isPartAccount(name)),
  };
}
