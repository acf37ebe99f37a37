/**
 * The OS keychain through keytar: Keychain on macOS, Credential Manager on Windows, the Secret
 * Service (GNOME Keyring, KWallet) on Linux. When no keychain answers, every call fails with a
 * `keychain` AppError that says what to install; there is deliberately no plaintext fallback.
 */
import { createRequire } from 'node:module';
import { AppFailure, appError } from '../../common/errors';
import { KEYCHAIN_SERVICE, type CredentialStore } from './credential-store';

import type * as KeytarModule from 'keytar';

type Keytar = typeof KeytarModule;

export function keychainHelp(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'linux') {
    return 'Install and start a Secret Service provider (for example the gnome-keyring and libsecret-1-0 packages, or KWallet) and unlock it, then restart Reseller Console.';
  }
  if (platform === 'darwin') return 'Unlock your login keychain in Keychain Access, then try again.';
  return 'Make sure Windows Credential Manager is available for your user, then try again.';
}

function keychainFailure(): AppFailure {
  return new AppFailure(
    appError('keychain', `The OS keychain is not available, so nothing was stored. ${keychainHelp()}`),
  );
}

export function createKeytarStore(service: string = KEYCHAIN_SERVICE): CredentialStore {
  let keytar: Keytar | null = null;
  const load = (): Keytar => {
    if (keytar) return keytar;
    try {
      keytar = createRequire(import.meta.url)('keytar') as Keytar;
      return keytar;
    } catch {
      throw keychainFailure();
    }
  };
  // keytar's own error text can name the account; it is replaced, never passed on.
  const guarded = async <T>(operation: (k: Keytar) => Promise<T>): Promise<T> => {
    try {
      return await operation(load());
    } catch (thrown) {
      if (thrown instanceof AppFailure) throw thrown;
      throw keychainFailure();
    }
  };
  return {
    description: `OS keychain (service "${service}")`,
    get: (account) => guarded((k) => k.getPassword(service, account)),
    set: (account, secret) => guarded((k) => k.setPassword(service, account, secret)),
    delete: (account) => guarded((k) => k.deletePassword(service, account)),
    accounts: () => guarded(async (k) => (await k.findCredentials(service)).map((entry) => entry.account)),
  };
}
