import { describe, expect, it } from 'vitest';
import type { Product } from '../models/hostbill';
import { orderItemSchema } from './order-item';
import { buildOrderForm, describeSelection, initialValues, toOrderItem, validateOrderValues } from './order-form';

/** The seed documentation's GET /order/333 example (seed 002), trimmed to its config. */
const SEED_CONFIG = {
  product: [
    {
      type: 'select',
      title: 'pickcycle',
      id: 'cycle',
      name: 'cycle',
      items: [
        { title: 'm', value: 'm', price: 9.99, setup: 0, selected: true },
        { title: 'a', value: 'a', price: 109.89, setup: 0, selected: false },
      ],
    },
    { type: 'input', title: 'domain', id: 'domain', name: 'domain', value: null },
  ],
  forms: [
    {
      type: 'select',
      title: 'Disk Size',
      id: '1618',
      firstItemId: 10330,
      name: 'custom[1618]',
      required: false,
      items: [
        { title: '512MB', value: 1, id: 10330, price: 0, setup: 0 },
        { title: '1GB', value: 1, id: 10331, price: 0, setup: 0 },
      ],
    },
    { type: 'colorpicker', title: 'Panel colour', id: '1700', items: [{ id: 1, title: 'x' }] },
  ],
  addons: [
    {
      type: 'subitem',
      title: 'Cpanel2: Add Extra IP',
      id: '31',
      description: 'Automatically adds IP address to account',
      config: [
        { type: 'checkbox', title: 'add', name: 'addon[31]', checked: false },
        {
          type: 'select',
          title: 'billingcycle',
          name: 'addon_cycles[31]',
          items: [
            { title: 'm', value: 'm', price: 5, setup: 0, selected: true },
            { title: 'q', value: 'q', price: 20, setup: 0, selected: false },
          ],
        },
      ],
    },
  ],
  subproducts: [],
};

/** A VPS form with one option of each other kind, as the simulator sends it. */
const VPS_CONFIG = {
  product: [
    {
      type: 'select',
      id: 'cycle',
      items: [
        { value: 'm', price: 12.9 },
        { value: 'q', price: 38.7 },
      ],
    },
  ],
  forms: [
    {
      type: 'radio',
      title: 'Operating system',
      id: '1630',
      required: true,
      items: [
        { id: 10400, title: 'Ubuntu 24.04 LTS', price: 0 },
        { id: 10403, title: 'Windows Server 2022', price: 15, setup: 10 },
      ],
    },
    {
      type: 'qty',
      title: 'Extra IPv4 addresses',
      id: '1631',
      config: { minvalue: '0', maxvalue: '8', step: '1' },
      items: [{ id: 10410, title: 'IPv4 address', price: 2 }],
    },
    { type: 'input', title: 'Hostname', id: '1632', required: true, items: [{ id: 10420, title: 'Hostname' }] },
    { type: 'checkbox', title: 'Managed backups', id: '1633', items: [{ id: 10430, title: 'Enable', price: 3 }] },
  ],
  addons: [
    {
      id: '33',
      title: 'Monitoring',
      config: [
        { type: 'checkbox', name: 'addon[33]' },
        {
          type: 'select',
          name: 'addon_cycles[33]',
          items: [
            { value: 'm', price: 2 },
            { value: 'a', price: 20 },
          ],
        },
      ],
    },
  ],
  prorata_date: '2026-04-01',
};

function product(id: string, config: unknown): Product {
  return {
    id,
    name: 'Starter Hosting',
    description: null,
    categoryId: '10',
    categoryName: 'Hosting',
    periods: [],
    config,
  };
}

describe('order form builder', () => {
  it('builds cycle, domain, option and addon fields from the seed example, naming what it cannot offer', () => {
    const form = buildOrderForm(product('333', SEED_CONFIG));
    expect(form.fields.map((f) => [f.kind, f.key])).toEqual([
      ['cycle', 'cycle'],
      ['domain', 'domain'],
      ['choice', 'custom:1618'],
      ['addon', 'addon:31'],
    ]);
    expect(form.fields[0]).toMatchObject({
      options: [{ value: 'm', label: 'Monthly', price: 9.99 }, { label: 'Annually' }],
    });
    expect(form.fields[3]).toMatchObject({
      cycles: [
        { value: 'm', price: 5 },
        { value: 'q', price: 20 },
      ],
    });
    expect(form.unsupported).toEqual(['Panel colour']);
  });

  it('covers every option kind the simulator offers, with bounds and pro-rata', () => {
    const form = buildOrderForm(product('851', VPS_CONFIG));
    expect(form.fields.map((f) => f.kind)).toEqual(['cycle', 'choice', 'quantity', 'text', 'checkbox', 'addon']);
    expect(form.fields[1]).toMatchObject({ display: 'radio', required: true });
    expect(form.fields[2]).toMatchObject({ min: 0, max: 8, unitPrice: 2 });
    expect(form.prorataDate).toBe('2026-04-01');
    expect(buildOrderForm(product('1', null)).fields).toEqual([]);
  });

  it('turns values into the wire item the portal expects, and validates them first', () => {
    const form = buildOrderForm(product('851', VPS_CONFIG));
    const values = { ...initialValues(form) };
    expect(validateOrderValues(form, values)).toEqual({ 'custom:1632': 'Enter hostname' });
    Object.assign(values, {
      cycle: 'q',
      'custom:1630': '10403',
      'custom:1631': 3,
      'custom:1632': ' web1.example.com ',
      'custom:1633': true,
      'addon:33': true,
      'addon:33:cycle': 'a',
    });
    expect(validateOrderValues(form, values)).toEqual({});
    const item = toOrderItem(form, values);
    expect(item).toEqual({
      productId: '851',
      cycle: 'q',
      custom: {
        '1630': { '10403': 1 },
        '1631': { '10410': 3 },
        '1632': { '10420': 'web1.example.com' },
        '1633': { '10430': 1 },
      },
      addons: { '33': 'a' },
    });
    expect(orderItemSchema.parse(item)).toEqual(item);
    expect(describeSelection(form, values).map((r) => `${r.label}=${r.value}`)).toEqual([
      'Billing cycle=Quarterly',
      'Operating system=Windows Server 2022',
      'Extra IPv4 addresses=3',
      'Hostname=web1.example.com',
      'Managed backups=Yes',
      'Monitoring=Annually',
    ]);
    expect(
      validateOrderValues(form, { ...values, 'custom:1631': 9, 'custom:1630': '1', 'addon:33:cycle': 'x' }),
    ).toEqual({
      'custom:1631': 'Enter a whole number from 0 to 8',
      'custom:1630': 'Choose an option for Operating system',
      'addon:33:cycle': 'Choose a billing cycle for this addon',
    });
  });

  it('asks for a valid domain where the product needs one', () => {
    const form = buildOrderForm(product('333', SEED_CONFIG));
    const values = initialValues(form);
    expect(validateOrderValues(form, values).domain).toBe('Enter a domain name such as example.com');
    expect(validateOrderValues(form, { ...values, domain: 'not a domain' }).domain).toBe(
      'not a domain is not a valid domain name',
    );
    expect(toOrderItem(form, { ...values, domain: 'Shop.Example ' })).toEqual({
      productId: '333',
      cycle: 'm',
      domain: 'shop.example',
      custom: { '1618': { '10330': 1 } },
    });
  });
});
