import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../main/logger';
import { createMemoryCredentialStore } from '../../main/secrets/credential-store';
import { startHostRun, type HostRun } from './start';

describe('browser host guards', () => {
  let run: HostRun;
  let cookie: string;
  beforeAll(async () => {
    run = await startHostRun({
      dataDir: mkdtempSync(join(tmpdir(), 'rc-host-')),
      secrets: createMemoryCredentialStore(),
      logger: silentLogger,
    });
    const login = await fetch(run.host.url, { redirect: 'manual' });
    expect(login.status).toBe(303);
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  });
  afterAll(async () => run.close());

  const ipc = (headers: Record<string, string>, body = '{}') =>
    fetch(`${run.host.origin}/ipc/accounts.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('binds to 127.0.0.1 only', () => {
    expect(new URL(run.host.origin).hostname).toBe('127.0.0.1');
  });

  it('refuses calls without the token, with a wrong token, or from another origin', async () => {
    expect((await ipc({ origin: run.host.origin })).status).toBe(401);
    expect((await ipc({ origin: run.host.origin, cookie: 'rc_host_token=wrong' })).status).toBe(401);
    expect((await ipc({ origin: 'http://evil.example', cookie })).status).toBe(403);
    expect((await fetch(`${run.host.origin}/?token=wrong`, { redirect: 'manual' })).status).toBe(403);
  });

  it('answers a proper call with a Result', async () => {
    const response = await ipc({ origin: run.host.origin, cookie }, JSON.stringify({}));
    expect(await response.json()).toEqual({ ok: true, value: [] });
  });

  it('answers a malformed body with a validation error', async () => {
    const response = await ipc({ origin: run.host.origin, cookie }, '{not json');
    expect(await response.json()).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('serves the UI with the strict CSP and the bridge before the app', async () => {
    const page = await fetch(`${run.host.origin}/`, { headers: { cookie } });
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html.indexOf('/__host/bridge.js')).toBeLessThan(html.indexOf('type="module"'));
  });

  it('refuses path traversal', async () => {
    const response = await fetch(`${run.host.origin}/..%2f..%2fpackage.json`, { headers: { cookie } });
    expect(await response.text()).not.toContain('"devDependencies"');
  });
});
