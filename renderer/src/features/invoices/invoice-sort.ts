/** Sorting the invoice list by any column: natural order for numbers like 2025/11/10, nulls last. */
import type { InvoiceRow } from '../../../../common/invoices/rows';

export const SORT_KEYS = ['number', 'date', 'dueDate', 'status', 'total', 'paidAt'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  readonly key: SortKey;
  readonly direction: 'ascending' | 'descending';
}

export const DEFAULT_SORT: Sort = { key: 'date', direction: 'descending' };

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compare(a: InvoiceRow, b: InvoiceRow, key: SortKey): number {
  if (key === 'total') {
    // Per currency first, so amounts in different currencies are not interleaved as if comparable.
    const byCurrency = collator.compare(a.currency ?? '', b.currency ?? '');
    return byCurrency !== 0 ? byCurrency : (a.total ?? -Infinity) - (b.total ?? -Infinity);
  }
  const left = a[key];
  const right = b[key];
  if (left === right) return 0;
  if (left === null) return 1;
  if (right === null) return -1;
  return collator.compare(left, right);
}

export function sortInvoices(rows: readonly InvoiceRow[], sort: Sort): InvoiceRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const primary = compare(a.row, b.row, sort.key);
      // Nulls stay last either way; ties keep the portal's order.
      if (primary !== 0 && (a.row[sort.key] === null || b.row[sort.key] === null)) return primary;
      return primary * sign || a.index - b.index;
    })
    .map(({ row }) => row);
}

export function restoreSort(stored: unknown): Sort {
  const candidate = stored as Partial<Sort> | null;
  return candidate &&
    SORT_KEYS.includes(candidate.key as SortKey) &&
    (candidate.direction === 'ascending' || candidate.direction === 'descending')
    ? { key: candidate.key as SortKey, direction: candidate.direction }
    : DEFAULT_SORT;
}
