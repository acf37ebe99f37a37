import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempCore, type TempCore } from '../../main/test-support/temp-core';
import { MAX_BODY, startBrowserHost, TOO_BIG_RESULT, type BrowserHost } from './server';

/** A stand-in renderer build, so these guards are tested without building the UI first. */
function fakeRendererBuild(): { rendererDir: string; bridgeFile: string } {
  const root = mkdtempSync(join(tmpdir(), 'rc-host-build-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head></head><body><script type="module" src="./assets/app.js"></script></body></html>',
  );
  writeFileSync(join(rendererDir, 'assets/app.js'), 'export {};');
  writeFileSync(join(root, 'bridge.js'), 'void 0;');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer build');
  return { rendererDir, bridgeFile: join(root, 'bridge.js') };
}

describe('browser host guards', () => {
  let t: TempCore;
  let host: BrowserHost;
  let cookie: string;
  beforeAll(async () => {
    t = await createTempCore();
    host = await startBrowserHost({ core: t.core, ...fakeRendererBuild() });
    const login = await fetch(host.url, { redirect: 'manual' });
    expect(login.status).toBe(303);
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  });
  afterAll(async () => {
    await host.close();
    await t.dispose();
  });

  const ipc = (headers: Record<string, string>, body = '{}') =>
    fetch(`${host.origin}/ipc/accounts.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('binds to 127.0.0.1 only', () => {
    expect(new URL(host.origin).hostname).toBe('127.0.0.1');
  });

  it('refuses calls without the token, with a wrong token, or from another origin', async () => {
    expect((await ipc({ origin: host.origin })).status).toBe(401);
    expect((await ipc({ origin: host.origin, cookie: 'rc_host_token=wrong' })).status).toBe(401);
    expect((await ipc({ origin: 'http://evil.example', cookie })).status).toBe(403);
    expect((await fetch(`${host.origin}/?token=wrong`, { redirect: 'manual' })).status).toBe(403);
  });

  it('answers a proper call with a Result', async () => {
    const response = await ipc({ origin: host.origin, cookie }, JSON.stringify({}));
    expect(await response.json()).toEqual({ ok: true, value: [] });
  });

  it('answers a malformed body with a validation error', async () => {
    const response = await ipc({ origin: host.origin, cookie }, '{not json');
    expect(await response.json()).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('serves the UI with the strict CSP, the contract names and the bridge before the app', async () => {
    const page = await fetch(`${host.origin}/`, { headers: { cookie } });
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('"accounts.add"');
    expect(html.indexOf('/__host/bridge.js')).toBeGreaterThan(-1);
    expect(html.indexOf('/__host/bridge.js')).toBeLessThan(html.indexOf('type="module"'));
  });

  it('serves the bridge script', async () => {
    const bridge = await fetch(`${host.origin}/__host/bridge.js`, { headers: { cookie } });
    expect(bridge.headers.get('content-type')).toContain('javascript');
    expect(await bridge.text()).toBe('void 0;');
  });

  it('refuses path traversal', async () => {
    for (const path of ['/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt']) {
      const response = await fetch(`${host.origin}${path}`, { headers: { cookie } });
      expect(await response.text()).not.toContain('outside the renderer build');
    }
  });

  it('answers an oversized body with 413 and a Result saying the call was too big', async () => {
    const args = { id: 'x'.repeat(MAX_BODY + 1) };
    const response = await ipc({ origin: host.origin, cookie }, JSON.stringify({ args }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(TOO_BIG_RESULT);
    expect(TOO_BIG_RESULT.error.message).toMatch(/too big/);
  });

  it('answers a malformed %-escape with 400, not 500', async () => {
    for (const path of ['/ipc/accounts.%E0%A4%A', '/assets/%zz.js', '/%']) {
      const response = await fetch(`${host.origin}${path}`, {
        method: path.startsWith('/ipc/') ? 'POST' : 'GET',
        headers: { cookie, origin: host.origin, 'content-type': 'application/json' },
        ...(path.startsWith('/ipc/') ? { body: '{}' } : {}),
      });
      expect(response.status, path).toBe(400);
    }
  });

  it('checks the Origin of the event stream like every other route', async () => {
    const events = async (headers: Record<string, string>) => {
      const controller = new AbortController();
      const response = await fetch(`${host.origin}/events`, {
        headers: { cookie, ...headers },
        signal: controller.signal,
      });
      controller.abort();
      return response.status;
    };
    expect(await events({ origin: 'http://evil.example' })).toBe(403);
    expect(await events({ 'sec-fetch-site': 'cross-site' })).toBe(403);
    expect(await events({ 'sec-fetch-site': 'same-origin' })).toBe(200);
    expect(await events({ origin: host.origin })).toBe(200);
  });
});
