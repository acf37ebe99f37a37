/**
 * Seeds the invoice history: chronological, numbered per month, mixed statuses, line items and fees,
 * several currencies (CAD with a second tax), credit notes (negative lines, status Refunded) and a few
 * lines in accented and CJK text. The variety draws on its own `variety` generator so adding it left
 * every other seeded thing (tickets, notifications...) exactly as it was.
 */
import { createInvoice, type InvoiceLine } from '../invoices';
import { addDays, cents, ymdhms, DAY_MS, type Rng } from '../rng';
import type { HostbillState, InvoiceRecord, ServiceRecord } from '../state';

const HISTORY_DAYS = 1460;
const ITEM_TYPE: Readonly<Record<ServiceRecord['kind'], string>> = {
  cloud: 'Hosting',
  vps: 'Hosting',
  hosting: 'Hosting',
  domain: 'Domain Register',
  dns: 'Hosting',
};

/** Currencies other than the account's EUR: rate from EUR, and the taxes charged there. */
const FOREIGN: readonly { currency: string; rate: number; tax: number; tax2: number; share: number }[] = [
  { currency: 'USD', rate: 1.08, tax: 0, tax2: 0, share: 0.1 },
  { currency: 'GBP', rate: 0.86, tax: 20, tax2: 0, share: 0.05 },
  { currency: 'CAD', rate: 1.47, tax: 5, tax2: 7, share: 0.04 },
];
const CREDIT_NOTE_SHARE = 0.03;
const UNICODE_LINES: readonly string[] = [
  'Consultoría técnica — José Núñez',
  'Wartungsvertrag Müller & Söhne GmbH',
  'Hébergement mutualisé « Crème brûlée »',
  '技術サポート（山田 太郎）',
  '域名续费 — 北京云计算有限公司',
];

export function seedInvoices(state: HostbillState, rng: Rng, count: number, anchor: Date, variety: Rng): void {
  const services = [...state.services.values()];
  if (services.length === 0) return;
  let lastPaid: InvoiceRecord | undefined;
  const step = HISTORY_DAYS / Math.max(1, count);
  for (let i = 0; i < count; i += 1) {
    const date = new Date(anchor.getTime() - (count - i) * step * DAY_MS + rng.int(0, 3_600_000));
    const lines: InvoiceLine[] = [];
    for (let n = rng.int(1, 4); n > 0; n -= 1) {
      const service = rng.pick(services);
      const period = `${date.toISOString().slice(0, 10)} - ${addDays(date, 30).toISOString().slice(0, 10)}`;
      lines.push({
        type: ITEM_TYPE[service.kind],
        itemId: service.id,
        description: `${service.name}${service.domain ? ` - ${service.domain}` : ''} (${period})`,
        amount: service.total,
      });
    }
    if (rng.chance(0.1)) lines.push({ type: 'Other', itemId: '0', description: 'Extra IPv4 address', amount: 2.5 });
    const paypal = rng.chance(0.2);
    if (paypal) {
      const base = lines.reduce((sum, line) => sum + line.amount, 0);
      lines.push({ type: 'Other', itemId: '-2', description: 'PayPal Payment Fee', amount: cents(base * 0.029 + 0.3) });
    }
    const ageDays = (anchor.getTime() - date.getTime()) / DAY_MS;
    const status = ageDays < 21 ? (rng.chance(0.7) ? 'Unpaid' : 'Paid') : weightedStatus(rng);
    const reverseCharge = rng.chance(0.08);
    const invoice = createInvoice(state, lines, date, status, reverseCharge ? 0 : 21);
    if (reverseCharge) invoice.notes = 'Reverse charge: VAT to be accounted for by the recipient.';
    if (status === 'Paid' || status === 'Refunded')
      invoice.datepaid = ymdhms(new Date(date.getTime() + rng.int(0, 6 * DAY_MS)));
    if (status === 'Unpaid' && rng.chance(0.2)) invoice.credit = 5;
    addVariety(invoice, variety, lastPaid);
    if (invoice.status === 'Paid') lastPaid = invoice;
  }
}

function addVariety(invoice: InvoiceRecord, variety: Rng, lastPaid: InvoiceRecord | undefined): void {
  const roll = variety.next();
  const unicode = variety.chance(0.04) ? variety.pick(UNICODE_LINES) : null;
  const unicodeAmount = variety.int(20, 180);
  if (lastPaid && roll < CREDIT_NOTE_SHARE) {
    // A credit note refunding the last paid invoice: same currency and taxes, every line negated.
    invoice.status = 'Refunded';
    invoice.currency = lastPaid.currency;
    invoice.taxrate = lastPaid.taxrate;
    invoice.taxrate2 = lastPaid.taxrate2;
    invoice.credit = 0;
    invoice.datepaid = `${invoice.date} 10:00:00`;
    invoice.notes = `Credit note for invoice ${lastPaid.number}`;
    invoice.items = lastPaid.items.map((item, index) => ({
      ...item,
      id: `${invoice.id}${String(index).padStart(2, '0')}`,
      description: `Refund: ${item.description}`,
      amount: -item.amount,
    }));
    return;
  }
  if (unicode) {
    invoice.items.push({
      id: `${invoice.id}99`,
      type: 'Other',
      itemId: '0',
      description: unicode,
      amount: unicodeAmount,
      taxed: true,
      qty: 1,
    });
  }
  let share = CREDIT_NOTE_SHARE;
  for (const foreign of FOREIGN) {
    share += foreign.share;
    if (roll >= share) continue;
    invoice.currency = foreign.currency;
    invoice.taxrate = invoice.taxrate === 0 ? 0 : foreign.tax;
    invoice.taxrate2 = invoice.taxrate === 0 ? 0 : foreign.tax2;
    invoice.credit = cents(invoice.credit * foreign.rate);
    for (const item of invoice.items) item.amount = cents(item.amount * foreign.rate);
    return;
  }
}

function weightedStatus(rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.88) return 'Paid';
  if (roll < 0.93) return 'Cancelled';
  if (roll < 0.97) return 'Refunded';
  return 'Collections';
}
