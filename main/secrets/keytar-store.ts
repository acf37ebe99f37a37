/**
 * The OS keychain through keytar: Keychain on macOS, Credential Manager on Windows, the Secret
 * Service (GNOME Keyring, KWallet) on Linux. Secrets larger than one entry may hold are split into
 * parts (chunked-store.ts). When the keychain fails, every call fails with a `keychain` AppError
 * that says what to do on this OS (keychain-errors.ts); there is deliberately no plaintext fallback.
 * keytar is archived upstream and kept behind the CredentialStore port: docs/decisions/0006-keytar.md.
 */
import { createRequire } from 'node:module';
import { createChunkedStore, entryLimitBytes, limitEntryBytes } from './chunked-store';
import { KEYCHAIN_SERVICE, type CredentialStore } from './credential-store';
import { keychainFailure, keychainUnavailable } from './keychain-errors';

import type * as KeytarModule from 'keytar';

type Keytar = typeof KeytarModule;

export interface KeytarStoreOptions {
  /** Largest entry in UTF-8 bytes; larger secrets are split. Defaults to this OS's limit (2,560 on Windows). */
  readonly entryLimitBytes?: number;
  /** Which OS's error messages to give (tests only). */
  readonly platform?: NodeJS.Platform;
}

/** keytar itself, one entry per call, failures turned into `keychain` errors. */
export function createRawKeytarStore(
  service: string = KEYCHAIN_SERVICE,
  platform: NodeJS.Platform = process.platform,
): CredentialStore {
  let keytar: Keytar | null = null;
  const load = (): Keytar => {
    try {
      keytar ??= createRequire(import.meta.url)('keytar') as Keytar;
      return keytar;
    } catch {
      // The native module or libsecret is missing: nothing to classify.
      throw keychainUnavailable(platform);
    }
  };
  // keytar's own error text can name the account; it is only classified, never passed on.
  const guarded = async <T>(operation: (k: Keytar) => Promise<T>): Promise<T> => {
    try {
      return await operation(load());
    } catch (thrown) {
      throw keychainFailure(thrown, platform);
    }
  };
  return {
    description: `OS keychain (service "${service}")`,
    get: (account) => guarded((k) => k.getPassword(service, account)),
    set: (account, secret) => guarded((k) => k.setPassword(service, account, secret)),
    delete: (account) => guarded((k) => k.deletePassword(service, account)),
    // Listing is for tests and diagnostics only: on Linux keytar's FindCredentials crashes the process
    // (strdup of a NULL secret) when another process deletes an entry mid-listing. See e2e/keychain-probe.ts.
    accounts: () => guarded(async (k) => (await k.findCredentials(service)).map((entry) => entry.account)),
  };
}

export function createKeytarStore(
  service: string = KEYCHAIN_SERVICE,
  options: KeytarStoreOptions = {},
): CredentialStore {
  const platform = options.platform ?? process.platform;
  const limit = options.entryLimitBytes ?? entryLimitBytes(platform);
  // The limit is enforced here too, so an oversized entry fails with our message, not Windows' "bad data".
  return createChunkedStore(limitEntryBytes(createRawKeytarStore(service, platform), limit), { partBytes: limit });
}
