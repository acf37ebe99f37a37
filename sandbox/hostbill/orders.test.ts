import { afterEach, describe, expect, it } from 'vitest';
import { prorataDate } from './order-pricing';
import type { HostbillSandbox } from './server';
import { call, start } from './test-support';

let sandbox: HostbillSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

interface WireForm {
  type: string;
  title: string;
  id: string;
  name: string;
  required: boolean;
  items: { id: number; title: string; price: number }[];
}
interface QuoteAnswer {
  summary: { subtotal: number; total: number; discount: number; recurring: { value: string; price: number }[] };
  items: { valid: boolean; error: string[]; info: string[] }[];
  error?: string[];
}

const quote = async (items: unknown[], extra: Record<string, unknown> = {}) =>
  (await call(sandbox!, 'POST', '/quote', { body: { output: 'short', items, ...extra } }))
    .json as unknown as QuoteAnswer;

describe('HostBill sandbox order forms', () => {
  it('describes options of every kind, addons and pro-rata in the seed wire shape', async () => {
    sandbox = await start();
    const vps = (await call(sandbox, 'GET', '/order/851')).json.product as {
      prorata_date: string | null;
      config: { forms: WireForm[]; addons: { id: string; config: { name: string }[] }[] };
    };
    expect(vps.config.forms.map((f) => f.type)).toEqual(['radio', 'qty', 'input', 'checkbox']);
    expect(vps.config.forms[0]!.name).toBe('custom[1630]');
    expect(vps.config.addons[0]!.config.map((c) => c.name)).toEqual(['addon[33]', 'addon_cycles[33]']);
    expect(vps.prorata_date).toMatch(/^\d{4}-\d{2}-01$/);
    const hosting = (await call(sandbox, 'GET', '/order/333')).json.product as {
      prorata_date: string | null;
      config: { product: { id: string }[]; forms: WireForm[] };
    };
    expect(hosting.prorata_date).toBeNull();
    expect(hosting.config.product.map((p) => p.id)).toEqual(['cycle', 'domain']);
    expect(hosting.config.forms.map((f) => [f.type, f.title])).toEqual([
      ['select', 'Disk Size'],
      ['checkbox', 'Daily backups'],
    ]);
    const dnsOnly = (await call(sandbox, 'GET', '/order/900')).json.product as { config: { forms: unknown[] } };
    expect(dnsOnly.config.forms).toEqual([]);
  });
});

describe('HostBill sandbox quotes', () => {
  it('prices options and addons per cycle, and a promotion code', async () => {
    sandbox = await start();
    const plain = await quote([{ type: 'product', product_id: 333, domain: 'shop.example', cycle: 'm' }]);
    expect(plain.summary.subtotal).toBe(9.99);
    const item = {
      type: 'product',
      product_id: 333,
      domain: 'shop.example',
      cycle: 'm',
      custom: { '1618': { '10332': 1 }, '1620': { '10340': 1 } },
      addon: { '31': 1 },
      addon_cycles: { '31': 'q' },
    };
    const full = await quote([item]);
    // 9.99 + 4.50 (50 GB) + 1.50 (backups) monthly, the IP addon 14.00 quarterly.
    expect(full.summary.subtotal).toBe(29.99);
    expect(full.summary.recurring).toEqual([
      { title: 'Monthly', price: 15.99, value: 'm' },
      { title: 'Quarterly', price: 14, value: 'q' },
    ]);
    expect(full.summary.total).toBe(36.29);
    expect(full.items[0]).toMatchObject({ valid: true, error: [] });
    const annual = await quote([{ ...item, cycle: 'a', addon_cycles: { '31': 'a' } }]);
    expect(annual.summary.subtotal).toBe(109.89 + 54 + 18 + 50);
    const promo = await quote([item], { promocode: 'demo10' });
    expect(promo.summary.discount).toBe(3);
    expect((await quote([item], { promocode: 'NOPE' })).error).toEqual(['Invalid promotion code']);
  });

  it('rejects an invalid option per item and keeps it out of the totals', async () => {
    sandbox = await start();
    const good = { type: 'product', product_id: 900, cycle: 'm' };
    const answer = await quote([
      good,
      { type: 'product', product_id: 333, domain: 'shop.example', custom: { '1618': { '99999': 1 } } },
      { type: 'product', product_id: 851, custom: { '1631': { '10410': 12 }, '1632': { '10420': 'bad host!' } } },
      { type: 'product', product_id: 6, domain: 'shop.net' },
      { type: 'product', product_id: 333, domain: 'shop.example', addon: { '33': 1 } },
      { type: 'product', product_id: 4242 },
    ]);
    expect(answer.error).toBeUndefined();
    expect(answer.items.map((i) => i.valid)).toEqual([true, false, false, false, false, false]);
    expect(answer.items[1]!.error).toEqual(['Invalid value for Disk Size']);
    expect(answer.items[2]!.error).toEqual([
      'Extra IPv4 addresses must be a whole number from 0 to 8',
      'Hostname is not a valid host name',
    ]);
    expect(answer.items[3]!.error).toEqual(['.com registration registers .com domains only']);
    expect(answer.items[4]!.error).toEqual(['Addon 33 is not available for Starter Hosting']);
    expect(answer.items[5]!.error).toEqual(['Product 4242 not found']);
    expect(answer.summary.subtotal).toBe(2.5);
    expect((await quote([])).error).toEqual(['No items to order']);
  });

  it('pro-rates a VPS to the 1st of next month and says so', async () => {
    sandbox = await start();
    const answer = await quote([
      { type: 'product', product_id: 851, cycle: 'm', custom: { '1632': { '10420': 'web1.example.com' } } },
    ]);
    const now = new Date();
    const daysInMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0)).getUTCDate();
    const daysLeft = Math.round(
      (prorataDate(now).getTime() - Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())) / 86_400_000,
    );
    expect(answer.items[0]!.info[0]).toContain(`until ${prorataDate(now).toISOString().slice(0, 10)}`);
    // 12.90 a month pro-rated, plus the 5.00 setup fee; the recurring price stays whole.
    expect(answer.summary.subtotal).toBeCloseTo(Math.round(12.9 * (daysLeft / daysInMonth) * 100) / 100 + 5, 2);
    expect(answer.summary.recurring).toEqual([{ title: 'Monthly', price: 12.9, value: 'm' }]);
  });
});

describe('HostBill sandbox orders', () => {
  it('creates a pending service and an unpaid invoice with the options, and refuses an invalid one whole', async () => {
    sandbox = await start();
    const before = sandbox.state.services.size;
    const refused = await call(sandbox, 'POST', '/order/333', {
      body: { domain: 'shop.example', custom: { '1618': { '1': 1 } } },
    });
    expect(refused.json.error).toEqual(['Invalid value for Disk Size']);
    expect(sandbox.state.services.size).toBe(before);
    const order = await call(sandbox, 'POST', '/order/333', {
      body: { domain: 'shop.example', cycle: 'm', custom: { '1618': { '10331': 1 } }, addon: { '31': 1 } },
    });
    expect(order.json.total).toBe(money((9.99 + 2 + 5) * 1.21));
    const serviceId = (order.json.items as { id: string }).id;
    const service = (await call(sandbox, 'GET', `/service/${serviceId}`)).json.service as { status: string };
    expect(service.status).toBe('Pending');
    const invoice = (await call(sandbox, 'GET', `/invoice/${order.json.invoice_id as string}`)).json.invoice as {
      status: string;
      items: { description: string }[];
    };
    expect(invoice.status).toBe('Unpaid');
    expect(invoice.items.map((i) => i.description)).toEqual([
      'Starter Hosting - shop.example',
      'Disk Size: 25 GB',
      'Addon: Cpanel2: Add Extra IP',
    ]);
    const logs = (await call(sandbox, 'GET', '/logs')).json.logs as { description: string }[];
    expect(logs[0]!.description).toMatch(/^Order #\d+ placed$/);
  });

  it('answers through the fault layer like every route', async () => {
    sandbox = await start();
    sandbox.faults.add({ fault: { kind: 'server-error', status: 503 }, path: '/quote$' });
    const failed = await call(sandbox, 'POST', '/quote', { body: { items: [{ type: 'product', product_id: 900 }] } });
    expect(failed.status).toBe(503);
    expect(failed.json.error).toBeDefined();
    const again = await call(sandbox, 'POST', '/quote', { body: { items: [{ type: 'product', product_id: 900 }] } });
    expect(again.status).toBe(200);
  });
});

function money(amount: number): string {
  return (Math.round(amount * 100) / 100).toFixed(2);
}
