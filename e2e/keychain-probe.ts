/**
 * Reads this app's entries from the real keychain in a child process. keytar's FindCredentials on
 * Linux passes a NULL secret to strdup when an item is deleted between the search and the read
 * (keytar_posix.cc, FindCredentials), which kills the whole process with SIGSEGV. Other workers
 * share the keyring and delete entries all the time, so the listing runs where a crash costs one
 * retry instead of the Playwright worker.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { KEYCHAIN_SERVICE } from '../main/secrets/credential-store';

const run = promisify(execFile);

const LIST_SCRIPT = `
const keytar = require('keytar');
keytar.findCredentials(process.argv[1]).then(
  (entries) => process.stdout.write(JSON.stringify(entries)),
  (error) => { process.stderr.write(String(error)); process.exit(2); },
);`;

export interface KeychainEntry {
  readonly account: string;
  readonly password: string;
}

/** Every entry of this app's keychain service; retried when a concurrent delete spoils a listing. */
export async function keychainEntries(attempts = 5): Promise<KeychainEntry[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const { stdout } = await run(process.execPath, ['-e', LIST_SCRIPT, KEYCHAIN_SERVICE], { cwd: process.cwd() });
      return JSON.parse(stdout) as KeychainEntry[];
    } catch (thrown) {
      // A crash (signal) or "No such secret item" is the race above; anything else is a real failure.
      const failure = thrown as { signal?: string | null; stderr?: string };
      const raced = failure.signal === 'SIGSEGV' || String(failure.stderr ?? '').includes('No such secret item');
      if (attempt >= attempts || !raced) throw thrown;
    }
  }
}

/** Keychain account names whose secret is exactly `secret`. */
export async function keychainEntriesHolding(secret: string): Promise<string[]> {
  return (await keychainEntries()).filter((entry) => entry.password === secret).map((entry) => entry.account);
}
