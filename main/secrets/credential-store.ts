/**
 * Where secrets live: passwords, API tokens, HostBill refresh tokens and the cache key. The app
 * uses the OS keychain (keytar-store.ts); unit tests use the in-memory store (memory-store.ts). Nothing else ever
 * holds a secret at rest.
 */
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
