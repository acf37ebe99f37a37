import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IONOS_DEMO_NO_PRIVILEGE_TOKEN, startIonosSandbox, type IonosSandbox } from '../../../sandbox/ionos/server';
import { createHttpClient } from '../http';
import { checkIonosAccount } from './check';
import { createIonosClient, type IonosAuth } from './client';

let sandbox: IonosSandbox;
beforeAll(async () => {
  sandbox = await startIonosSandbox({ contracts: 5 });
});
afterAll(() => sandbox.close());
afterEach(() => sandbox.faults.clear());

function check(auth?: IonosAuth, baseUrl = sandbox.url) {
  const http = createHttpClient({ fetch: globalThis.fetch, sleep: async () => {}, random: () => 0.5 });
  const client = createIonosClient({
    baseUrl,
    auth: auth ?? { method: 'basic', username: sandbox.demo.username, password: sandbox.demo.password },
    http,
  });
  return checkIonosAccount(client);
}

const labels = (result: Awaited<ReturnType<typeof check>>) => result.steps.map((step) => `${step.label}:${step.ok}`);

describe('checkIonosAccount', () => {
  it('passes all three steps with good credentials', async () => {
    const result = await check();
    expect(result.ok).toBe(true);
    expect(labels(result)).toEqual(['Reach the API:true', 'Sign in:true', 'Read contracts:true']);
    expect(result.steps[0]?.message).toBe('Reached Reseller REST API 1.0');
  });

  it('reports an unreachable address at the first step', async () => {
    const gone = await startIonosSandbox({ contracts: 0 });
    const url = gone.url;
    await gone.close();
    const result = await check(undefined, url);
    expect(result.ok).toBe(false);
    expect(labels(result)).toEqual(['Reach the API:false']);
    expect(result.steps[0]?.message).toMatch(/could not be reached.*refused the connection/);
  });

  it('reports a wrong base path as not the Reseller API', async () => {
    const result = await check(undefined, `${sandbox.url.replace('/reseller/v2', '')}/api`);
    expect(labels(result)).toEqual(['Reach the API:false']);
    expect(result.steps[0]?.message).toMatch(/\/reseller\/v2/);
  });

  it('reports rejected credentials at the sign-in step', async () => {
    const result = await check({ method: 'basic', username: sandbox.demo.username, password: 'bad-password' });
    expect(labels(result)).toEqual(['Reach the API:true', 'Sign in:false']);
    expect(result.steps[1]?.message).toMatch(/rejected the username or password/);
    expect(JSON.stringify(result)).not.toContain('bad-password');
  });

  it('reports a two-factor account on Basic with the API token advice', async () => {
    const result = await check({
      method: 'basic',
      username: sandbox.demo.twoFactorUsername,
      password: sandbox.demo.twoFactorPassword,
    });
    expect(labels(result)).toEqual(['Reach the API:true', 'Sign in:false']);
    expect(result.steps[1]?.message).toMatch(/two-factor.*API token/s);
  });

  it('reports rate limiting', async () => {
    sandbox.faults.add({ fault: { kind: 'rate-limit', retryAfterSeconds: 30 }, times: 0 });
    const result = await check();
    expect(labels(result)).toEqual(['Reach the API:true', 'Sign in:false']);
    expect(result.steps[1]?.message).toMatch(/limiting requests.*30 s/);
  });

  it('reports a server error at the first step', async () => {
    sandbox.faults.add({ fault: { kind: 'server-error', status: 500 }, path: '/reseller/v2/$' });
    const result = await check();
    expect(labels(result)).toEqual(['Reach the API:false']);
    expect(result.steps[0]?.message).toMatch(/error.*HTTP 500/);
  });

  it('reports missing privileges at the contracts step', async () => {
    const result = await check({ method: 'token', token: IONOS_DEMO_NO_PRIVILEGE_TOKEN });
    expect(labels(result)).toEqual(['Reach the API:true', 'Sign in:true', 'Read contracts:false']);
    expect(result.steps[2]?.message).toMatch(/privileges/);
  });
});
