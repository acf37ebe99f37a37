/**
 * Catalog and ordering. Prices in the catalog are numbers (as in the seed), order totals strings.
 * Items are checked and priced by ../order-pricing.ts (options, addons, pro-rata), so a quote says
 * what the order charges. A quote answers per-item `valid`/`error`/`info`; an order with an invalid
 * item is refused whole (POST /order with `ignore_errors` drops the invalid ones instead).
 * Ordering creates services with status "Pending" (a cloud product gets VM routes at once) and one
 * Unpaid invoice. POST /order/@product_id answers `items` as an object, POST /order as an array.
 * Promotion code "DEMO10" takes 10 % off; any other code is refused.
 */
import { text, type Body } from '../body';
import { createInvoice } from '../invoices';
import { orderFormJson, periodsJson } from '../order-form-json';
import { dueNow, isRejected, priceItem, type PricedItem, type RejectedItem } from '../order-pricing';
import { fail, ok, type Route } from '../router';
import { cents, createRng, money } from '../rng';
import { CATEGORIES, cycleByCode, PAYMENT_METHODS, productById, PRODUCTS } from '../seed/catalog-data';
import { createServiceRecord } from '../seed/services';
import { addLog, nextId, type HostbillState } from '../state';

const PROMO = { code: 'DEMO10', percent: 10 };
const TAX_RATE = 21;

function checkCommon(body: Body): string | undefined {
  const payMethod = text(body, 'pay_method');
  if (payMethod !== '' && !PAYMENT_METHODS.some((m) => String(m.id) === payMethod)) return 'Invalid payment method';
  const promo = text(body, 'promocode');
  if (promo !== '' && promo.toUpperCase() !== PROMO.code) return 'Invalid promotion code';
  return undefined;
}

function discountOf(body: Body): number {
  return text(body, 'promocode') === '' ? 0 : PROMO.percent / 100;
}

function itemType(item: PricedItem): string {
  return item.product.kind === 'domain' ? 'Domain Register' : 'Hosting';
}

function place(state: HostbillState, items: readonly PricedItem[], body: Body, now: Date) {
  const discount = discountOf(body);
  const rng = createRng(Number(state.sequences['service'] ?? 300) * 7919);
  const created = items.map((item) => {
    const service = createServiceRecord(state, rng, item.product, item.cycle, now, now);
    service.status = 'Pending';
    service.domain = item.domain;
    service.total = cents(item.lines.filter((l) => l.cycle === item.cycle).reduce((sum, l) => sum + l.recurring, 0));
    service.firstpayment = dueNow(item);
    state.services.set(service.id, service);
    return { item, service };
  });
  const lines = created.flatMap(({ item, service }) =>
    item.lines.flatMap((line, index) => {
      const description = index === 0 && item.domain ? `${line.description} - ${item.domain}` : line.description;
      const charge = {
        type: itemType(item),
        itemId: service.id,
        description,
        amount: cents(line.amount * (1 - discount)),
      };
      const setup = { ...charge, description: `${line.description} setup fee`, amount: cents(line.setup) };
      return line.setup > 0 ? [charge, setup] : [charge];
    }),
  );
  const invoice = createInvoice(state, lines, now);
  const orderNum = 873_340_000 + Number(nextId(state, 'order', 995));
  addLog(state, 'order', `Order #${orderNum} placed`, now);
  const total = lines.reduce((sum, line) => sum + line.amount, 0) * (1 + invoice.taxrate / 100);
  const rows = created.map(({ item, service }) => ({
    type: itemType(item),
    id: service.id,
    name: item.domain,
    product_id: item.product.id,
  }));
  return { orderNum, invoiceId: invoice.id, total: money(total), rows };
}

type Checked = PricedItem | RejectedItem;

/** The items of POST /order and /quote, each checked and priced; a string when there are none. */
function readItems(body: Body, now: Date): Checked[] | string {
  const raw = body['items'];
  if (!Array.isArray(raw) || raw.length === 0) return 'No items to order';
  return raw.map((entry): Checked => {
    const item = entry !== null && typeof entry === 'object' ? (entry as Body) : {};
    if (text(item, 'type') !== 'product') {
      return { product: undefined, domain: '', errors: [`Unsupported item type: ${text(item, 'type') || '(none)'}`] };
    }
    return priceItem(item, text(item, 'product_id'), now);
  });
}

function quoteItemJson(item: Checked, index: number): Record<string, unknown> {
  const category = CATEGORIES.find((c) => c.id === item.product?.categoryId);
  const product = item.product
    ? {
        id: Number(item.product.id),
        category_name: category?.name ?? '',
        category_id: Number(item.product.categoryId),
        name: item.product.name,
        domain: item.domain,
      }
    : null;
  const base = { product, domains: {}, coupon: {}, index };
  if (isRejected(item)) return { ...base, valid: false, info: [], error: item.errors };
  return { ...base, valid: true, info: item.info, error: [] };
}

function quote(items: readonly Checked[], body: Body): Record<string, unknown> {
  const valid = items.filter((item): item is PricedItem => !isRejected(item));
  const cost = cents(valid.reduce((sum, item) => sum + dueNow(item), 0));
  const discount = cents(cost * discountOf(body));
  const subtotal = cents(cost - discount);
  const tax = cents(subtotal * (TAX_RATE / 100));
  const recurring = new Map<string, number>();
  for (const line of valid.flatMap((item) => item.lines))
    recurring.set(line.cycle, cents((recurring.get(line.cycle) ?? 0) + line.recurring));
  return {
    summary: {
      subtotal,
      total: cents(subtotal + tax),
      credit: 0,
      discount,
      cost,
      recurring: [...recurring].map(([value, price]) => ({ title: cycleByCode(value)?.title ?? value, price, value })),
      tax: [{ name: 'VAT', tax, value: TAX_RATE }],
    },
    items: items.map(quoteItemJson),
  };
}

export const catalogRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/category',
    handler: () =>
      ok({ categories: CATEGORIES.map(({ id, name, description, slug }) => ({ id, name, description, slug })) }),
  },
  {
    method: 'GET',
    pattern: '/category/:category_id/product',
    handler: ({ params }) => {
      if (!CATEGORIES.some((c) => c.id === params.category_id)) return fail('Category not found');
      const products = PRODUCTS.filter((p) => p.categoryId === params.category_id).map((p) => ({
        id: p.id,
        type: p.kind === 'domain' ? '2' : '1',
        name: p.name,
        stock: false,
        paytype: 'Regular',
        description: p.description,
        qty: '0',
        tags: [],
        periods: periodsJson(p),
      }));
      return ok({ products });
    },
  },
  {
    method: 'GET',
    pattern: '/order/:product_id',
    handler: ({ params, now }) => {
      const product = productById(params.product_id ?? '');
      return product ? ok({ product: orderFormJson(product, now) }) : fail('Product not found');
    },
  },
  {
    method: 'POST',
    pattern: '/order/:product_id',
    handler: ({ state, params, body, now }) => {
      const problem = checkCommon(body);
      if (problem) return fail(problem);
      const item = priceItem(body, params.product_id ?? '', now);
      if (isRejected(item)) return fail(...item.errors);
      const placed = place(state, [item], body, now);
      return ok({
        order_num: placed.orderNum,
        invoice_id: placed.invoiceId,
        total: placed.total,
        items: placed.rows[0],
      });
    },
  },
  {
    method: 'POST',
    pattern: '/order',
    handler: ({ state, body, now }) => {
      const problem = checkCommon(body);
      if (problem) return fail(problem);
      const read = readItems(body, now);
      if (typeof read === 'string') return fail(read);
      const valid = read.filter((item): item is PricedItem => !isRejected(item));
      const errors = read.flatMap((item) => (isRejected(item) ? item.errors : []));
      const ignore = ['1', 'true', 'yes'].includes(text(body, 'ignore_errors').toLowerCase());
      if (errors.length > 0 && (!ignore || valid.length === 0)) return fail(...errors);
      const placed = place(state, valid, body, now);
      return ok({
        order_num_list: [placed.orderNum],
        invoice_id: placed.invoiceId,
        total: placed.total,
        items: placed.rows,
      });
    },
  },
  {
    method: 'POST',
    pattern: '/quote',
    // A read for the portal: nothing is created, whatever the items hold.
    handler: ({ body, now }) => {
      const problem = checkCommon(body);
      if (problem) return fail(problem);
      const read = readItems(body, now);
      return typeof read === 'string' ? fail(read) : ok(quote(read, body));
    },
  },
];
