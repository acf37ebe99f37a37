/**
 * Where secrets live: passwords, API tokens, HostBill refresh tokens and the cache key. The app
 * uses the OS keychain (keytar-store.ts); unit tests use the in-memory store. Nothing else ever
 * holds a secret at rest.
 */
import { createChunkedStore, entryLimitBytes, limitEntryBytes } from './chunked-store';

export interface CredentialStore {
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  /** True when something was deleted. */
  delete(account: string): Promise<boolean>;
  /** Every account name stored under this app's service (for clean-up checks). */
  accounts(): Promise<string[]>;
  /** Human-readable name of the backend, for the About panel. */
  readonly description: string;
}

/** The keychain "service" under which every entry of the app is stored. */
export const KEYCHAIN_SERVICE = 'com.resellerconsole.app';

export const SECRET_KINDS = ['password', 'api-token', 'refresh-token'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

/** Keychain account name of one profile's secret: `<profileId>:<secretKind>`. */
export function secretAccount(profileId: string, kind: SecretKind): string {
  return `${profileId}:${kind}`;
}

export interface MemoryStoreOptions {
  /** Refuse entries above this many UTF-8 bytes, as Windows Credential Manager does (2,560); secrets are split to fit. */
  readonly entryLimitBytes?: number;
  /** The raw entries (manifests and parts included), for tests that look behind the store. */
  readonly entries?: Map<string, string>;
}

/** The store unit tests use: the same chunking as the keychain, over a Map. */
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
