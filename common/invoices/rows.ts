/** The invoice list row the app keeps and shows: the portal's list row plus what the cached detail adds. */
import type { InvoiceSummary, Money } from '../models/hostbill';

export interface InvoiceRow extends InvoiceSummary {
  /** Credit applied to it, from the cached detail; null until the detail is cached. */
  readonly credit: Money | null;
  /** Line descriptions and amounts from the cached detail, for search ("" until then). */
  readonly linesText: string;
  readonly hasDetail: boolean;
}

/** Statuses that still ask for money (HostBill's vocabulary; anything unknown is not counted as owed). */
const OUTSTANDING = new Set(['Unpaid', 'Collections']);

export function isOutstanding(status: string): boolean {
  return OUTSTANDING.has(status);
}

/** What is left to pay on an invoice: total minus credit for an outstanding one, 0 otherwise. */
export function amountDue(row: Pick<InvoiceRow, 'status' | 'total' | 'credit'>): number {
  if (!isOutstanding(row.status) || row.total === null) return 0;
  return Math.max(0, Math.round((row.total - (row.credit ?? 0)) * 100) / 100);
}
