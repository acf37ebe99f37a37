/** Creating invoices: used by the seed, orders and upgrades so numbering stays in one sequence. */
import { addDays, ymd, NEVER } from './rng';
import { nextId, type HostbillState, type InvoiceItem, type InvoiceRecord } from './state';

export const CURRENCY = 'EUR';
export const TAX_RATE = 21;

export interface InvoiceLine {
  readonly type: string;
  readonly itemId: string;
  readonly description: string;
  readonly amount: number;
  readonly qty?: number;
  readonly taxed?: boolean;
}

export function createInvoice(
  state: HostbillState,
  lines: readonly InvoiceLine[],
  date: Date,
  status = 'Unpaid',
  taxrate = TAX_RATE,
): InvoiceRecord {
  const id = nextId(state, 'invoice', 308_000);
  const month = `${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  const serial = nextId(state, `invoice-number:${month}`, 0);
  const items: InvoiceItem[] = lines.map((line) => ({
    id: nextId(state, 'invoice-item', 12_000),
    type: line.type,
    itemId: line.itemId,
    description: line.description,
    amount: line.amount,
    taxed: line.taxed ?? true,
    qty: line.qty ?? 1,
  }));
  const invoice: InvoiceRecord = {
    id,
    number: `${month}/${serial}`,
    status,
    date: ymd(date),
    duedate: ymd(addDays(date, 7)),
    datepaid: NEVER,
    currency: CURRENCY,
    taxrate,
    credit: 0,
    notes: '',
    items,
  };
  state.invoices.set(id, invoice);
  return invoice;
}
