import { afterEach, describe, expect, it } from 'vitest';
import type { HostbillSandbox } from './server';
import { call, start } from './test-support';

let sandbox: HostbillSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

type Row = {
  id: string;
  total: string;
  status: string;
  datepaid: string;
  number: string;
  currency: string;
  date: string;
};
type Item = { amount: string; qty: string; linetotal: string; taxed: string; item_id: string };
type Invoice = {
  id: string;
  subtotal: number;
  tax: number;
  tax2: number;
  taxrate2: number;
  total: number;
  credit: number;
  taxrate: number;
  items: Item[];
  currency: string;
  status: string;
};

describe('HostBill sandbox billing', () => {
  it('lists 400 invoices, newest first, with string totals and mixed statuses', async () => {
    sandbox = await start();
    const rows = (await call(sandbox, 'GET', '/invoice')).json.invoices as Row[];
    expect(rows).toHaveLength(400);
    expect(rows[0]!.date >= rows[399]!.date).toBe(true);
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(['Paid', 'Unpaid', 'Cancelled', 'Refunded', 'Collections']),
    );
    expect(rows[0]!.total).toMatch(/^\d+\.\d{2}$/);
    expect(rows[0]!.number).toMatch(/^\d{4}\/\d{2}\/\d+$/);
    const unpaid = rows.find((r) => r.status === 'Unpaid')!;
    expect(unpaid.datepaid).toBe('0000-00-00 00:00:00');
    expect(rows.find((r) => r.status === 'Paid')!.datepaid).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it('invoice details add up: line items, subtotal, tax, total', async () => {
    sandbox = await start();
    const rows = (await call(sandbox, 'GET', '/invoice')).json.invoices as Row[];
    for (const row of rows.slice(0, 25)) {
      const invoice = (await call(sandbox, 'GET', `/invoice/${row.id}`)).json.invoice as Invoice;
      const lines = invoice.items.reduce((sum, item) => sum + Number(item.linetotal), 0);
      expect(invoice.subtotal).toBeCloseTo(lines, 2);
      expect(invoice.total).toBeCloseTo(invoice.subtotal + invoice.tax + invoice.tax2, 2);
      expect(invoice.total.toFixed(2)).toBe(row.total);
      expect(typeof invoice.items[0]!.amount).toBe('string');
      expect(['EUR', 'USD', 'GBP', 'CAD']).toContain(invoice.currency);
      expect(invoice.currency).toBe(row.currency);
    }
    expect((await call(sandbox, 'GET', '/invoice/1')).json).toEqual({ error: ['Invoice not found'] });
  });

  it('applies credit to an unpaid invoice and reflects it in /balance (whose currency is empty)', async () => {
    sandbox = await start();
    const before = (await call(sandbox, 'GET', '/balance')).json.details as {
      currency: string;
      acc_balance: string;
      acc_credit: string;
    };
    expect(before.currency).toBe('');
    expect(before.acc_credit).toBe('42.50');
    const rows = (await call(sandbox, 'GET', '/invoice')).json.invoices as Row[];
    const paid = rows.find((r) => r.status === 'Paid')!;
    expect((await call(sandbox, 'POST', `/invoice/${paid.id}/credit`, { body: {} })).json.error).toBeDefined();
    const unpaid = rows.find((r) => r.status === 'Unpaid' && r.currency === 'EUR')!;
    const applied = await call(sandbox, 'POST', `/invoice/${unpaid.id}/credit`, { body: { amount: '2.10' } });
    expect(applied.json).toEqual({ success: true, invoice_status: 'Unpaid', applied: 2.1 });
    const after = (await call(sandbox, 'GET', '/balance')).json.details as { acc_balance: string; acc_credit: string };
    expect(after.acc_credit).toBe('40.40');
    expect(Number(after.acc_balance)).toBeCloseTo(Number(before.acc_balance) - 2.1, 2);
  });

  it('lists payment methods and their fees', async () => {
    sandbox = await start();
    expect((await call(sandbox, 'GET', '/payment')).json.payments).toMatchObject({
      '1': 'BankTransfer',
      '5': 'PayPal',
    });
    const fees = (await call(sandbox, 'GET', '/payment/fees')).json.payments as { id: number; fixed_fee: string }[];
    expect(fees.find((f) => f.id === 2)?.fixed_fee).toBe('0.5');
  });
});
