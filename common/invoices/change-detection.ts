/**
 * Which list rows need `GET /invoice/@id`: new ones, and ones whose list row changed in a way that can
 * change the detail (status, total, dates, paid date, number, currency). Everything else keeps its
 * cached detail, so a sync with nothing changed costs the list request only.
 */
import type { InvoiceSummary } from '../models/hostbill';

/** The list-row fields a detail depends on, as one comparable string. */
export function rowFingerprint(row: InvoiceSummary): string {
  return JSON.stringify([row.status, row.total, row.date, row.dueDate, row.paidAt, row.number, row.currency]);
}

export interface ChangePlan {
  /** Ids to fetch a detail for, in list order (newest first, so recent invoices are readable soonest). */
  readonly fetch: readonly string[];
  /** Cached ids the portal no longer lists. */
  readonly gone: readonly string[];
  readonly unchanged: number;
}

/**
 * @param cached fingerprint of the list row each cached detail was fetched for (absent: no detail yet).
 */
export function planDetailFetches(rows: readonly InvoiceSummary[], cached: ReadonlyMap<string, string>): ChangePlan {
  const fetch: string[] = [];
  const listed = new Set<string>();
  let unchanged = 0;
  for (const row of rows) {
    if (listed.has(row.id)) continue;
    listed.add(row.id);
    if (cached.get(row.id) === rowFingerprint(row)) unchanged += 1;
    else fetch.push(row.id);
  }
  const gone = [...cached.keys()].filter((id) => !listed.has(id));
  return { fetch, gone, unchanged };
}
