/**
 * A real app core for the benches (temp data dir, in-memory keychain, Node's fetch) whose fetch
 * counts the requests in flight, so a bench can report the concurrency the app really used.
 */
import type { Result } from '../common/result';
import { createAppCore, type AppCore } from '../main/core';
import { silentLogger } from '../main/logger';
import { createMemoryCredentialStore } from '../main/secrets/memory-store';
import type { HostbillSandbox } from '../sandbox/hostbill/server';

export interface CountingCore {
  readonly core: AppCore;
  /** The most requests in flight at once since the last reset. */
  peak(): number;
  resetPeak(): void;
}

export async function createCountingCore(dataDir: string): Promise<CountingCore> {
  let inFlight = 0;
  let peak = 0;
  const core = await createAppCore({
    dataDir,
    secrets: createMemoryCredentialStore(),
    fetch: async (url, init) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      try {
        return await fetch(url, init);
      } finally {
        inFlight -= 1;
      }
    },
    host: 'browser',
    version: 'bench',
    logger: silentLogger,
    startDemoSandbox: () => Promise.reject(new Error('no demo in the bench')),
  });
  return { core, peak: () => peak, resetPeak: () => void (peak = 0) };
}

/** One channel call through the core's dispatcher; a failed Result stops the bench with its error. */
export async function value<T>(core: AppCore, channel: string, args: unknown): Promise<T> {
  const result = (await core.dispatch(channel, args)) as Result<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

/** The simulator's demo user as a JWT HostBill account of the core; answers its id. */
export async function addAccount(core: AppCore, sandbox: HostbillSandbox): Promise<string> {
  const account = await value<{ id: string }>(core, 'accounts.add', {
    kind: 'hostbill',
    label: 'Bench portal',
    baseUrl: sandbox.url,
    authMethod: 'jwt',
    username: sandbox.demo.username,
    secret: sandbox.demo.password,
  });
  await value(core, 'settings.set', { activeAccountId: account.id });
  return account.id;
}
