import { afterEach, describe, expect, it } from 'vitest';
import type { HostbillSandbox } from './server';
import { call, start } from './test-support';

let sandbox: HostbillSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('HostBill sandbox catalog, orders and quotes', () => {
  it('lists categories, products with periods, and product configuration', async () => {
    sandbox = await start();
    const categories = (await call(sandbox, 'GET', '/category')).json.categories as { id: string; slug: string }[];
    expect(categories.map((c) => c.slug)).toContain('cloud-servers');
    const products = (await call(sandbox, 'GET', '/category/10/product')).json.products as {
      id: string;
      periods: { value: string; price: number }[];
    }[];
    expect(products[0]!.periods[0]).toEqual({ title: 'm', value: 'm', price: 9.99, setup: 0, selected: true });
    const product = (await call(sandbox, 'GET', '/order/333')).json.product as {
      config: { product: { id: string }[] };
    };
    expect(product.config.product.map((p) => p.id)).toEqual(['cycle', 'domain']);
    expect((await call(sandbox, 'GET', '/order/4242')).json).toEqual({ error: ['Product not found'] });
  });

  it('orders a cloud product: a Pending service with VM routes and an Unpaid invoice', async () => {
    sandbox = await start();
    expect((await call(sandbox, 'POST', '/order/840', { body: { cycle: 'x' } })).json.error).toEqual([
      'Invalid billing cycle for Cloud Server Pool',
    ]);
    expect((await call(sandbox, 'POST', '/order/333', { body: { cycle: 'm' } })).json.error).toEqual([
      'Domain name is required for Starter Hosting',
    ]);
    const order = await call(sandbox, 'POST', '/order/840', { body: { cycle: 'm', pay_method: '1' } });
    const items = order.json.items as { id: string; product_id: string };
    expect(order.json.total).toBe('59.29');
    expect(items.product_id).toBe('840');
    const service = (await call(sandbox, 'GET', `/service/${items.id}`)).json.service as { status: string };
    expect(service.status).toBe('Pending');
    const methods = (await call(sandbox, 'GET', `/service/${items.id}/methods`)).json.methods as { route: string }[];
    expect(methods.map((m) => m.route)).toContain('/service/@id/vms');
    const invoice = (await call(sandbox, 'GET', `/invoice/${order.json.invoice_id as string}`)).json.invoice as {
      status: string;
      total: number;
    };
    expect(invoice).toMatchObject({ status: 'Unpaid', total: 59.29 });
  });

  it('orders several items at once and quotes without ordering', async () => {
    sandbox = await start();
    const items = [
      { type: 'product', product_id: 333, domain: 'shop.example', cycle: 'a' },
      { type: 'product', product_id: 6, domain: 'shop.com', cycle: 'a' },
    ];
    const before = sandbox.state.services.size;
    const quote = await call(sandbox, 'POST', '/quote', { body: { pay_method: 1, output: 'short', items } });
    expect((quote.json.summary as { subtotal: number }).subtotal).toBeCloseTo(109.89 + 12, 2);
    expect(sandbox.state.services.size).toBe(before);
    const order = await call(sandbox, 'POST', '/order', { body: { pay_method: 1, items } });
    expect((order.json.items as { type: string }[]).map((i) => i.type)).toEqual(['Hosting', 'Domain Register']);
    expect(sandbox.state.services.size).toBe(before + 2);
    const partial = await call(sandbox, 'POST', '/order', {
      body: { items: [...items, { type: 'product', product_id: 1 }] },
    });
    expect(partial.json.error).toEqual(['Product 1 not found']);
    const ignored = await call(sandbox, 'POST', '/order', {
      body: { ignore_errors: true, items: [...items, { type: 'product', product_id: 1 }] },
    });
    expect((ignored.json.items as unknown[]).length).toBe(2);
  });
});
