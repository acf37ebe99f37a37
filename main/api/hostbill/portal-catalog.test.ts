/** Catalog, quotes and orders over real HTTP against the simulator, through the order-form builder. */
import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../common/errors';
import { buildOrderForm, initialValues, toOrderItem } from '../../../common/portal/order-form';
import { hostbillFixture, type HostbillFixture } from './fixture.test-util';

let fx: HostbillFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

describe('HostBill order form, quote and order', () => {
  it('builds the form of every option kind from the portal and quotes it', async () => {
    fx = await hostbillFixture();
    const form = buildOrderForm(await fx.client.getProduct('851'));
    expect(form.fields.map((f) => f.kind)).toEqual(['cycle', 'choice', 'quantity', 'text', 'checkbox', 'addon']);
    expect(form.prorataDate).toMatch(/-01$/);
    const item = toOrderItem(form, {
      ...initialValues(form),
      cycle: 'm',
      'custom:1631': 2,
      'custom:1632': 'web1.example.com',
      'addon:33': true,
      'addon:33:cycle': 'm',
    });
    const quote = await fx.client.getQuote([item]);
    expect(quote.items).toEqual([{ index: 0, valid: true, errors: [], info: [expect.stringContaining('pro rata')] }]);
    // 12.90 + 2 × 2.00 monthly, the monitoring addon 2.00 monthly.
    expect(quote.recurring).toEqual([{ title: 'Monthly', price: 18.9, cycle: 'm' }]);
    expect(fx.count('POST', '/quote')).toBe(1);
  });

  it('answers an invalid option with the portal’s per-item error, not a failure', async () => {
    fx = await hostbillFixture();
    const quote = await fx.client.getQuote([
      { productId: '900', cycle: 'm' },
      { productId: '333', domain: 'shop.example', custom: { '1618': { '4': 1 } } },
    ]);
    expect(quote.items.map((i) => [i.valid, i.errors])).toEqual([
      [true, []],
      [false, ['Invalid value for Disk Size']],
    ]);
    expect(quote.subtotal).toBe(2.5);
  });

  it('never repeats an order whose answer was lost; the services list then shows it pending', async () => {
    fx = await hostbillFixture();
    const before = await fx.client.listServices();
    fx.sandbox.faults.add({ fault: { kind: 'drop-after' }, method: 'POST', path: '/order/900$' });
    const thrown = await fx.client.orderProduct({ productId: '900', cycle: 'm' }).catch((e: unknown) => e);
    const error = (thrown as { error?: unknown }).error;
    expect(isAppError(error) && ['network', 'timeout'].includes(error.kind)).toBe(true);
    expect(fx.requests.filter((r) => r.path === '/order/900')).toEqual([
      { method: 'POST', path: '/order/900', status: 'failed' },
    ]);
    const after = await fx.client.listServices();
    const added = after.filter((s) => !before.some((b) => b.id === s.id));
    expect(added.map((s) => [s.name, s.status])).toEqual([['DNS Hosting Basic', 'Pending']]);
  });
});
