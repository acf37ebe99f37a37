/** The store unit tests use: the same chunking as the keychain, over a Map. */
import { createChunkedStore, entryLimitBytes, limitEntryBytes } from './chunked-store';
import type { CredentialStore } from './credential-store';

export interface MemoryStoreOptions {
  /** Refuse entries above this many UTF-8 bytes, as Windows Credential Manager does (2,560); secrets are split to fit. */
  readonly entryLimitBytes?: number;
  /** The raw entries (manifests and parts included), for tests that look behind the store. */
  readonly entries?: Map<string, string>;
}

export function createMemoryCredentialStore(options: MemoryStoreOptions = {}): CredentialStore {
  const entries = options.entries ?? new Map<string, string>();
  const raw: CredentialStore = {
    description: 'in-memory (tests only)',
    get: async (account) => entries.get(account) ?? null,
    set: async (account, secret) => void entries.set(account, secret),
    delete: async (account) => entries.delete(account),
    accounts: async () => [...entries.keys()],
  };
  const limit = options.entryLimitBytes;
  if (limit === undefined) return createChunkedStore(raw, { partBytes: entryLimitBytes() });
  return createChunkedStore(limitEntryBytes(raw, limit), { partBytes: limit });
}
