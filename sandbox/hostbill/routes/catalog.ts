/**
 * Catalog and ordering. Prices in the catalog are numbers (as in the seed), order totals strings.
 * Ordering creates services with status "Pending" (a cloud product gets VM routes at once) and one Unpaid
 * invoice. POST /order/@product_id answers `items` as an object, POST /order as an array (as in the seed).
 * Promotion code "DEMO10" takes 10 % off; any other code is refused.
 */
import { text, type Body } from '../body';
import { createInvoice } from '../invoices';
import { fail, ok, type Route } from '../router';
import { cents, createRng, money } from '../rng';
import {
  CATEGORIES,
  cycleByCode,
  PAYMENT_METHODS,
  productById,
  PRODUCTS,
  type ProductInfo,
} from '../seed/catalog-data';
import { createServiceRecord } from '../seed/services';
import { addLog, nextId, type HostbillState } from '../state';

const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const PROMO = { code: 'DEMO10', percent: 10 };

function periods(product: ProductInfo, selected?: string): Record<string, unknown>[] {
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

interface OrderItem {
  readonly product: ProductInfo;
  readonly cycle: string;
  readonly domain: string;
  readonly price: number;
}

/** Validates one order item; returns it or an error message. */
function readItem(body: Body, productId: string): OrderItem | string {
  const product = productById(productId);
  if (!product) return `Product ${productId} not found`;
  const cycle = text(body, 'cycle') || (Object.keys(product.prices)[0] ?? 'm');
  const price = product.prices[cycle];
  if (!cycleByCode(cycle) || price === undefined) return `Invalid billing cycle for ${product.name}`;
  const domain = text(body, 'domain').toLowerCase();
  if (product.domainRequired && domain === '') return `Domain name is required for ${product.name}`;
  if (domain !== '' && !DOMAIN.test(domain)) return `Invalid domain name: ${domain}`;
  return { product, cycle, domain, price };
}

function checkCommon(body: Body): string | undefined {
  const payMethod = text(body, 'pay_method');
  if (payMethod !== '' && !PAYMENT_METHODS.some((m) => String(m.id) === payMethod)) return 'Invalid payment method';
  const promo = text(body, 'promocode');
  if (promo !== '' && promo.toUpperCase() !== PROMO.code) return 'Invalid promotion code';
  return undefined;
}

function place(state: HostbillState, items: readonly OrderItem[], body: Body, now: Date) {
  const discount = text(body, 'promocode') === '' ? 0 : PROMO.percent / 100;
  const rng = createRng(Number(state.sequences['service'] ?? 300) * 7919);
  const created = items.map((item) => {
    const service = createServiceRecord(state, rng, item.product, item.cycle, now, now);
    service.status = 'Pending';
    service.domain = item.domain;
    state.services.set(service.id, service);
    return { item, service };
  });
  const lines = created.map(({ item, service }) => ({
    type: item.product.kind === 'domain' ? 'Domain Register' : 'Hosting',
    itemId: service.id,
    description: `${item.product.name}${item.domain ? ` - ${item.domain}` : ''}`,
    amount: cents((item.price + item.product.setup) * (1 - discount)),
  }));
  const invoice = createInvoice(state, lines, now);
  const orderNum = 873_340_000 + Number(nextId(state, 'order', 995));
  addLog(state, 'order', `Order #${orderNum} placed`, now);
  const total = lines.reduce((sum, line) => sum + line.amount, 0) * (1 + invoice.taxrate / 100);
  const rows = created.map(({ item, service }) => ({
    type: item.product.kind === 'domain' ? 'Domain Register' : 'Hosting',
    id: service.id,
    name: item.domain,
    product_id: item.product.id,
  }));
  return { orderNum, invoiceId: invoice.id, total: money(total), rows };
}

function readItems(body: Body): { items: OrderItem[]; errors: string[] } | string {
  const raw = body['items'];
  if (!Array.isArray(raw) || raw.length === 0) return 'No items to order';
  const items: OrderItem[] = [];
  const errors: string[] = [];
  for (const entry of raw) {
    const item = entry !== null && typeof entry === 'object' ? (entry as Body) : {};
    if (text(item, 'type') !== 'product') {
      errors.push(`Unsupported item type: ${text(item, 'type') || '(none)'}`);
      continue;
    }
    const read = readItem(item, text(item, 'product_id'));
    if (typeof read === 'string') errors.push(read);
    else items.push(read);
  }
  return { items, errors };
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
        periods: periods(p),
      }));
      return ok({ products });
    },
  },
  {
    method: 'GET',
    pattern: '/order/:product_id',
    handler: ({ params }) => {
      const product = productById(params.product_id ?? '');
      if (!product) return fail('Product not found');
      const category = CATEGORIES.find((c) => c.id === product.categoryId);
      const [cycle = 'm', price = 0] = Object.entries(product.prices)[0] ?? [];
      const config: Record<string, unknown>[] = [
        {
          type: 'select',
          title: 'pickcycle',
          id: 'cycle',
          name: 'cycle',
          items: periods(product, cycle),
          value: cycle,
          price,
          setup: product.setup,
        },
      ];
      if (product.domainRequired)
        config.push({ type: 'input', title: 'domain', id: 'domain', name: 'domain', value: null });
      return ok({
        product: {
          id: product.id,
          category_name: category?.name ?? '',
          category_id: product.categoryId,
          name: product.name,
          price,
          recurring: cycle,
          setup: product.setup,
          config: { product: config, forms: [], addons: [], subproducts: [] },
          recurring_price: price,
          prorata_date: null,
        },
      });
    },
  },
  {
    method: 'POST',
    pattern: '/order/:product_id',
    handler: ({ state, params, body, now }) => {
      const problem = checkCommon(body);
      if (problem) return fail(problem);
      const item = readItem(body, params.product_id ?? '');
      if (typeof item === 'string') return fail(item);
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
      const read = readItems(body);
      if (typeof read === 'string') return fail(read);
      const ignore = ['1', 'true', 'yes'].includes(text(body, 'ignore_errors').toLowerCase());
      if (read.errors.length > 0 && (!ignore || read.items.length === 0)) return fail(...read.errors);
      const placed = place(state, read.items, body, now);
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
    handler: ({ body }) => {
      const read = readItems(body);
      if (typeof read === 'string') return fail(read);
      const subtotal = cents(read.items.reduce((sum, item) => sum + item.price + item.product.setup, 0));
      const tax = cents(subtotal * 0.21);
      const recurring = new Map<string, number>();
      for (const item of read.items) recurring.set(item.cycle, cents((recurring.get(item.cycle) ?? 0) + item.price));
      return ok({
        summary: {
          subtotal,
          total: cents(subtotal + tax),
          credit: 0,
          discount: 0,
          cost: subtotal,
          recurring: [...recurring].map(([value, price]) => ({
            title: cycleByCode(value)?.title ?? value,
            price,
            value,
          })),
          tax: [{ name: 'VAT', tax, value: 21 }],
        },
        items: read.items.map((item, index) => {
          const category = CATEGORIES.find((c) => c.id === item.product.categoryId);
          const product = {
            id: Number(item.product.id),
            category_name: category?.name ?? '',
            category_id: Number(item.product.categoryId),
            name: item.product.name,
            domain: item.domain,
          };
          return { product, domains: {}, coupon: {}, index, valid: true, info: [], error: [] };
        }),
        ...(read.errors.length > 0 ? { error: read.errors } : {}),
      });
    },
  },
];
