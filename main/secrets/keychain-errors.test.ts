import { describe, expect, it } from 'vitest';
import { AppFailure, appError } from '../../common/errors';
import { keychainFailure, keychainMessage } from './keychain-errors';

// Messages as each OS's keychain reports them through keytar (libsecret GError text, macOS
// SecCopyErrorMessageString, Windows FormatMessage); the Linux ones were seen on GNOME Keyring here.
const CASES: readonly [NodeJS.Platform, string, RegExp][] = [
  ['linux', 'Cannot create an item in a locked collection', /keyring is locked.*Unlock the "Login" keyring/],
  ['linux', 'Object does not exist at path “/org/freedesktop/secrets/collection/login”', /no default keyring/],
  ['linux', 'Prompt dismissed', /prompt was dismissed/],
  ['linux', 'Could not connect: No such file or directory', /not available.*Secret Service provider/],
  ['darwin', 'User interaction is not allowed.', /login keychain is locked.*Unlock it in Keychain Access/],
  ['darwin', 'User canceled the operation.', /Always Allow.*not signed/],
  ['darwin', 'The user name or passphrase you entered is not correct.', /did not allow/],
  ['darwin', 'A default keychain could not be found.', /no login keychain/],
  ['darwin', 'Something new', /not available.*Keychain Access/],
  ['win32', 'The stub received bad data.', /Credential Manager refused the entry as too large/],
  ['win32', 'A specified logon session does not exist. It may already have been terminated.', /this sign-in session/],
  ['win32', 'Element not found.', /not available.*Windows Credential Manager/],
];

describe('keychain error messages', () => {
  it.each(CASES)('%s: "%s" tells the user what to do', (platform, storeMessage, expected) => {
    expect(keychainMessage(storeMessage, platform)).toMatch(expected);
  });

  it('messages of one OS never leak to another', () => {
    expect(keychainMessage('Cannot create an item in a locked collection', 'win32')).not.toMatch(/keyring/);
    expect(keychainMessage('User interaction is not allowed.', 'linux')).toMatch(/Secret Service/);
  });

  it('keeps the store’s own text (which can name the entry) out of the error', () => {
    const failure = keychainFailure(
      new Error('Cannot create an item in a locked collection: profile-1:password'),
      'linux',
    );
    expect(failure.error.kind).toBe('keychain');
    expect(failure.error.message).not.toContain('profile-1');
  });

  it('passes an AppFailure through unchanged', () => {
    const original = new AppFailure(appError('keychain', 'already explained'));
    expect(keychainFailure(original, 'linux')).toBe(original);
  });
});
