/** GET /order/@product_id's answer in HostBill's wire shape (seed 002): cycles, forms, addons, pro-rata. */
import { prorataDate } from './order-pricing';
import { cents, ymd } from './rng';
import { CATEGORIES, cycleByCode, type ProductInfo } from './seed/catalog-data';
import { addonById, PRODUCT_FORMS, PRORATA_PRODUCTS, type ConfigOption } from './seed/catalog-options';

export function periodsJson(product: ProductInfo, selected?: string): Record<string, unknown>[] {
  const codes = Object.keys(product.prices);
  const chosen = selected ?? codes[0];
  return codes.map((code) => ({
    title: code,
    value: code,
    price: product.prices[code],
    setup: product.setup,
    selected: code === chosen,
  }));
}

function formJson(option: ConfigOption, cycle: string): Record<string, unknown> {
  const months = cycleByCode(cycle)?.months ?? 1;
  return {
    type: option.kind,
    title: option.title,
    id: option.id,
    firstItemId: option.items[0]?.id ?? null,
    description: option.description,
    name: `custom[${option.id}]`,
    required: option.required,
    multiple: false,
    config:
      option.kind === 'qty'
        ? { conditionals: [], minvalue: String(option.min ?? 0), maxvalue: String(option.max ?? 100), step: '1' }
        : { conditionals: [] },
    value: [],
    textvalue: [],
    price: 0,
    recurring_price: 0,
    setup: 0,
    prorata_date: null,
    items: option.items.map((item) => ({
      title: item.title,
      value: 1,
      id: item.id,
      price: cents(item.monthly * months),
      setup: item.setup,
      selected: false,
    })),
  };
}

function addonJson(addonId: string): Record<string, unknown> | null {
  const addon = addonById(addonId);
  if (!addon) return null;
  const codes = Object.keys(addon.prices);
  return {
    type: 'subitem',
    title: addon.title,
    id: addon.id,
    value: null,
    description: addon.description,
    config: [
      { type: 'checkbox', title: 'add', name: `addon[${addon.id}]`, checked: false },
      {
        type: 'select',
        title: 'billingcycle',
        name: `addon_cycles[${addon.id}]`,
        items: codes.map((code, index) => ({
          title: code,
          value: code,
          price: addon.prices[code],
          setup: addon.setup,
          selected: index === 0,
        })),
      },
    ],
    price: 0,
    recurring_price: 0,
    setup: 0,
    prorata_date: null,
  };
}

export function orderFormJson(product: ProductInfo, now: Date): Record<string, unknown> {
  const category = CATEGORIES.find((c) => c.id === product.categoryId);
  const [cycle = 'm', price = 0] = Object.entries(product.prices)[0] ?? [];
  const prorata = PRORATA_PRODUCTS.has(product.id) ? ymd(prorataDate(now)) : null;
  const fields: Record<string, unknown>[] = [
    {
      type: 'select',
      title: 'pickcycle',
      id: 'cycle',
      name: 'cycle',
      items: periodsJson(product, cycle),
      value: cycle,
      price,
      setup: product.setup,
    },
  ];
  if (product.domainRequired)
    fields.push({ type: 'input', title: 'domain', id: 'domain', name: 'domain', value: null });
  const form = PRODUCT_FORMS[product.id];
  return {
    id: product.id,
    category_name: category?.name ?? '',
    category_id: product.categoryId,
    name: product.name,
    price,
    recurring: cycle,
    setup: product.setup,
    config: {
      product: fields,
      forms: (form?.options ?? []).map((option) => formJson(option, cycle)),
      addons: (form?.addons ?? []).map(addonJson).filter((a) => a !== null),
      subproducts: [],
      prorata_date: prorata,
    },
    recurring_price: price,
    prorata_date: prorata,
  };
}
