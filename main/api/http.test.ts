import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../common/errors';
import { startSandboxServer, type SandboxServer } from '../../sandbox/server-kit';
import { createHttpClient, retryAfterMs } from './http';

describe('HTTP layer', () => {
  let server: SandboxServer;
  let hits: string[];
  const waits: number[] = [];
  const http = () =>
    createHttpClient({
      fetch: (url, init) => fetch(url, init),
      sleep: async (ms) => void waits.push(ms),
      random: () => 0.5,
      timeoutMs: 1_000,
    });

  beforeEach(async () => {
    hits = [];
    waits.length = 0;
    server = await startSandboxServer({
      handler: (request) => {
        hits.push(`${request.method} ${request.path}`);
        if (request.path === '/slow')
          return new Promise((resolve) => setTimeout(() => resolve({ status: 200, body: {} }), 3_000));
        return { status: request.method === 'POST' ? 201 : 200, body: { ok: true } };
      },
    });
  });
  afterEach(async () => server.close());

  it('honours Retry-After on 429 and then succeeds', async () => {
    server.faults.add({ fault: { kind: 'rate-limit', retryAfterSeconds: 2 }, method: 'GET', times: 1 });
    const response = await http().send({ method: 'GET', url: `${server.url}/things` });
    expect(response.status).toBe(200);
    expect(response.attempts).toBe(2);
    expect(waits).toEqual([2_000]);
  });

  it('retries a dropped GET but never a POST', async () => {
    server.faults.add({ fault: { kind: 'drop' }, times: 1 });
    expect((await http().send({ method: 'GET', url: `${server.url}/things` })).attempts).toBe(2);

    server.faults.add({ fault: { kind: 'drop-after' }, method: 'POST', times: 1 });
    const failure = await http()
      .send({ method: 'POST', url: `${server.url}/things`, body: '{}' })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).error).toMatchObject({
      kind: 'network',
      message: expect.stringContaining('may or may not have been carried out'),
    });
    expect(hits.filter((hit) => hit.startsWith('POST'))).toHaveLength(1);
  });

  it('repeats a POST after a 429 (the server did nothing), honouring Retry-After', async () => {
    server.faults.add({ fault: { kind: 'rate-limit', retryAfterSeconds: 1 }, method: 'POST', times: 1 });
    const response = await http().send({ method: 'POST', url: `${server.url}/things`, body: '{}' });
    expect(response).toMatchObject({ status: 201, attempts: 2 });
    expect(waits).toEqual([1_000]);
    // The throttled attempt never reached the handler: the POST was carried out exactly once.
    expect(hits.filter((hit) => hit.startsWith('POST'))).toHaveLength(1);
  });

  it('does not repeat a POST after a 5xx, and stops a 429 whose Retry-After is beyond the bound', async () => {
    server.faults.add({ fault: { kind: 'server-error', status: 503 }, method: 'POST', times: 1 });
    expect(await http().send({ method: 'POST', url: `${server.url}/things`, body: '{}' })).toMatchObject({
      status: 503,
      attempts: 1,
    });
    server.faults.add({ fault: { kind: 'rate-limit', retryAfterSeconds: 600 }, method: 'PATCH', times: 1 });
    expect(await http().send({ method: 'PATCH', url: `${server.url}/things`, body: '{}' })).toMatchObject({
      status: 429,
      attempts: 1,
    });
    expect(waits).toEqual([]);
  });

  it('gives up after the attempt cap with the last status', async () => {
    server.faults.add({ fault: { kind: 'server-error', status: 503 }, times: 0 });
    const response = await http().send({ method: 'GET', url: `${server.url}/things` });
    expect(response.status).toBe(503);
    expect(response.attempts).toBe(4);
    expect(waits).toHaveLength(3);
    expect(waits[1]).toBeGreaterThan(waits[0]!);
  });

  it('maps a timeout and a refused connection to clear errors', async () => {
    const client = createHttpClient({
      fetch: (url, init) => fetch(url, init),
      sleep: async () => undefined,
      timeoutMs: 200,
      maxAttempts: 1,
    });
    await expect(client.send({ method: 'GET', url: `${server.url}/slow` })).rejects.toMatchObject({
      error: { kind: 'timeout' },
    });
    await server.close();
    await expect(client.send({ method: 'GET', url: server.url })).rejects.toMatchObject({
      error: { kind: 'offline', message: expect.stringContaining('refused the connection') },
    });
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(retryAfterMs(new Headers({ 'retry-after': new Date(10_000).toUTCString() }), () => 4_000)).toBe(6_000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryAfterMs(new Headers())).toBeUndefined();
  });
});
