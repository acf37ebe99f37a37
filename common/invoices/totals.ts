/**
 * Totals of a set of invoices **per currency**: amounts in different currencies are never added together.
 * Credit notes (negative totals) count with their sign in "paid" when refunded, so refunds net out.
 */
import { fromCents, toCents } from './money';
import { isOverdue } from './overdue';
import { amountDue, type InvoiceRow } from './rows';

export interface CurrencyTotals {
  /** ISO code as the portal sends it; "" when the portal sent none. */
  readonly currency: string;
  readonly count: number;
  /** Still to pay on Unpaid/Collections invoices (after credit applied). */
  readonly outstanding: number;
  /** Paid invoices, minus refunded credit notes. */
  readonly paid: number;
  readonly overdueCount: number;
}

const PAID_STATUSES = new Set(['Paid', 'Refunded']);

export function totalsByCurrency(rows: readonly InvoiceRow[], today: string): CurrencyTotals[] {
  const sums = new Map<string, { count: number; outstanding: number; paid: number; overdueCount: number }>();
  for (const row of rows) {
    const key = row.currency ?? '';
    const sum = sums.get(key) ?? { count: 0, outstanding: 0, paid: 0, overdueCount: 0 };
    sum.count += 1;
    sum.outstanding += toCents(amountDue(row));
    if (PAID_STATUSES.has(row.status) && row.total !== null) {
      // A refunded ordinary invoice gave the money back; a credit note (negative) is that refund itself.
      if (row.status === 'Paid' || row.total < 0) sum.paid += toCents(row.total);
    }
    if (isOverdue(row, today)) sum.overdueCount += 1;
    sums.set(key, sum);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, sum]) => ({
      currency,
      count: sum.count,
      outstanding: fromCents(sum.outstanding),
      paid: fromCents(sum.paid),
      overdueCount: sum.overdueCount,
    }));
}
