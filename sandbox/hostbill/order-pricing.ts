/**
 * One order item as the portal checks and prices it: cycle, domain, configurable options
 * (`custom: {formId: {itemId: value}}`) and addons (`addon: {id: 1}`, `addon_cycles: {id: cycle}`).
 * Quotes and orders share this, so a quote always says what the order would charge.
 */
import { text, type Body } from './body';
import { cents, ymd } from './rng';
import { cycleByCode, productById, type ProductInfo } from './seed/catalog-data';
import {
  addonById,
  DOMAIN_TLDS,
  PRODUCT_FORMS,
  PRORATA_PRODUCTS,
  type AddonInfo,
  type ConfigOption,
} from './seed/catalog-options';

const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

export interface PricedLine {
  readonly description: string;
  /** Charged now (pro-rated where the product is). */
  readonly amount: number;
  /** Charged every cycle afterwards. */
  readonly recurring: number;
  readonly cycle: string;
  readonly setup: number;
  /** The product and its options follow the product's pro-rata billing; addons keep their own cycle. */
  readonly prorate: boolean;
}

export interface PricedItem {
  readonly product: ProductInfo;
  readonly cycle: string;
  readonly domain: string;
  readonly lines: readonly PricedLine[];
  readonly info: readonly string[];
}

export interface RejectedItem {
  readonly product: ProductInfo | undefined;
  readonly domain: string;
  readonly errors: readonly string[];
}

/** The 1st of the month after `now`: where a pro-rata product's billing starts. */
export function prorataDate(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
}

/** Share of the current month still ahead (days left / days in month). */
function prorataShare(now: Date): number {
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const next = prorataDate(now).getTime();
  const daysInMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0)).getUTCDate();
  return Math.round((next - start) / 86_400_000) / daysInMonth;
}

function objectOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function months(cycle: string): number {
  return cycleByCode(cycle)?.months ?? 1;
}

function optionLines(
  option: ConfigOption,
  chosen: Record<string, unknown>,
  cycle: string,
  errors: string[],
): PricedLine[] {
  const entries = Object.entries(chosen);
  const known = entries.filter(([itemId]) => option.items.some((item) => String(item.id) === itemId));
  if (known.length !== entries.length) {
    errors.push(`Invalid value for ${option.title}`);
    return [];
  }
  const line = (title: string, monthly: number, setup: number, qty = 1): PricedLine => ({
    description: `${option.title}: ${title}${qty > 1 ? ` x ${qty}` : ''}`,
    amount: cents(monthly * months(cycle) * qty),
    recurring: cents(monthly * months(cycle) * qty),
    cycle,
    setup: setup * qty,
    prorate: true,
  });
  const [first] = option.items;
  switch (option.kind) {
    case 'select':
    case 'radio': {
      if (known.length > 1) errors.push(`Choose one value for ${option.title}`);
      // Nothing chosen: the portal takes the first item (its `firstItemId`).
      const item = known.length === 0 ? first : option.items.find((i) => String(i.id) === known[0]?.[0]);
      return item ? [line(item.title, item.monthly, item.setup)] : [];
    }
    case 'checkbox': {
      const on = known.some(([, v]) => v === 1 || v === '1' || v === true || v === 'on');
      return on && first ? [line(first.title, first.monthly, first.setup)] : [];
    }
    case 'qty': {
      const raw = known[0]?.[1] ?? 0;
      const qty = typeof raw === 'number' ? raw : Number(String(raw).trim() || '0');
      if (!Number.isInteger(qty) || qty < (option.min ?? 0) || qty > (option.max ?? 100)) {
        errors.push(`${option.title} must be a whole number from ${option.min ?? 0} to ${option.max ?? 100}`);
        return [];
      }
      return qty > 0 && first ? [line(first.title, first.monthly, first.setup, qty)] : [];
    }
    case 'input': {
      const value = typeof known[0]?.[1] === 'string' ? (known[0][1] as string).trim() : '';
      if (value === '') {
        if (option.required) errors.push(`${option.title} is required`);
      } else if (value.length > 255 || (option.hostname && !HOSTNAME.test(value))) {
        errors.push(`${option.title} is not a valid host name`);
      }
      return [];
    }
  }
}

function addonLines(product: ProductInfo, body: Body, errors: string[]): PricedLine[] {
  const wanted = objectOf(body['addon']);
  const cycles = objectOf(body['addon_cycles']);
  const offered = PRODUCT_FORMS[product.id]?.addons ?? [];
  const lines: PricedLine[] = [];
  for (const [addonId, on] of Object.entries(wanted)) {
    if (!(on === 1 || on === '1' || on === true || on === 'on')) continue;
    const addon: AddonInfo | undefined = offered.includes(addonId) ? addonById(addonId) : undefined;
    if (!addon) {
      errors.push(`Addon ${addonId} is not available for ${product.name}`);
      continue;
    }
    const cycle = typeof cycles[addonId] === 'string' ? cycles[addonId] : (Object.keys(addon.prices)[0] ?? 'm');
    const price = addon.prices[cycle];
    if (price === undefined) {
      errors.push(`Invalid billing cycle for ${addon.title}`);
      continue;
    }
    lines.push({
      description: `Addon: ${addon.title}`,
      amount: price,
      recurring: price,
      cycle,
      setup: addon.setup,
      prorate: false,
    });
  }
  return lines;
}

/** Checks and prices one item; `body` holds the item's fields (cycle, domain, custom, addon...). */
export function priceItem(body: Body, productId: string, now: Date): PricedItem | RejectedItem {
  const product = productById(productId);
  const domain = text(body, 'domain').toLowerCase();
  if (!product) return { product, domain, errors: [`Product ${productId || '(none)'} not found`] };
  const errors: string[] = [];
  const info: string[] = [];
  const cycle = text(body, 'cycle') || (Object.keys(product.prices)[0] ?? 'm');
  const price = product.prices[cycle];
  if (!cycleByCode(cycle) || price === undefined) errors.push(`Invalid billing cycle for ${product.name}`);
  if (product.domainRequired && domain === '') errors.push(`Domain name is required for ${product.name}`);
  else if (domain !== '' && !DOMAIN.test(domain)) errors.push(`Invalid domain name: ${domain}`);
  const tld = DOMAIN_TLDS[product.id];
  if (tld && domain !== '' && !domain.endsWith(tld)) errors.push(`${product.name} registers ${tld} domains only`);

  const form = PRODUCT_FORMS[product.id];
  const custom = objectOf(body['custom']);
  for (const formId of Object.keys(custom)) {
    if (!form?.options.some((o) => o.id === formId)) errors.push(`Unknown configuration option ${formId}`);
  }
  const lines: PricedLine[] = [];
  const base = price ?? 0;
  lines.push({ description: product.name, amount: base, recurring: base, cycle, setup: product.setup, prorate: true });
  for (const option of form?.options ?? [])
    lines.push(...optionLines(option, objectOf(custom[option.id]), cycle, errors));
  lines.push(...addonLines(product, body, errors));
  if (errors.length > 0) return { product, domain, errors };

  if (PRORATA_PRODUCTS.has(product.id)) {
    const share = prorataShare(now);
    const until = ymd(prorataDate(now));
    info.push(`Billed pro rata until ${until}, then every cycle from that day`);
    const prorated = lines.map((line) =>
      line.prorate ? { ...line, amount: cents((line.recurring / months(cycle)) * share) } : line,
    );
    return { product, cycle, domain, lines: prorated, info };
  }
  if (product.setup > 0) info.push(`Includes a one-time setup fee of ${product.setup.toFixed(2)}`);
  return { product, cycle, domain, lines, info };
}

export function isRejected(item: PricedItem | RejectedItem): item is RejectedItem {
  return 'errors' in item;
}

/** What the item costs now: every line's first charge plus setup fees. */
export function dueNow(item: PricedItem): number {
  return cents(item.lines.reduce((sum, line) => sum + line.amount + line.setup, 0));
}
