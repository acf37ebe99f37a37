import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A real Node process: without the guards it exits on the first unhandled rejection. */
function runScript(withGuards: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'rc-guards-'));
  const script = join(dir, 'script.ts');
  const guards = resolve(import.meta.dirname, 'process-guards.ts');
  const logger = resolve(import.meta.dirname, 'logger.ts');
  writeFileSync(
    script,
    `import { installProcessGuards } from ${JSON.stringify(guards)};
     import { createConsoleLogger } from ${JSON.stringify(logger)};
     if (${withGuards}) installProcessGuards(createConsoleLogger((line) => console.log(line)));
     void Promise.reject(new TypeError('password=hunter2 leaked?'));
     setTimeout(() => { throw new RangeError('token=abc'); }, 10);
     setTimeout(() => console.log('still alive'), 50);`,
  );
  return spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 15_000 });
}

describe('process guards', () => {
  it('log an unhandled rejection and an uncaught exception and keep the process running', () => {
    const run = runScript(true);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/error \[process\] unhandled rejection: TypeError/);
    expect(run.stdout).toMatch(/error \[process\] uncaught exception: RangeError/);
    expect(run.stdout).toContain('still alive');
    // Messages can hold secrets: only the error's name and where it came from are logged.
    expect(run.stdout).not.toContain('hunter2');
    expect(run.stdout).not.toContain('token=abc');
  });

  it('are what keeps it alive (without them Node exits)', () => {
    const run = runScript(false);
    expect(run.status).not.toBe(0);
    expect(run.stdout).not.toContain('still alive');
  });
});
