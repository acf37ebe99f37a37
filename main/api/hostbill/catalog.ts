/**
 * Catalog and orders. Orders and quotes are POSTs and never repeated by themselves: an order sent
 * twice is two orders (and two invoices). After a timeout, check the invoices/services lists.
 */
import { z } from 'zod';
import type { Category, OrderResult, Product, ProductPeriod, Quote } from '../../../common/models/hostbill';
import type { PortalContext } from './context';
import {
  bool,
  id,
  isRaw,
  money,
  num,
  parseWith,
  pick,
  rawListOrMap,
  rawObject,
  strings,
  text,
  type Raw,
} from './normalize';
import { path } from './request';

export interface OrderItem {
  readonly productId: string;
  readonly domain?: string;
  readonly cycle?: string;
  /** Form id → item id → value, as GET /order/@product_id describes the forms. */
  readonly custom?: Readonly<Record<string, unknown>>;
  /** Addon id → billing cycle; sent as the form names them, `addon[id]` and `addon_cycles[id]`. */
  readonly addons?: Readonly<Record<string, string>>;
  readonly promocode?: string;
}

export interface OrderOptions {
  readonly payMethod?: string;
  /** Sent beside the items: the portal applies one code to the whole order. */
  readonly promocode?: string;
  readonly affiliateId?: string;
}

function itemToWire(item: OrderItem): Record<string, unknown> {
  return {
    ...(item.domain ? { domain: item.domain } : {}),
    ...(item.cycle ? { cycle: item.cycle } : {}),
    ...(item.custom ? { custom: item.custom } : {}),
    ...(item.addons && Object.keys(item.addons).length > 0
      ? {
          addon: Object.fromEntries(Object.keys(item.addons).map((addonId) => [addonId, 1])),
          addon_cycles: item.addons,
        }
      : {}),
    ...(item.promocode ? { promocode: item.promocode } : {}),
  };
}

function optionsToWire(options: OrderOptions): Record<string, unknown> {
  return {
    ...(options.payMethod ? { pay_method: options.payMethod } : {}),
    ...(options.promocode ? { promocode: options.promocode } : {}),
    ...(options.affiliateId ? { aff_id: options.affiliateId } : {}),
  };
}

/** Per-item `error`/`info`: a list of sentences (or one), never split on spaces. */
function messages(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map(text).filter((m): m is string => m !== null);
}

function toPeriod(raw: Raw): ProductPeriod {
  return {
    cycle: text(pick(raw, 'value', 'title')) ?? '',
    price: money(raw.price),
    setup: money(raw.setup),
    selected: bool(raw.selected),
  };
}

function toProduct(raw: Raw): Product {
  const periods = rawListOrMap.safeParse(raw.periods);
  const config = isRaw(raw.config) ? raw.config : null;
  // The detailed answer hides the cycles inside config.product[...id === 'cycle'].items.
  const cycleField =
    config && Array.isArray(config.product) ? config.product.filter(isRaw).find((f) => f.id === 'cycle') : undefined;
  const cycleItems = cycleField ? rawListOrMap.safeParse(cycleField.items) : null;
  return {
    id: id(raw.id) ?? '',
    name: text(raw.name) ?? '',
    description: text(raw.description),
    categoryId: id(raw.category_id),
    categoryName: text(raw.category_name),
    periods: (periods.success ? periods.data : cycleItems?.success ? cycleItems.data : []).map(toPeriod),
    config,
  };
}

function toOrderResult(body: unknown): OrderResult {
  const raw = isRaw(body) ? body : {};
  const items = rawListOrMap.safeParse(
    Array.isArray(raw.items) ? raw.items : isRaw(raw.items) && 'id' in raw.items ? [raw.items] : raw.items,
  );
  return {
    orderNumbers:
      raw.order_num !== undefined ? strings(String(raw.order_num)) : strings(raw.order_num_list).map(String),
    invoiceId: id(raw.invoice_id),
    total: money(raw.total),
    items: (items.success ? items.data : []).map((item) => ({
      id: id(item.id) ?? '',
      type: text(item.type),
      name: text(item.name),
      productId: id(item.product_id),
    })),
  };
}

export function catalogApi(ctx: PortalContext) {
  return {
    async listCategories(): Promise<Category[]> {
      const body = parseWith(z.object({ categories: rawListOrMap }), await ctx.get('/category', { optional: true }));
      return body.categories.map((raw) => ({
        id: id(raw.id) ?? '',
        name: text(raw.name) ?? '',
        description: text(raw.description),
        slug: text(raw.slug),
      }));
    },

    async listProducts(categoryId: string): Promise<Product[]> {
      const body = parseWith(
        z.object({ products: rawListOrMap }),
        await ctx.get(path`/category/${categoryId}/product`, { optional: true }),
      );
      return body.products.map((raw) => ({ ...toProduct(raw), categoryId: id(raw.category_id) ?? categoryId }));
    },

    async getProduct(productId: string): Promise<Product> {
      return toProduct(
        parseWith(z.object({ product: rawObject }), await ctx.get(path`/order/${productId}`, { optional: true }))
          .product,
      );
    },

    async orderProduct(item: OrderItem, options: OrderOptions = {}): Promise<OrderResult> {
      return toOrderResult(
        await ctx.post(
          path`/order/${item.productId}`,
          { ...itemToWire(item), ...optionsToWire(options) },
          { optional: true },
        ),
      );
    },

    async orderMany(
      items: readonly OrderItem[],
      options: OrderOptions & { ignoreErrors?: boolean } = {},
    ): Promise<OrderResult> {
      const body = {
        ...optionsToWire(options),
        ...(options.ignoreErrors === undefined ? {} : { ignore_errors: options.ignoreErrors }),
        items: items.map((item) => ({ type: 'product', product_id: item.productId, ...itemToWire(item) })),
      };
      return toOrderResult(await ctx.post('/order', body, { optional: true }));
    },

    async getQuote(items: readonly OrderItem[], options: OrderOptions = {}): Promise<Quote> {
      const body = await ctx.post(
        '/quote',
        {
          ...optionsToWire(options),
          output: 'short',
          items: items.map((item) => ({ type: 'product', product_id: item.productId, ...itemToWire(item) })),
        },
        { optional: true },
      );
      const summary = isRaw(body) && isRaw(body.summary) ? body.summary : isRaw(body) ? body : {};
      const recurring = rawListOrMap.safeParse(summary.recurring);
      const tax = rawListOrMap.safeParse(summary.tax);
      const quoted = isRaw(body) ? rawListOrMap.safeParse(body.items) : null;
      return {
        subtotal: money(summary.subtotal),
        total: money(summary.total),
        credit: money(summary.credit),
        discount: money(summary.discount),
        recurring: (recurring.success ? recurring.data : []).map((r) => ({
          title: text(r.title) ?? '',
          price: money(r.price),
          cycle: text(r.value) ?? '',
        })),
        tax: (tax.success ? tax.data : []).map((t) => ({
          name: text(t.name) ?? '',
          amount: money(t.tax),
          rate: num(t.value),
        })),
        items: (quoted?.success ? quoted.data : []).map((raw, position) => ({
          index: num(raw.index) ?? position,
          // A portal that leaves `valid` out but lists no error accepts the item.
          valid: raw.valid === undefined ? messages(raw.error).length === 0 : bool(raw.valid),
          errors: messages(raw.error),
          info: messages(raw.info),
        })),
      };
    },
  };
}
