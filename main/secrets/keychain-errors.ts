/**
 * Turns whatever the OS keychain threw into a `keychain` AppError that says what to do on this OS.
 * The store's own text is only matched against known phrases (libsecret's GError messages,
 * macOS Security framework strings, Windows FormatMessage text as keytar passes them on); it is
 * never shown, because it can name the entry.
 */
import { AppFailure, appError } from '../../common/errors';

type Platform = NodeJS.Platform;

interface KeychainProblem {
  /** What the store's message looks like. */
  readonly match: RegExp;
  /** What happened and what the user does about it. */
  readonly message: string;
}

const NOT_STORED = 'Nothing was stored or read.';

const LINUX_PROBLEMS: readonly KeychainProblem[] = [
  {
    match: /locked/i,
    message: `Your keyring is locked. ${NOT_STORED} Unlock the "Login" keyring (in Passwords and Keys / Seahorse, or by signing in to the desktop with your password), then try again.`,
  },
  {
    match: /prompt|dismiss|cancel/i,
    message: `The keyring asked to be unlocked and the prompt was dismissed. ${NOT_STORED} Try again and unlock it with your login password.`,
  },
  {
    match: /collection|does not exist at path/i,
    message: `The Secret Service has no default keyring. ${NOT_STORED} Create a "Login" keyring in Passwords and Keys (Seahorse) and set it as default, then try again.`,
  },
];

const MAC_PROBLEMS: readonly KeychainProblem[] = [
  {
    match: /interaction is not allowed|locked/i,
    message: `Your login keychain is locked. ${NOT_STORED} Unlock it in Keychain Access (or sign in to macOS again), then try again.`,
  },
  {
    match: /cancel|denied|not correct|authori[sz]ation|auth failed/i,
    message: `macOS did not allow Reseller Console to use its keychain item. ${NOT_STORED} Try again and choose "Always Allow" when macOS asks (builds that are not signed ask again after every update).`,
  },
  {
    match: /default keychain|no keychain/i,
    message: `macOS has no login keychain for your user. ${NOT_STORED} Create or repair it in Keychain Access, then try again.`,
  },
];

const WINDOWS_PROBLEMS: readonly KeychainProblem[] = [
  {
    match: /stub received bad data/i,
    message: `Windows Credential Manager refused the entry as too large. ${NOT_STORED} Please report this: secrets are split to fit its 2,560-byte limit.`,
  },
  {
    match: /logon session/i,
    message: `Windows Credential Manager is not available in this sign-in session (for example when running as a service or another user). ${NOT_STORED} Run Reseller Console from your own Windows session.`,
  },
];

const PROBLEMS: Partial<Record<Platform, readonly KeychainProblem[]>> = {
  linux: LINUX_PROBLEMS,
  darwin: MAC_PROBLEMS,
  win32: WINDOWS_PROBLEMS,
};

/** What to do when no keychain answers at all (or the store says nothing we recognise). */
export function keychainHelp(platform: Platform = process.platform): string {
  if (platform === 'linux') {
    return 'Install and start a Secret Service provider (for example the gnome-keyring and libsecret-1-0 packages, or KWallet) and unlock it, then restart Reseller Console.';
  }
  if (platform === 'darwin') {
    return 'Unlock your login keychain in Keychain Access and allow Reseller Console to use it when macOS asks, then try again.';
  }
  return 'Make sure Windows Credential Manager is available for your user (open it from the Control Panel), then try again.';
}

const unavailableMessage = (platform: Platform): string =>
  `The OS keychain is not available, so nothing was stored. ${keychainHelp(platform)}`;

/** The user-facing message for a keychain failure whose own text was `storeMessage`. */
export function keychainMessage(storeMessage: string, platform: Platform = process.platform): string {
  const known = (PROBLEMS[platform] ?? []).find((problem) => problem.match.test(storeMessage));
  return known?.message ?? unavailableMessage(platform);
}

/** The failure when no keychain can be reached at all. */
export function keychainUnavailable(platform: Platform = process.platform): AppFailure {
  return new AppFailure(appError('keychain', unavailableMessage(platform)));
}

/** A `keychain` failure for anything a keychain call threw (an AppFailure passes through). */
export function keychainFailure(thrown: unknown, platform: Platform = process.platform): AppFailure {
  if (thrown instanceof AppFailure) return thrown;
  const storeMessage = thrown instanceof Error ? thrown.message : String(thrown);
  return new AppFailure(appError('keychain', keychainMessage(storeMessage, platform)));
}
