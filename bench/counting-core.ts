/**
 * A real app core for the benches (temp data dir, in-memory keychain, Node's fetch) whose fetch
 * counts the requests in flight, so a bench can report the concurrency the app really used.
 */
import { createAppCore, type AppCore } from '../main/core';
import { silentLogger } from '../main/logger';
import { createMemoryCredentialStore } from '../main/secrets/memory-store';

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
