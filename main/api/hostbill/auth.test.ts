import { afterEach, describe, expect, it } from 'vitest';
import { AppFailure, toAppError } from '../../../common/errors';
import { checkHostbillAccount } from './check';
import { hostbillFixture, type HostbillFixture } from './fixture.test-util';
import { sendPortal } from './request';

let fx: HostbillFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (thrown) {
    if (thrown instanceof AppFailure) return thrown.error;
    throw thrown;
  }
  throw new Error('expected a failure');
}

describe('HostBill auth: JWT', () => {
  it('refreshes transparently when tokens expire mid-sequence, rotating the refresh token', async () => {
    fx = await hostbillFixture();
    await fx.client.getDetails();
    const firstRefresh = fx.store.current();
    expect(firstRefresh).toMatch(/^eyJ/);
    await fx.client.listServices();
    fx.sandbox.expireTokens();
    const services = await fx.client.listServices();
    expect(services.length).toBeGreaterThan(0);
    await fx.client.getDetails();
    expect(fx.count('POST', '/login')).toBe(1);
    expect(fx.count('POST', '/token')).toBe(1);
    // Rotation: the store holds the new refresh token, the old one is refused by the portal.
    const secondRefresh = fx.store.current();
    expect(secondRefresh).toMatch(/^eyJ/);
    expect(secondRefresh).not.toBe(firstRefresh);
    const reuse = await failure(
      sendPortal(fx.http, fx.sandbox.url, { method: 'POST', path: '/token', body: { refresh_token: firstRefresh } }),
    );
    expect(reuse.kind).toBe('auth');
  });

  it('refreshes before exp (60 s margin for 15-minute tokens) without a rejected call', async () => {
    let offset = 0;
    fx = await hostbillFixture({ sandbox: { tokenLifetimeSeconds: 900 }, clock: () => Date.now() + offset });
    await fx.client.getDetails();
    offset = 800_000;
    await fx.client.getDetails();
    expect(fx.count('POST', '/token')).toBe(0);
    offset = 850_000;
    await fx.client.getDetails();
    expect(fx.count('POST', '/token')).toBe(1);
    expect(fx.requests.filter((r) => r.status === 401)).toHaveLength(0);
  });

  it('shares one refresh among concurrent calls', async () => {
    fx = await hostbillFixture();
    await fx.client.getDetails();
    fx.sandbox.expireTokens();
    await Promise.all([
      fx.client.getDetails(),
      fx.client.listServices(),
      fx.client.listLogs(),
      fx.client.listStatuses(),
    ]);
    expect(fx.count('POST', '/token')).toBe(1);
    expect(fx.count('POST', '/login')).toBe(1);
  });

  it('starts from a stored refresh token without the password round trip', async () => {
    fx = await hostbillFixture();
    await fx.client.getDetails();
    const second = fx.makeAuth('jwt', 'not-the-password');
    await second.withAuth((authorization) =>
      sendPortal(fx!.http, fx!.sandbox.url, { method: 'GET', path: '/details', authorization }),
    );
    expect(fx.count('POST', '/login')).toBe(1);
    expect(fx.count('POST', '/token')).toBe(1);
  });

  it('asks to sign in again when the renewed token is refused too', async () => {
    fx = await hostbillFixture();
    await fx.client.getDetails();
    fx.onFetch((method, path) => {
      if (path === '/details') fx!.sandbox.expireTokens();
    });
    const error = await failure(fx.client.getDetails());
    expect(error).toMatchObject({ kind: 'auth', message: 'The portal no longer accepts this session: sign in again.' });
    expect(fx.count('GET', '/details')).toBe(3);
  });

  it('maps wronglogin to auth without leaking the password', async () => {
    fx = await hostbillFixture();
    const auth = fx.makeAuth('jwt', 'wrong-secret-123');
    const error = await failure(auth.signIn());
    expect(error).toMatchObject({ kind: 'auth', message: 'The portal rejected the username or password.' });
    expect(JSON.stringify(error)).not.toContain('wrong-secret-123');
  });

  it('signs out: revokes the tokens and clears the stored refresh token', async () => {
    fx = await hostbillFixture();
    await fx.client.getDetails();
    const refresh = fx.store.current();
    await fx.client.signOut();
    expect(fx.store.current()).toBeNull();
    expect(fx.count('POST', '/revoke')).toBe(1);
    const reuse = await failure(
      sendPortal(fx.http, fx.sandbox.url, { method: 'POST', path: '/token', body: { refresh_token: refresh } }),
    );
    expect(reuse.kind).toBe('auth');
  });
});

describe('HostBill auth: fallbacks and second factor', () => {
  it('falls back to Basic when /login is broken and remembers it', async () => {
    fx = await hostbillFixture({ sandbox: { mode: 'broken-jwt' } });
    const details = await fx.client.getDetails();
    expect(details.email).toBe(fx.credentials.username);
    await fx.client.listServices();
    expect(fx.auth.method()).toBe('basic');
    expect(fx.auth.fellBack()).toBe(true);
    expect(fx.count('POST', '/login')).toBe(1);
    expect(fx.store.current()).toBeNull();
  });

  it('works on a basic-only portal, with Basic chosen or by fallback', async () => {
    fx = await hostbillFixture({ sandbox: { mode: 'basic-only' }, method: 'basic' });
    expect((await fx.client.listServices()).length).toBeGreaterThan(0);
    expect(fx.count('POST', '/login')).toBe(0);
    const jwt = fx.makeAuth('jwt');
    expect(await jwt.signIn()).toEqual({ method: 'basic', fellBack: true });
  });

  it('reports mfa-required, refuses a wrong code, then completes with the right one', async () => {
    fx = await hostbillFixture({ sandbox: { mode: 'mfa' } });
    const error = await failure(fx.client.getDetails());
    expect(error.kind).toBe('mfa-required');
    expect(error.message).toMatch(/second factor/);
    expect(await failure(fx.auth.completeMfa('000000'))).toMatchObject({
      kind: 'validation',
      details: { code: 'Code not accepted' },
    });
    expect(await fx.auth.completeMfa(fx.sandbox.demo.mfaCode)).toEqual({ method: 'jwt', fellBack: false });
    expect((await fx.client.getDetails()).email).toBe(fx.credentials.username);
    // Basic cannot carry a second factor on this portal.
    const basic = await failure(fx.makeAuth('basic').signIn());
    expect(basic.kind).toBe('mfa-required');
  });
});

describe('checkHostbillAccount', () => {
  it('passes every step and names a fallback', async () => {
    fx = await hostbillFixture({ sandbox: { mode: 'broken-jwt' } });
    const check = await checkHostbillAccount({
      baseUrl: fx.sandbox.url,
      http: fx.http,
      credentials: fx.credentials,
      method: 'jwt',
    });
    expect(check.ok).toBe(true);
    expect(check.steps.map((s) => s.label)).toEqual(['Reach the portal', 'Sign in', 'Read account details']);
    expect(check.steps[1]?.message).toMatch(/Basic/);
  });

  it('says precisely what failed', async () => {
    fx = await hostbillFixture();
    const wrong = await checkHostbillAccount({
      baseUrl: fx.sandbox.url,
      http: fx.http,
      credentials: { ...fx.credentials, password: 'nope-nope' },
      method: 'jwt',
    });
    expect(wrong.ok).toBe(false);
    // The title names the step: a rejected password is not titled "Credentials accepted".
    expect(wrong.steps[1]).toMatchObject({
      label: 'Sign in',
      ok: false,
      message: 'The portal rejected the username or password.',
    });
    fx.sandbox.faults.add({ fault: { kind: 'rate-limit', retryAfterSeconds: 30 }, path: '/api/details', times: 0 });
    const limited = await checkHostbillAccount({
      baseUrl: fx.sandbox.url,
      http: fx.http,
      credentials: fx.credentials,
      method: 'jwt',
    });
    expect(limited.steps[0]).toMatchObject({ ok: false, message: expect.stringMatching(/limiting requests/) });
    const port = fx.sandbox.port;
    await fx.close();
    fx = undefined;
    const down = await checkHostbillAccount({
      baseUrl: `http://127.0.0.1:${port}/api`,
      http: (await hostbillFixture()).http,
      credentials: { username: 'a', password: 'b' },
      method: 'jwt',
    });
    expect(down.steps[0]).toMatchObject({ ok: false, message: expect.stringMatching(/refused the connection/) });
  });
});

export { toAppError };
