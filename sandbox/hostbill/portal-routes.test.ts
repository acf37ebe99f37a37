import { afterEach, describe, expect, it } from 'vitest';
import type { HostbillSandbox } from './server';
import { call, start } from './test-support';

let sandbox: HostbillSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('HostBill sandbox contacts privileges', () => {
  it('accepts scoped rights of listed services and refuses unknown ids or rights', async () => {
    sandbox = await start();
    const catalog = (await call(sandbox, 'GET', '/contact/privileges')).json.privileges as Record<
      string,
      Record<string, unknown>
    >;
    const serviceId = Object.keys(catalog.services!).find((k) => k !== 'full')!;
    const base = { firstname: 'Ana', lastname: 'Lima', email: 'ana.lima@example.com', country: 'PT' };
    const added = await call(sandbox, 'POST', '/contact', {
      body: { ...base, privileges: { support: ['tickets'], services: { [serviceId]: ['basic', 'billing'] } } },
    });
    expect(added.json.info).toEqual(['Contact has been added']);
    const detail = (await call(sandbox, 'GET', `/contact/${added.json.contact_id as string}`)).json.contact as {
      privileges: unknown;
      password?: unknown;
    };
    expect(detail.privileges).toEqual({ support: ['tickets'], services: { [serviceId]: ['basic', 'billing'] } });
    expect(detail.password).toBeUndefined();
    for (const privileges of [{ services: { '999999': ['basic'] } }, { services: { [serviceId]: ['renew'] } }]) {
      const refused = await call(sandbox, 'PUT', `/contact/${added.json.contact_id as string}`, {
        body: { privileges },
      });
      expect(refused.json.error).toEqual(['Invalid privileges for services']);
    }
  });
});

describe('HostBill sandbox affiliates module', () => {
  it('answers "invalid method" and 404 when the module is off, and the data when on', async () => {
    sandbox = await start({ modules: { affiliates: false } });
    expect((await call(sandbox, 'GET', '/affiliates/summary')).json).toEqual({ error: ['invalid method'] });
    expect((await call(sandbox, 'GET', '/affiliates/commissions')).status).toBe(404);
    const toggle = await fetch(`${sandbox.url.replace(/\/api$/, '')}/__sandbox/modules`, {
      method: 'POST',
      body: JSON.stringify({ affiliates: true }),
    });
    expect(await toggle.json()).toEqual({ affiliates: true });
    const commissions = (await call(sandbox, 'GET', '/affiliates/commissions')).json.commissions as unknown[];
    expect(commissions.length).toBe(18);
  });
});
