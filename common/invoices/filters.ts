/**
 * The list's filters: status as the portal sends it, issue and due date ranges, currency, amount range,
 * overdue only, and a search query. The schema validates what the screen stored before a reload, so a
 * damaged or old saved value falls back to "no filter" instead of hiding invoices.
 */
import { z } from 'zod';
import { isOverdue } from './overdue';
import type { InvoiceRow } from './rows';
import { matchesQuery, searchKey } from './search';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD');

export const invoiceFiltersSchema = z.object({
  statuses: z.array(z.string().max(60)).max(50).default([]),
  currencies: z.array(z.string().max(10)).max(50).default([]),
  issuedFrom: day.nullable().default(null),
  issuedTo: day.nullable().default(null),
  dueFrom: day.nullable().default(null),
  dueTo: day.nullable().default(null),
  minAmount: z.number().finite().nullable().default(null),
  maxAmount: z.number().finite().nullable().default(null),
  overdueOnly: z.boolean().default(false),
  query: z.string().max(200).default(''),
});

export type InvoiceFilters = z.infer<typeof invoiceFiltersSchema>;

export const NO_FILTERS: InvoiceFilters = invoiceFiltersSchema.parse({});

/** A stored filter set, or no filters when it does not validate. */
export function restoreFilters(stored: unknown): InvoiceFilters {
  const parsed = invoiceFiltersSchema.safeParse(stored);
  return parsed.success ? parsed.data : NO_FILTERS;
}

function inRange(value: string | null, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (value === null) return false;
  const dayOf = value.slice(0, 10);
  return (from === null || dayOf >= from) && (to === null || dayOf <= to);
}

/**
 * The rows that pass every filter. `keys` caches search keys per row object, so a keystroke at 2,000
 * invoices folds no text again.
 */
export function filterInvoices(
  rows: readonly InvoiceRow[],
  filters: InvoiceFilters,
  today: string,
  keys: WeakMap<InvoiceRow, string> = new WeakMap(),
): InvoiceRow[] {
  const statuses = new Set(filters.statuses);
  const currencies = new Set(filters.currencies);
  const query = filters.query.trim();
  return rows.filter((row) => {
    if (statuses.size > 0 && !statuses.has(row.status)) return false;
    if (currencies.size > 0 && !currencies.has(row.currency ?? '')) return false;
    if (!inRange(row.date, filters.issuedFrom, filters.issuedTo)) return false;
    if (!inRange(row.dueDate, filters.dueFrom, filters.dueTo)) return false;
    if (filters.minAmount !== null && (row.total === null || row.total < filters.minAmount)) return false;
    if (filters.maxAmount !== null && (row.total === null || row.total > filters.maxAmount)) return false;
    if (filters.overdueOnly && !isOverdue(row, today)) return false;
    if (query === '') return true;
    let key = keys.get(row);
    if (key === undefined) {
      key = searchKey(row);
      keys.set(row, key);
    }
    return matchesQuery(key, query);
  });
}

/** The statuses present, most frequent first: the filter offers exactly what the portal sent. */
export function statusesOf(rows: readonly InvoiceRow[]): string[] {
  return valuesByCount(rows.map((row) => row.status));
}

export function currenciesOf(rows: readonly InvoiceRow[]): string[] {
  return valuesByCount(rows.map((row) => row.currency ?? ''));
}

function valuesByCount(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => value);
}
