/**
 * The cache key: 32 random bytes made on first run and kept only in the keychain, under an
 * account namespaced by this data dir's install id (several data dirs can share one keychain).
 * Also the data dir's and the cache file's permissions (the user's alone).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CacheNotice } from '../../common/models/cached';
import type { CredentialStore } from '../secrets/credential-store';

export const CACHE_FILE = 'cache.db';
const ASIDE_PREFIX = `${CACHE_FILE}.unreadable-`;

/** Creates the data dir readable by the user only (0700). */
export function ensureDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
}

export function installId(dataDir: string): string {
  ensureDataDir(dataDir);
  const file = join(dataDir, 'install-id');
  if (existsSync(file)) {
    const id = readFileSync(file, 'utf8').trim();
    if (/^[0-9a-f-]{36}$/.test(id)) return id;
  }
  const id = randomUUID();
  writeFileSync(file, id, { mode: 0o600 });
  return id;
}

export function cacheKeyAccount(dataDir: string): string {
  return `${installId(dataDir)}:cache-key`;
}

/**
 * Creates the cache file 0600 before SQLite opens it (its WAL and SHM then take the same mode) and
 * tightens files an older version left 0644.
 */
export function secureCacheFiles(dataDir: string): void {
  const cacheFile = join(dataDir, CACHE_FILE);
  if (!existsSync(cacheFile)) writeFileSync(cacheFile, '', { mode: 0o600 });
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(cacheFile + suffix)) chmodSync(cacheFile + suffix, 0o600);
  }
}

/**
 * Returns the key, creating it when this data dir has none. A cache file whose key is gone from the
 * keychain cannot be read by anyone: it is moved aside (not deleted) and a new one is started.
 */
export async function loadOrCreateCacheKey(store: CredentialStore, dataDir: string): Promise<string> {
  return (await loadCacheKey(store, dataDir, () => false)).keyHex;
}

export interface LoadedCacheKey {
  readonly keyHex: string;
  /** What happened to the cache file on the way, for the first screen and the log; null when nothing. */
  readonly notice: CacheNotice | null;
}

/**
 * The key plus what it meant for the cache file:
 * - no key in the keychain: the unreadable cache is moved aside and the user is told where;
 * - a key that does not open cache.db but opens a file moved aside earlier (the keychain entry came
 *   back): that file is put back as the cache and the newer one moved aside instead.
 * `opens(path, keyHex)` tries the key on a file (the database layer knows how).
 */
export async function loadCacheKey(
  store: CredentialStore,
  dataDir: string,
  opens: (path: string, keyHex: string) => boolean,
): Promise<LoadedCacheKey> {
  const account = cacheKeyAccount(dataDir);
  const cacheFile = join(dataDir, CACHE_FILE);
  const existing = await store.get(account);
  if (existing && /^[0-9a-f]{64}$/.test(existing)) {
    return { keyHex: existing, notice: restoreIfKeyReturned(dataDir, existing, opens) };
  }
  let notice: CacheNotice | null = null;
  if (existsSync(cacheFile) && !isEmptyFile(cacheFile)) {
    const aside = moveAside(dataDir);
    notice = {
      kind: 'cache-moved-aside',
      file: aside,
      message:
        `The key to the local cache is no longer in the ${store.description}, so the cache could not ` +
        `be read and the app started with an empty one. The old cache was kept as ${aside}: if the keychain ` +
        'entry comes back (the same keyring is unlocked or restored), the app opens it again at the next start. ' +
        'Until then, add your accounts again to work with an empty cache.',
    };
  }
  const key = randomBytes(32).toString('hex');
  await store.set(account, key);
  return { keyHex: key, notice };
}

function isEmptyFile(path: string): boolean {
  return readFileSync(path).length === 0;
}

function moveAside(dataDir: string): string {
  const aside = join(dataDir, `${ASIDE_PREFIX}${Date.now()}`);
  const cacheFile = join(dataDir, CACHE_FILE);
  renameSync(cacheFile, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(cacheFile + suffix)) renameSync(cacheFile + suffix, aside + suffix);
  }
  return aside;
}

function restoreIfKeyReturned(
  dataDir: string,
  keyHex: string,
  opens: (path: string, keyHex: string) => boolean,
): CacheNotice | null {
  const cacheFile = join(dataDir, CACHE_FILE);
  if (!existsSync(cacheFile) || isEmptyFile(cacheFile) || opens(cacheFile, keyHex)) return null;
  const candidates = readdirSync(dataDir)
    .filter((name) => name.startsWith(ASIDE_PREFIX) && /^\d+$/.test(name.slice(ASIDE_PREFIX.length)))
    .sort()
    .reverse();
  const match = candidates.find((name) => opens(join(dataDir, name), keyHex));
  if (!match) return null;
  const restored = join(dataDir, match);
  const aside = moveAside(dataDir);
  renameSync(restored, cacheFile);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(restored + suffix)) renameSync(restored + suffix, cacheFile + suffix);
  }
  return {
    kind: 'cache-restored',
    file: aside,
    message:
      `The keychain has the key to an earlier cache again, so that cache was opened. The cache used since then ` +
      `was kept as ${aside}.`,
  };
}
