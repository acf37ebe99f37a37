/**
 * The cache key: 32 random bytes made on first run and kept only in the keychain, under an
 * account namespaced by this data dir's install id (several data dirs can share one keychain).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CredentialStore } from '../secrets/credential-store';

export const CACHE_FILE = 'cache.db';

export function installId(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
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
 * Returns the key, creating it when this data dir has none. A cache file whose key is gone from the
 * keychain cannot be read by anyone: it is moved aside (not deleted) and a new one is started.
 */
export async function loadOrCreateCacheKey(store: CredentialStore, dataDir: string): Promise<string> {
  const account = cacheKeyAccount(dataDir);
  const existing = await store.get(account);
  if (existing && /^[0-9a-f]{64}$/.test(existing)) return existing;
  const cacheFile = join(dataDir, CACHE_FILE);
  if (existsSync(cacheFile)) renameSync(cacheFile, `${cacheFile}.unreadable-${Date.now()}`);
  const key = randomBytes(32).toString('hex');
  await store.set(account, key);
  return key;
}
