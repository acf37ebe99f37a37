/**
 * Totals per currency for the affiliate tables. Rows are the portal's own flat records: the amount
 * sits in the first money-like column, the currency in the row or (most often) only in the summary.
 */
export type FlatRow = Readonly<Record<string, string | number | boolean | null>>;

const AMOUNT_KEYS = ['amount', 'commission', 'total', 'value', 'payout'];

/** The column to add up, or null when the rows have none (campaigns, plans). */
export function amountColumn(rows: readonly FlatRow[]): string | null {
  const keys = new Set(rows.flatMap((row) => Object.keys(row)));
  return AMOUNT_KEYS.find((key) => keys.has(key) && rows.some((row) => typeof row[key] === 'number')) ?? null;
}

export interface CurrencyTotal {
  readonly currency: string;
  readonly total: number;
  readonly count: number;
}

/** Sums `column` per currency (the row's own, else `fallbackCurrency`), to the cent. */
export function totalsByCurrency(
  rows: readonly FlatRow[],
  column: string,
  fallbackCurrency: string | null,
): CurrencyTotal[] {
  const totals = new Map<string, { total: number; count: number }>();
  for (const row of rows) {
    const amount = row[column];
    if (typeof amount !== 'number') continue;
    const own = row['currency'] ?? row['currency_code'];
    const currency = typeof own === 'string' && own.trim() !== '' ? own.trim().toUpperCase() : (fallbackCurrency ?? '');
    const entry = totals.get(currency) ?? { total: 0, count: 0 };
    entry.total = Math.round((entry.total + amount) * 100) / 100;
    entry.count += 1;
    totals.set(currency, entry);
  }
  return [...totals].map(([currency, { total, count }]) => ({ currency, total, count }));
}
