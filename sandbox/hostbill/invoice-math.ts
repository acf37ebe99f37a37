/** Invoice arithmetic shared by billing, balance and orders (one place so the numbers always agree). */
import { CURRENCY } from './invoices';
import { cents } from './rng';
import type { HostbillState, InvoiceRecord } from './state';

export interface InvoiceTotals {
  readonly subtotal: number;
  readonly tax: number;
  readonly tax2: number;
  readonly total: number;
  /** What is left to pay after applied credit (never below 0: credit notes owe nothing). */
  readonly due: number;
}

export function invoiceTotals(invoice: InvoiceRecord): InvoiceTotals {
  let subtotal = 0;
  let taxed = 0;
  for (const item of invoice.items) {
    const line = item.amount * item.qty;
    subtotal += line;
    if (item.taxed) taxed += line;
  }
  const tax = cents((taxed * invoice.taxrate) / 100);
  const tax2 = cents((taxed * (invoice.taxrate2 ?? 0)) / 100);
  const total = cents(subtotal + tax + tax2);
  return { subtotal: cents(subtotal), tax, tax2, total, due: cents(Math.max(0, total - invoice.credit)) };
}

const OUTSTANDING = new Set(['Unpaid', 'Collections']);

/**
 * The account balance as HostBill reports it: what unpaid invoices still ask for, in the account's own
 * currency (one figure, so invoices in other currencies are not added in).
 */
export function outstandingBalance(state: HostbillState): number {
  let sum = 0;
  for (const invoice of state.invoices.values()) {
    if (OUTSTANDING.has(invoice.status) && invoice.currency === CURRENCY) sum += invoiceTotals(invoice).due;
  }
  return cents(sum);
}
