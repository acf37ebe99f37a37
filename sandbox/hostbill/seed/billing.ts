/** Seeds the invoice history: chronological, numbered per month, mixed statuses, line items and fees. */
import { createInvoice, type InvoiceLine } from '../invoices';
import { addDays, cents, ymdhms, DAY_MS, type Rng } from '../rng';
import type { HostbillState, ServiceRecord } from '../state';

const HISTORY_DAYS = 1460;
const ITEM_TYPE: Readonly<Record<ServiceRecord['kind'], string>> = {
  cloud: 'Hosting',
  vps: 'Hosting',
  hosting: 'Hosting',
  domain: 'Domain Register',
  dns: 'Hosting',
};

export function seedInvoices(state: HostbillState, rng: Rng, count: number, anchor: Date): void {
  const services = [...state.services.values()];
  if (services.length === 0) return;
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
  }
}

function weightedStatus(rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.88) return 'Paid';
  if (roll < 0.93) return 'Cancelled';
  if (roll < 0.97) return 'Refunded';
  return 'Collections';
}
