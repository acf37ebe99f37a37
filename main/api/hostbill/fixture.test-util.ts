/**
 * Test-only: a HostBill client wired to a fresh simulator on port 0, with a fetch that records every
 * request and a fake sleep that records the waits the HTTP layer asked for (no real backoff in tests).
 */
import { startHostbillSandbox, type HostbillSandboxOptions } from '../../../sandbox/hostbill/server';
import { createHttpClient } from '../http';
import { createHostbillAuth, type HostbillAuthMethod } from './auth';
import { memoryTokenStore } from './check';
import { createHostbillClient } from './client';

export interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly status: number | 'failed';
}

export async function hostbillFixture(
  options: {
    sandbox?: HostbillSandboxOptions;
    method?: HostbillAuthMethod;
    clock?: () => number;
    refreshToken?: string | null;
  } = {},
) {
  const sandbox = await startHostbillSandbox({ vmActionSeconds: 0.2, size: { invoices: 30 }, ...options.sandbox });
  const requests: Recorded[] = [];
  const sleeps: number[] = [];
  let beforeFetch: ((method: string, path: string) => void) | null = null;
  const recordingFetch = async (url: string, init: RequestInit): Promise<Response> => {
    const method = init.method ?? 'GET';
    const path = new URL(url).pathname.replace(/^\/api/, '');
    beforeFetch?.(method, path);
    try {
      const response = await fetch(url, init);
      requests.push({ method, path, status: response.status });
      return response;
    } catch (thrown) {
      requests.push({ method, path, status: 'failed' });
      throw thrown;
    }
  };
  const http = createHttpClient({
    fetch: recordingFetch,
    timeoutMs: 3_000,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  const store = memoryTokenStore(options.refreshToken ?? null);
  const credentials = { username: sandbox.demo.username, password: sandbox.demo.password };
  const makeAuth = (method: HostbillAuthMethod = options.method ?? 'jwt', password = credentials.password) =>
    createHostbillAuth({
      baseUrl: sandbox.url,
      http,
      tokenStore: store,
      credentials: { ...credentials, password },
      method,
      ...(options.clock ? { clock: options.clock } : {}),
    });
  const auth = makeAuth();
  const client = createHostbillClient({ baseUrl: sandbox.url, http, auth });
  return {
    sandbox,
    http,
    store,
    auth,
    client,
    makeAuth,
    requests,
    sleeps,
    credentials,
    /** Runs before each request leaves (e.g. expire tokens at a precise moment). */
    onFetch(hook: ((method: string, path: string) => void) | null) {
      beforeFetch = hook;
    },
    count: (method: string, path: string | RegExp) =>
      requests.filter((r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)))
        .length,
    close: () => sandbox.close(),
  };
}

export type HostbillFixture = Awaited<ReturnType<typeof hostbillFixture>>;
