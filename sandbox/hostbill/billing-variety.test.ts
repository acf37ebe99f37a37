import { afterEach, describe, expect, it } from 'vitest';
import type { HostbillSandbox } from './server';
import { call, start } from './test-support';

let sandbox: HostbillSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

type Row = { id: string; total: string; status: string; datepaid: string; currency: string; number: string };
type Detail = {
  total: number;
  subtotal: number;
  tax: number;
  tax2: number;
  taxrate2: number;
  notes: string;
  items: { amount: string; description: string }[];
};

async function rows(): Promise<Row[]> {
  return (await call(sandbox!, 'GET', '/invoice')).json.invoices as Row[];
}

async function control(body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const origin = new URL(sandbox!.url).origin;
  const response = await fetch(`${origin}/__sandbox/invoices`, { method: 'POST', body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('HostBill sandbox invoice variety', () => {
  it('seeds 2,000 invoices on request, in several currencies, with credit notes and Unicode lines', async () => {
    sandbox = await start({ size: { invoices: 2000 } });
    const list = await rows();
    expect(list).toHaveLength(2000);
    const currencies = new Set(list.map((r) => r.currency));
    expect(currencies).toEqual(new Set(['EUR', 'USD', 'GBP', 'CAD']));
    const notes = list.filter((r) => Number(r.total) < 0);
    expect(notes.length).toBeGreaterThan(20);
    expect(new Set(notes.map((r) => r.status))).toEqual(new Set(['Refunded']));
    expect(notes[0]!.total).toMatch(/^-\d+\.\d{2}$/);
    const note = (await call(sandbox, 'GET', `/invoice/${notes[0]!.id}`)).json.invoice as Detail;
    expect(note.notes).toMatch(/^Credit note for invoice \d{4}\/\d{2}\/\d+$/);
    expect(note.items.every((item) => Number(item.amount) < 0)).toBe(true);
    expect(note.total).toBeCloseTo(note.subtotal + note.tax + note.tax2, 2);
    const descriptions = [...sandbox.state.invoices.values()].flatMap((i) => i.items.map((item) => item.description));
    expect(descriptions.some((d) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(d))).toBe(true);
    expect(descriptions.some((d) => /[éüñ]/.test(d))).toBe(true);
  });

  it('charges a second tax on CAD invoices and keeps /balance in the account currency only', async () => {
    sandbox = await start();
    const cad = (await rows()).find((r) => r.currency === 'CAD' && Number(r.total) > 0)!;
    const detail = (await call(sandbox, 'GET', `/invoice/${cad.id}`)).json.invoice as Detail;
    expect(detail.taxrate2).toBe(7);
    expect(detail.total).toBeCloseTo(detail.subtotal + detail.tax + detail.tax2, 2);
    const foreignUnpaid = (await rows()).find((r) => r.status === 'Unpaid' && r.currency !== 'EUR')!;
    const refused = await call(sandbox, 'POST', `/invoice/${foreignUnpaid.id}/credit`, { body: {} });
    expect(refused.status).toBe(200);
    expect(refused.json.error).toEqual([`Credit is held in EUR and cannot pay a ${foreignUnpaid.currency} invoice`]);
  });

  it('changes invoices between two syncs through the test hook: pay, add, cancel', async () => {
    sandbox = await start();
    const before = await rows();
    const unpaid = before.filter((r) => r.status === 'Unpaid');
    const paid = await control({ action: 'pay', id: unpaid[0]!.id });
    expect(paid).toEqual({ status: 200, json: { id: unpaid[0]!.id, status: 'Paid' } });
    const cancelled = await control({ action: 'cancel', id: unpaid[1]!.id });
    expect(cancelled.json).toEqual({ id: unpaid[1]!.id, status: 'Cancelled' });
    const added = await control({ action: 'add' });
    const after = await rows();
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]).toMatchObject({ id: added.json.id, status: 'Unpaid', currency: 'EUR', total: '30.13' });
    const paidRow = after.find((r) => r.id === unpaid[0]!.id)!;
    expect(paidRow.datepaid).not.toBe('0000-00-00 00:00:00');
    expect(after.find((r) => r.id === unpaid[1]!.id)!.status).toBe('Cancelled');
    // The rest did not move.
    const untouched = new Set([unpaid[0]!.id, unpaid[1]!.id]);
    expect(after.slice(1).filter((r) => !untouched.has(r.id))).toEqual(before.filter((r) => !untouched.has(r.id)));
    expect(await control({ action: 'pay', id: unpaid[0]!.id })).toMatchObject({ status: 400 });
    expect(await control({ action: 'explode' })).toMatchObject({ status: 400 });
  });

  it('puts every billing route behind the fault layer', async () => {
    sandbox = await start();
    const id = (await rows()).find((r) => r.status === 'Unpaid' && r.currency === 'EUR')!.id;
    const routes: [string, string][] = [
      ['GET', '/invoice'],
      ['GET', `/invoice/${id}`],
      ['GET', '/payment'],
      ['GET', '/payment/fees'],
      ['GET', '/balance'],
      ['POST', `/invoice/${id}/credit`],
    ];
    for (const [method, path] of routes) {
      sandbox.faults.add({ fault: { kind: 'server-error', status: 503 }, method, path: `^/api${path}$` });
      expect((await call(sandbox, method, path, { body: method === 'POST' ? {} : undefined })).status).toBe(503);
      sandbox.faults.add({ fault: { kind: 'malformed' }, method, path: `^/api${path}$` });
      await expect(call(sandbox, method, path, { body: method === 'POST' ? {} : undefined })).rejects.toThrow(
        SyntaxError,
      );
    }
    expect(sandbox.state.invoices.get(id)!.credit).toBeGreaterThanOrEqual(0);
  });

  it('carries a dropped credit out once: the portal applied it though the client never heard', async () => {
    sandbox = await start();
    const id = (await rows()).find((r) => r.status === 'Unpaid' && r.currency === 'EUR')!.id;
    const creditBefore = sandbox.state.client.credit;
    sandbox.faults.add({ fault: { kind: 'drop-after' }, method: 'POST', path: '/credit$' });
    await expect(call(sandbox, 'POST', `/invoice/${id}/credit`, { body: { amount: '1.00' } })).rejects.toThrow();
    expect(sandbox.state.client.credit).toBeCloseTo(creditBefore - 1, 2);
  });
});
