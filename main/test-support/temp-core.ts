/** A real core (encrypted SQLite in a temp dir) with the in-memory credential store, for unit tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelName, ResultOf } from '../../common/contract';
import type { Result } from '../../common/result';
import { createAppCore, type AppCore } from '../core';
import { silentLogger } from '../logger';
import { type CredentialStore } from '../secrets/credential-store';
import { createMemoryCredentialStore } from '../secrets/memory-store';
import type { StartDemoSandbox } from '../services/demo-service';

export interface TempCore {
  readonly core: AppCore;
  readonly dataDir: string;
  readonly secrets: CredentialStore;
  call<C extends ChannelName>(channel: C, args?: unknown): Promise<Result<ResultOf<C>>>;
  /** Unwraps a successful call; fails the test with the error otherwise. */
  value<C extends ChannelName>(channel: C, args?: unknown): Promise<ResultOf<C>>;
  dispose(): Promise<void>;
}

export async function createTempCore(
  options: { secrets?: CredentialStore; dataDir?: string; startDemoSandbox?: StartDemoSandbox } = {},
): Promise<TempCore> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'rc-core-'));
  const secrets = options.secrets ?? createMemoryCredentialStore();
  const core = await createAppCore({
    dataDir,
    secrets,
    fetch: (url, init) => fetch(url, init),
    host: 'browser',
    version: '0.0.0-test',
    logger: silentLogger,
    startDemoSandbox: options.startDemoSandbox ?? (async () => (await import('../../sandbox/demo')).startDemoSandbox()),
  });
  const call = <C extends ChannelName>(channel: C, args?: unknown) =>
    core.dispatch(channel, args) as Promise<Result<ResultOf<C>>>;
  return {
    core,
    dataDir,
    secrets,
    call,
    async value(channel, args) {
      const result = await call(channel, args);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.kind}: ${result.error.message}`);
      return result.value;
    },
    async dispose() {
      await core.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
