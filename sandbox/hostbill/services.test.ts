import { afterEach, describe, expect, it } from 'vitest';
import type { HostbillSandbox } from './server';
import { call, serviceIdOf, start } from './test-support';

let sandbox: HostbillSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('HostBill sandbox services and account', () => {
  it('is deterministic for a seed and differs across seeds', async () => {
    sandbox = await start({ seed: 7 });
    const a = (await call(sandbox, 'GET', '/service')).json;
    await sandbox.close();
    sandbox = await start({ seed: 7 });
    expect((await call(sandbox, 'GET', '/service')).json).toEqual(a);
    await sandbox.close();
    sandbox = await start({ seed: 8 });
    expect((await call(sandbox, 'GET', '/service')).json).not.toEqual(a);
  });

  it('lists 12 services of mixed kinds with string ids and amounts; details include the password', async () => {
    sandbox = await start();
    const services = (await call(sandbox, 'GET', '/service')).json.services as {
      id: string;
      total: string;
      category: string;
    }[];
    expect(services).toHaveLength(12);
    expect(new Set(services.map((s) => s.category))).toEqual(
      new Set(['Cloud Servers', 'Hosting', 'DNS Hosting', 'VPS', 'Domains']),
    );
    expect(services[0]!.total).toMatch(/^\d+\.\d{2}$/);
    const detail = (await call(sandbox, 'GET', `/service/${services[0]!.id}`)).json.service as Record<string, string>;
    expect(detail.password).toMatch(/^\S{10}$/);
    expect(detail.next_due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await call(sandbox, 'GET', '/service/999999')).json).toEqual({ error: ['Service not found'] });
  });

  it('gets and sets the label', async () => {
    sandbox = await start();
    const id = await serviceIdOf(sandbox, 'Hosting');
    expect((await call(sandbox, 'POST', `/service/${id}/label`, { body: { label: 'Shop' } })).json).toEqual({
      success: true,
      info: ['Label has been updated'],
    });
    expect((await call(sandbox, 'GET', `/service/${id}/label`)).json).toEqual({ label: 'Shop' });
  });

  it('estimates and submits an upgrade', async () => {
    sandbox = await start();
    const id = await serviceIdOf(sandbox, 'Cloud Servers');
    const options = (await call(sandbox, 'GET', `/service/${id}/upgrade`)).json;
    const backups = (options.resources as { id: number; name: string }[]).find((r) => r.name === 'Backups')!;
    const estimate = await call(sandbox, 'POST', `/service/${id}/upgrade`, {
      body: { resources: { [backups.id]: '10111' } },
    });
    // Every part of the price: the line (now, setup, recurring), setup fees, credit, subtotal, VAT, total.
    expect(estimate.json.upgrade).toEqual({
      items: [{ name: 'Backups: Daily, 7 days', price: '5.00', setup: '2.50', recurring: '5.00' }],
      setup: '2.50',
      discount: '0.00',
      credit: '0.00',
      subtotal: '7.50',
      tax: [{ name: 'VAT', tax: '1.58', value: 21 }],
      total: '9.08',
      charge: '9.08',
      recurring: expect.stringMatching(/^\d+\.\d{2}$/),
      cycle: sandbox.state.services.get(id)!.cycleCode,
    });
    expect(sandbox.state.services.get(id)?.upgradeSelections).toEqual({});
    const sent = await call(sandbox, 'POST', `/service/${id}/upgrade`, {
      body: { resources: { [backups.id]: '10111' }, send: true },
    });
    expect(sent.json.invoice_id).toBeDefined();
    const invoice = sandbox.state.invoices.get(String(sent.json.invoice_id))!;
    expect(invoice.items.map((item) => item.amount)).toEqual([7.5]);
    expect((await call(sandbox, 'POST', `/service/${id}/upgrade`, { body: { package: '9999' } })).json).toEqual({
      error: ['Invalid package'],
    });
  });

  it('cancels at the end of the period or immediately', async () => {
    sandbox = await start();
    const services = (await call(sandbox, 'GET', '/service')).json.services as {
      id: string;
      status: string;
      category: string;
    }[];
    const [a, b] = services.filter((s) => s.status === 'Active' && s.category === 'Cloud Servers');
    expect(
      (await call(sandbox, 'POST', `/service/${a!.id}/cancel`, { body: { immediate: false } })).json.error,
    ).toBeDefined();
    await call(sandbox, 'POST', `/service/${a!.id}/cancel`, { body: { immediate: false, reason: 'Moving' } });
    const afterA = (await call(sandbox, 'GET', `/service/${a!.id}`)).json.service as {
      status: string;
      cancel_request: { type: string };
    };
    expect([afterA.status, afterA.cancel_request.type]).toEqual(['Active', 'End of billing period']);
    const again = await call(sandbox, 'POST', `/service/${a!.id}/cancel`, { body: { reason: 'Moving' } });
    expect(again.json.error).toEqual(['Cancellation request already exists for this service']);
    await call(sandbox, 'POST', `/service/${b!.id}/cancel`, { body: { immediate: 'true', reason: 'Too expensive' } });
    expect(((await call(sandbox, 'GET', `/service/${b!.id}`)).json.service as { status: string }).status).toBe(
      'Cancelled',
    );
  });

  it('reads and updates /details with validation', async () => {
    sandbox = await start();
    const bad = await call(sandbox, 'PUT', '/details', { body: { email: 'not-an-email' } });
    expect(bad).toEqual({ status: 200, json: { error: ['Email address is invalid'] } });
    const good = await call(sandbox, 'PUT', '/details', { body: { city: 'Petaluma' } });
    expect((good.json.client as { city: string }).city).toBe('Petaluma');
    expect(good.json.info).toEqual(['Your details have been updated']);
  });

  it('goes through the shared fault layer', async () => {
    sandbox = await start();
    sandbox.faults.add({ fault: { kind: 'rate-limit', retryAfterSeconds: 2 }, method: 'GET', path: '^/api/service$' });
    const limited = await fetch(`${sandbox.url}/service`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect((await call(sandbox, 'GET', '/service')).status).toBe(200);
  });
});
