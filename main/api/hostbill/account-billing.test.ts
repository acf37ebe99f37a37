import { afterEach, describe, expect, it } from 'vitest';
import { hostbillFixture, type HostbillFixture } from './fixture.test-util';

let fx: HostbillFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

describe('HostBill account', () => {
  it('reads and updates details, logs and statuses', async () => {
    fx = await hostbillFixture();
    const details = await fx.client.getDetails();
    expect(details.email).toBe(fx.credentials.username);
    const updated = await fx.client.updateDetails({ city: 'Lisbon' });
    expect(updated).toMatchObject({ city: 'Lisbon' });
    expect(updated.info.length).toBeGreaterThan(0);
    await expect(fx.client.updateDetails({ country: 'Portugal' })).rejects.toMatchObject({
      error: { kind: 'validation' },
    });
    const logs = await fx.client.listLogs();
    expect(logs[0]?.date).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const statuses = await fx.client.listStatuses();
    if (statuses.length > 0) {
      const seen = await fx.client.updateStatus(statuses[0]!.id);
      expect(seen.status).toMatchObject({ id: statuses[0]!.id, seen: true });
    }
  });

  it('takes the balance currency from the invoices when /balance leaves it empty', async () => {
    fx = await hostbillFixture();
    const balance = await fx.client.getBalance();
    expect(typeof balance.balance).toBe('number');
    expect(typeof balance.credit).toBe('number');
    const invoices = await fx.client.listInvoices();
    expect(balance.currency).toBe(invoices[0]!.currency);
    expect(balance.currency).toMatch(/^[A-Z]{3}$/);
  });
});

describe('HostBill billing', () => {
  it('lists invoices and reads one with its lines, numbers and null for never-paid', async () => {
    fx = await hostbillFixture();
    const invoices = await fx.client.listInvoices();
    expect(invoices.length).toBeGreaterThan(0);
    expect(typeof invoices[0]!.total).toBe('number');
    const unpaid = invoices.find((i) => i.status === 'Unpaid');
    if (unpaid) expect(unpaid.paidAt).toBeNull();
    const invoice = await fx.client.getInvoice(invoices[0]!.id);
    expect(invoice.lines.length).toBeGreaterThan(0);
    expect(typeof invoice.lines[0]!.amount).toBe('number');
    expect(invoice.total).toBeCloseTo(invoices[0]!.total!, 2);
    await expect(fx.client.getInvoice('424242424')).rejects.toMatchObject({ error: { kind: 'not-found' } });
  });

  it('applies credit once (POST, never repeated) and lists payment methods and fees', async () => {
    fx = await hostbillFixture();
    // The small seed may hold no unpaid invoice: make one.
    const record = [...fx.sandbox.state.invoices.values()][0]!;
    Object.assign(record, { status: 'Unpaid', datepaid: '0000-00-00 00:00:00', currency: 'EUR' });
    const unpaid = (await fx.client.listInvoices()).find((i) => i.id === record.id)!;
    expect(unpaid).toMatchObject({ status: 'Unpaid', paidAt: null });
    fx.sandbox.state.client.credit = 1;
    const applied = await fx.client.applyCredit(unpaid.id, 0.5);
    expect(applied.applied).toBe(0.5);
    expect(fx.count('POST', `/invoice/${unpaid.id}/credit`)).toBe(1);
    fx.sandbox.faults.add({ fault: { kind: 'server-error', status: 503 }, method: 'POST', path: '/credit$' });
    await expect(fx.client.applyCredit(unpaid.id, 0.1)).rejects.toMatchObject({ error: { kind: 'server' } });
    expect(fx.count('POST', `/invoice/${unpaid.id}/credit`)).toBe(2);
    const methods = await fx.client.listPaymentMethods();
    expect(methods.length).toBeGreaterThan(0);
    expect(methods[0]).toMatchObject({ id: expect.any(String), name: expect.any(String) });
    const fees = await fx.client.listPaymentFees();
    expect(typeof fees[0]!.percentFee).toBe('number');
  });
});
