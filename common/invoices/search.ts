/**
 * Search keys: the invoice number, its total and the cached lines (descriptions and amounts), folded to
 * lower case without accents so "jose" finds "José" and "19.65" or "19,65" finds the amount.
 */
import { plainAmount } from './money';
import type { InvoiceRow } from './rows';

/** Lower case, accents removed, full-width forms folded (NFKD), so a query matches as a person means it. */
export function foldForSearch(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function searchKey(row: InvoiceRow): string {
  const total = row.total === null ? '' : plainAmount(row.total);
  return foldForSearch([row.number ?? '', row.id, total, total.replace('.', ','), row.linesText].join('\n'));
}

/** Every word of the query must appear in the key (in any order). */
export function matchesQuery(key: string, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  return words.every((word) => key.includes(word));
}
