/**
 * The order form, built from what the portal's `GET /order/@product_id` describes (config.product,
 * config.forms, config.addons), so a portal's own products need no code. Each field has a key into
 * the form's values; `toOrderItem` turns the values into what quotes and orders send.
 */
import type { Product } from '../models/hostbill';
import { cycleLabel } from './cycles';
import type { OrderItemInput } from './order-item';
import { humanize, isObject, numberOf, objects, str, truthy, type RawObject } from './raw';

export interface OrderChoice {
  readonly value: string;
  readonly label: string;
  readonly price: number | null;
  readonly setup: number | null;
}

interface FieldBase {
  readonly key: string;
  readonly label: string;
  readonly description: string | null;
}

export type OrderField =
  | (FieldBase & { readonly kind: 'cycle'; readonly options: readonly OrderChoice[] })
  | (FieldBase & { readonly kind: 'domain'; readonly required: boolean })
  | (FieldBase & {
      readonly kind: 'choice';
      readonly formId: string;
      readonly display: 'select' | 'radio';
      readonly required: boolean;
      readonly options: readonly OrderChoice[];
    })
  | (FieldBase & {
      readonly kind: 'checkbox';
      readonly formId: string;
      readonly itemId: string;
      readonly price: number | null;
    })
  | (FieldBase & {
      readonly kind: 'text';
      readonly formId: string;
      readonly itemId: string;
      readonly required: boolean;
    })
  | (FieldBase & {
      readonly kind: 'quantity';
      readonly formId: string;
      readonly itemId: string;
      readonly min: number;
      readonly max: number;
      readonly unitPrice: number | null;
    })
  | (FieldBase & { readonly kind: 'addon'; readonly addonId: string; readonly cycles: readonly OrderChoice[] });

export interface OrderForm {
  readonly productId: string;
  readonly name: string;
  readonly categoryName: string | null;
  /** Set when the portal bills this product pro rata up to that day (ISO date). */
  readonly prorataDate: string | null;
  readonly fields: readonly OrderField[];
  /** Options the portal listed in a kind this form cannot offer: named so the user knows. */
  readonly unsupported: readonly string[];
}

/** Field key → value: strings for cycle/domain/choice/text and addon cycles, booleans, numbers. */
export type OrderValues = Readonly<Record<string, string | number | boolean>>;

export const TEXT_MAX = 255;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function choice(raw: RawObject, label: (raw: RawObject) => string): OrderChoice | null {
  const value = str(raw.id) ?? str(raw.value);
  return value === null ? null : { value, label: label(raw), price: numberOf(raw.price), setup: numberOf(raw.setup) };
}

function cycleChoices(items: unknown): OrderChoice[] {
  return objects(items)
    .map((raw) => {
      const value = str(raw.value) ?? str(raw.title);
      return value === null
        ? null
        : { value, label: cycleLabel(value), price: numberOf(raw.price), setup: numberOf(raw.setup) };
    })
    .filter((c): c is OrderChoice => c !== null);
}

function formField(raw: RawObject): OrderField | string {
  const formId = str(raw.id) ?? '';
  const label = str(raw.title) ?? humanize(str(raw.name) ?? formId);
  const base = { key: `custom:${formId}`, label, description: str(raw.description) };
  const items = objects(raw.items);
  const first = items[0];
  const itemId = first ? (str(first.id) ?? '') : '';
  const type = (str(raw.type) ?? '').toLowerCase();
  if (formId === '' || (!first && type !== 'input')) return label;
  const required = truthy(raw.required);
  switch (type) {
    case 'select':
    case 'radio':
      return {
        ...base,
        kind: 'choice',
        formId,
        display: type,
        required,
        options: items.map((item) => choice(item, (i) => str(i.title) ?? '')).filter((c) => c !== null),
      };
    case 'checkbox':
      return { ...base, kind: 'checkbox', formId, itemId, price: numberOf(first?.price) };
    case 'input':
    case 'textarea':
      return { ...base, kind: 'text', formId, itemId, required };
    case 'qty':
    case 'slider': {
      const config = isObject(raw.config) ? raw.config : {};
      const min = numberOf(config.minvalue) ?? 0;
      const max = numberOf(config.maxvalue) ?? 100;
      return {
        ...base,
        kind: 'quantity',
        formId,
        itemId,
        min,
        max: Math.max(min, max),
        unitPrice: numberOf(first?.price),
      };
    }
    default:
      return label;
  }
}

function addonField(raw: RawObject): OrderField | string {
  const addonId = str(raw.id);
  const label = str(raw.title) ?? `Addon ${addonId ?? ''}`.trim();
  if (addonId === null) return label;
  const cycleSelect = objects(raw.config).find((c) => (str(c.name) ?? '').startsWith('addon_cycles'));
  const cycles = cycleChoices(cycleSelect?.items);
  if (cycles.length === 0) return label;
  return { key: `addon:${addonId}`, label, description: str(raw.description), kind: 'addon', addonId, cycles };
}

export function buildOrderForm(product: Product): OrderForm {
  const config = isObject(product.config) ? product.config : {};
  const fields: OrderField[] = [];
  const unsupported: string[] = [];
  const productFields = objects(config.product);
  const cycleField = productFields.find((f) => f.id === 'cycle');
  const cycles = cycleField
    ? cycleChoices(cycleField.items)
    : product.periods.map((p) => ({ value: p.cycle, label: cycleLabel(p.cycle), price: p.price, setup: p.setup }));
  if (cycles.length > 0)
    fields.push({ key: 'cycle', label: 'Billing cycle', description: null, kind: 'cycle', options: cycles });
  if (productFields.some((f) => f.id === 'domain'))
    fields.push({ key: 'domain', label: 'Domain', description: null, kind: 'domain', required: true });
  for (const raw of [...objects(config.forms).map(formField), ...objects(config.addons).map(addonField)]) {
    if (typeof raw === 'string') unsupported.push(raw);
    else fields.push(raw);
  }
  return {
    productId: product.id,
    name: product.name,
    categoryName: product.categoryName,
    prorataDate: str(config.prorata_date),
    fields,
    unsupported,
  };
}

/** What the form starts with: the first cycle and first choice (the portal's defaults), nothing added. */
export function initialValues(form: OrderForm): Record<string, string | number | boolean> {
  const values: Record<string, string | number | boolean> = {};
  for (const field of form.fields) {
    if (field.kind === 'cycle' || field.kind === 'choice') values[field.key] = field.options[0]?.value ?? '';
    else if (field.kind === 'domain' || field.kind === 'text') values[field.key] = '';
    else if (field.kind === 'checkbox') values[field.key] = false;
    else if (field.kind === 'quantity') values[field.key] = field.min;
    else {
      values[field.key] = false;
      values[`${field.key}:cycle`] = field.cycles[0]?.value ?? '';
    }
  }
  return values;
}

/** Field key → message for what the portal would refuse anyway; empty when the values can be quoted. */
export function validateOrderValues(form: OrderForm, values: OrderValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of form.fields) {
    const value = values[field.key];
    const textValue = typeof value === 'string' ? value.trim() : '';
    if (field.kind === 'cycle' || field.kind === 'choice') {
      if (!field.options.some((o) => o.value === value)) errors[field.key] = `Choose an option for ${field.label}`;
    } else if (field.kind === 'domain') {
      if (textValue === '') errors[field.key] = 'Enter a domain name such as example.com';
      else if (!DOMAIN.test(textValue.toLowerCase())) errors[field.key] = `${textValue} is not a valid domain name`;
    } else if (field.kind === 'text') {
      if (field.required && textValue === '') errors[field.key] = `Enter ${field.label.toLowerCase()}`;
      else if (textValue.length > TEXT_MAX) errors[field.key] = `At most ${TEXT_MAX} characters`;
    } else if (field.kind === 'quantity') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < field.min || value > field.max)
        errors[field.key] = `Enter a whole number from ${field.min} to ${field.max}`;
    } else if (field.kind === 'addon' && value === true) {
      if (!field.cycles.some((c) => c.value === values[`${field.key}:cycle`]))
        errors[`${field.key}:cycle`] = 'Choose a billing cycle for this addon';
    }
  }
  return errors;
}

/** The values as one order/quote item: `custom` form id → item id → value, addons id → cycle. */
export function toOrderItem(form: OrderForm, values: OrderValues): OrderItemInput {
  const custom: Record<string, Record<string, string | number>> = {};
  const addons: Record<string, string> = {};
  let cycle: string | undefined;
  let domain: string | undefined;
  for (const field of form.fields) {
    const value = values[field.key];
    if (field.kind === 'cycle' && typeof value === 'string') cycle = value;
    else if (field.kind === 'domain' && typeof value === 'string') domain = value.trim().toLowerCase();
    else if (field.kind === 'choice' && typeof value === 'string' && value !== '')
      custom[field.formId] = { [value]: 1 };
    else if (field.kind === 'checkbox' && value === true) custom[field.formId] = { [field.itemId]: 1 };
    else if (field.kind === 'text' && typeof value === 'string' && value.trim() !== '')
      custom[field.formId] = { [field.itemId]: value.trim() };
    else if (field.kind === 'quantity' && typeof value === 'number') custom[field.formId] = { [field.itemId]: value };
    else if (field.kind === 'addon' && value === true)
      addons[field.addonId] = String(values[`${field.key}:cycle`] ?? '');
  }
  return {
    productId: form.productId,
    ...(cycle ? { cycle } : {}),
    ...(domain ? { domain } : {}),
    ...(Object.keys(custom).length > 0 ? { custom } : {}),
    ...(Object.keys(addons).length > 0 ? { addons } : {}),
  };
}

/** What the confirm step lists: each chosen option in words. */
export function describeSelection(form: OrderForm, values: OrderValues): { label: string; value: string }[] {
  const rows: { label: string; value: string }[] = [];
  for (const field of form.fields) {
    const value = values[field.key];
    if (field.kind === 'cycle' || field.kind === 'choice') {
      const option = field.options.find((o) => o.value === value);
      if (option) rows.push({ label: field.label, value: option.label });
    } else if ((field.kind === 'domain' || field.kind === 'text') && typeof value === 'string' && value.trim() !== '')
      rows.push({ label: field.label, value: value.trim() });
    else if (field.kind === 'checkbox' && value === true) rows.push({ label: field.label, value: 'Yes' });
    else if (field.kind === 'quantity' && typeof value === 'number' && value > 0)
      rows.push({ label: field.label, value: String(value) });
    else if (field.kind === 'addon' && value === true)
      rows.push({ label: field.label, value: cycleLabel(String(values[`${field.key}:cycle`] ?? '')) });
  }
  return rows;
}
