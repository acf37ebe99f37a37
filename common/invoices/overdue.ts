/**
 * Overdue = still owed and its due date is before today **by the local clock**: an invoice due today is
 * not overdue yet, wherever the user is. Dates from the portal are calendar days (YYYY-MM-DD).
 */
import { isOutstanding, type InvoiceRow } from './rows';

/** Today's calendar date on this machine, as YYYY-MM-DD. */
export function localDay(nowMs: number): string {
  const now = new Date(nowMs);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function isOverdue(row: Pick<InvoiceRow, 'status' | 'dueDate'>, today: string): boolean {
  if (!isOutstanding(row.status) || row.dueDate === null) return false;
  return row.dueDate.slice(0, 10) < today;
}
