import { afterEach, describe, expect, it } from 'vitest';
import { decodeJwt } from './jwt';
import type { HostbillSandbox } from './server';
import { call, sleep, start } from './test-support';

let sandbox: HostbillSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function login(sb: HostbillSandbox, extra: Record<string, string> = {}) {
  return call(sb, 'POST', '/login', {
    auth: 'none',
    body: { username: sb.demo.username, password: sb.demo.password, ...extra },
  });
}

describe('HostBill sandbox auth', () => {
  it('jwt mode: issues RS256-shaped tokens that authorise calls', async () => {
    sandbox = await start();
    const { status, json } = await login(sandbox);
    expect(status).toBe(200);
    const token = json.token as string;
    const [header] = token.split('.');
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toEqual({ alg: 'RS256', typ: 'JWT' });
    const claims = decodeJwt(token)!;
    expect(claims.sub).toBe('26');
    expect(claims.exp - claims.iat).toBe(900);
    expect(claims.jti).toMatch(/[0-9a-f-]{36}/);
    const details = await call(sandbox, 'GET', '/details', { auth: { bearer: token } });
    expect((details.json.client as { email: string }).email).toBe(sandbox.demo.username);
  });

  it('accepts a form-urlencoded login, as the curl samples send', async () => {
    sandbox = await start();
    const { json } = await call(sandbox, 'POST', '/login', {
      auth: 'none',
      form: true,
      body: { username: sandbox.demo.username, password: sandbox.demo.password },
    });
    expect(typeof json.token).toBe('string');
  });

  it('answers wronglogin with HTTP 200, for /login and for Basic', async () => {
    sandbox = await start();
    const bad = await call(sandbox, 'POST', '/login', {
      auth: 'none',
      body: { username: sandbox.demo.username, password: 'nope' },
    });
    expect(bad).toEqual({ status: 200, json: { error: ['wronglogin'] } });
    const res = await fetch(`${sandbox.url}/details`, {
      headers: { authorization: `Basic ${Buffer.from('x@y.example:z').toString('base64')}` },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ error: ['wronglogin'] });
  });

  it('answers invalid method with HTTP 200 for unknown routes and wrong methods', async () => {
    sandbox = await start();
    expect(await call(sandbox, 'GET', '/no-such-thing')).toEqual({ status: 200, json: { error: ['invalid method'] } });
    expect(await call(sandbox, 'DELETE', '/details')).toEqual({ status: 200, json: { error: ['invalid method'] } });
    expect((await call(sandbox, 'GET', '/login', { auth: 'none' })).json).toEqual({ error: ['invalid method'] });
  });

  it('refuses an expired token with 401 invalid_token, by lifetime and by expireTokens()', async () => {
    sandbox = await start({ tokenLifetimeSeconds: 0.3 });
    const first = (await login(sandbox)).json.token as string;
    await sleep(350);
    const expired = await call(sandbox, 'GET', '/details', { auth: { bearer: first } });
    expect(expired).toEqual({ status: 401, json: { error: ['invalid_token'] } });

    await sandbox.close();
    sandbox = await start();
    const token = (await login(sandbox)).json.token as string;
    expect((await call(sandbox, 'GET', '/details', { auth: { bearer: token } })).status).toBe(200);
    const control = await fetch(`http://127.0.0.1:${sandbox.port}/__sandbox/expire-tokens`, { method: 'POST' });
    expect(control.status).toBe(200);
    expect((await call(sandbox, 'GET', '/details', { auth: { bearer: token } })).status).toBe(401);
  });

  it('rotates refresh tokens: the old refresh token stops working', async () => {
    sandbox = await start();
    const { json } = await login(sandbox);
    const rotated = await call(sandbox, 'POST', '/token', { auth: 'none', body: { refresh_token: json.refresh } });
    expect(typeof rotated.json.token).toBe('string');
    expect(rotated.json.refresh).not.toBe(json.refresh);
    expect((await call(sandbox, 'GET', '/details', { auth: { bearer: rotated.json.token as string } })).status).toBe(
      200,
    );
    const reused = await call(sandbox, 'POST', '/token', { auth: 'none', body: { refresh_token: json.refresh } });
    expect(reused).toEqual({ status: 200, json: { error: ['invalid_token'] } });
  });

  it('logout kills the access token only; revoke kills both', async () => {
    sandbox = await start();
    const pair = (await login(sandbox)).json;
    expect((await call(sandbox, 'POST', '/logout', { auth: { bearer: pair.token as string } })).json).toEqual({
      status: true,
    });
    expect((await call(sandbox, 'GET', '/details', { auth: { bearer: pair.token as string } })).status).toBe(401);
    const refreshed = await call(sandbox, 'POST', '/token', { auth: 'none', body: { refresh_token: pair.refresh } });
    expect(typeof refreshed.json.token).toBe('string');

    const revoke = await call(sandbox, 'POST', '/revoke', { auth: { bearer: refreshed.json.token as string } });
    expect(revoke.json).toEqual({ status: true });
    expect((await call(sandbox, 'GET', '/details', { auth: { bearer: refreshed.json.token as string } })).status).toBe(
      401,
    );
    const after = await call(sandbox, 'POST', '/token', {
      auth: 'none',
      body: { refresh_token: refreshed.json.refresh },
    });
    expect(after.json).toEqual({ error: ['invalid_token'] });
  });

  it('basic-only mode: /login is an invalid method, Basic works', async () => {
    sandbox = await start({ mode: 'basic-only' });
    expect((await login(sandbox)).json).toEqual({ error: ['invalid method'] });
    expect((await call(sandbox, 'GET', '/details')).json.client).toBeDefined();
  });

  it('broken-jwt mode: /login answers internal_error_0 with HTTP 200, Basic and /details work', async () => {
    sandbox = await start({ mode: 'broken-jwt' });
    expect(await login(sandbox)).toEqual({ status: 200, json: { error: ['internal_error_0'] } });
    expect((await call(sandbox, 'GET', '/details')).json.client).toBeDefined();
  });

  it('mfa mode: /login asks for a code, a wrong code fails, the right one gives tokens; Basic is refused', async () => {
    sandbox = await start({ mode: 'mfa' });
    const first = await login(sandbox);
    expect(first.json.token).toBeUndefined();
    expect((first.json.mfa as { type: string }).type).toBe('totp');
    expect((await login(sandbox, { code: '000000' })).json).toEqual({ error: ['invalid_mfa_code'] });
    const done = await login(sandbox, { code: sandbox.demo.mfaCode });
    expect(typeof done.json.token).toBe('string');
    expect((await call(sandbox, 'GET', '/details')).json).toEqual({ error: ['mfa_required'] });
  });

  it('switches mode through the control route', async () => {
    sandbox = await start();
    const res = await fetch(`http://127.0.0.1:${sandbox.port}/__sandbox/mode`, {
      method: 'POST',
      body: JSON.stringify({ mode: 'broken-jwt' }),
    });
    expect(res.status).toBe(200);
    expect((await login(sandbox)).json).toEqual({ error: ['internal_error_0'] });
    const bad = await fetch(`http://127.0.0.1:${sandbox.port}/__sandbox/mode`, {
      method: 'POST',
      body: JSON.stringify({ mode: 'nope' }),
    });
    expect(bad.status).toBe(400);
  });
});
