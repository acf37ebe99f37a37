/**
 * Applying account credit: the amount defaults to, and may not exceed, the smaller of the credit
 * available and the amount due. One rule for the form and for main, so both refuse the same things.
 */
import { fromCents, toCents } from './money';
import { amountDue, type InvoiceRow } from './rows';

export interface CreditAvailable {
  readonly credit: number | null;
  readonly currency: string | null;
}

/** The most credit this invoice can take now (0 when none can be applied). */
export function creditCap(row: InvoiceRow, available: CreditAvailable): number {
  if (row.status !== 'Unpaid' || available.credit === null) return 0;
  return fromCents(Math.max(0, Math.min(toCents(available.credit), toCents(amountDue(row)))));
}

/** Why credit cannot be applied to this invoice at all, or null when it can. */
export function creditBlocker(row: InvoiceRow, available: CreditAvailable | null): string | null {
  if (row.status !== 'Unpaid') return `Credit can only be applied to an unpaid invoice; this one is ${row.status}.`;
  if (available === null || available.credit === null)
    return 'The account’s credit is not known yet: refresh the balance.';
  if (available.credit <= 0) return 'There is no credit on this account.';
  if (available.currency && row.currency && available.currency !== row.currency) {
    return `The credit is held in ${available.currency}; this invoice is in ${row.currency}.`;
  }
  if (amountDue(row) <= 0) return 'Nothing is left to pay on this invoice.';
  return null;
}

/** Why this amount cannot be applied, or null when it can. */
export function creditAmountProblem(row: InvoiceRow, available: CreditAvailable | null, amount: number): string | null {
  const blocker = creditBlocker(row, available);
  if (blocker) return blocker;
  if (!Number.isFinite(amount) || amount <= 0) return 'The amount must be more than 0.';
  const cap = creditCap(row, available!);
  if (toCents(amount) > toCents(cap)) {
    return `At most ${cap.toFixed(2)} ${row.currency ?? ''} can be applied: the smaller of the credit available and the amount due.`.replace(
      ' :',
      ':',
    );
  }
  return null;
}
