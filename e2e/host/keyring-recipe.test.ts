/**
 * Issue 8 item 4: the README's headless recipe (`scripts/with-keyring.sh … --data-dir DIR`) keeps its
 * keyring next to the data dir, so the cache key, and with it the cache, survives a restart.
 * Runs the real script: D-Bus, GNOME Keyring and keytar, each run a fresh session.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const script = join(mkdtempSync(join(tmpdir(), 'rc-keyring-script-')), 'probe.mjs');
writeFileSync(
  script,
  `import { createRequire } from 'node:module';
   const keytar = createRequire(${JSON.stringify(join(ROOT, 'package.json'))})('keytar');
   const [mode] = process.argv.slice(2);
   if (mode === 'set') await keytar.setPassword('rc-recipe-test', 'cache-key', 'kept-123');
   console.log('value=' + (await keytar.getPassword('rc-recipe-test', 'cache-key')));`,
);

function run(mode: 'set' | 'get', extra: string[], env: Record<string, string> = {}) {
  const child = spawnSync('bash', [join(ROOT, 'scripts/with-keyring.sh'), process.execPath, script, mode, ...extra], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, RC_KEYRING_READY: '', RC_KEYRING_DIR: '', ...env },
  });
  expect(child.status, child.stderr).toBe(0);
  return /value=(.*)/.exec(child.stdout)?.[1];
}

describe('with-keyring.sh', () => {
  it('keeps the keyring in <data-dir>/keyring across runs when given --data-dir', () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'rc-recipe-')), 'data');
    expect(run('set', ['--data-dir', dataDir])).toBe('kept-123');
    expect(existsSync(join(dataDir, 'keyring'))).toBe(true);
    expect(run('get', [`--data-dir=${dataDir}`])).toBe('kept-123');
  });

  it('uses RC_KEYRING_DIR when set, and a throwaway keyring otherwise', () => {
    const keyringDir = mkdtempSync(join(tmpdir(), 'rc-recipe-keyring-'));
    expect(run('set', [], { RC_KEYRING_DIR: keyringDir })).toBe('kept-123');
    expect(run('get', [], { RC_KEYRING_DIR: keyringDir })).toBe('kept-123');
    expect(run('get', [])).toBe('null');
  });
});
