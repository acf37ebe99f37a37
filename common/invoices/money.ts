/** Money arithmetic in whole cents, so sums of many invoices do not drift (0.1 + 0.2). */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

export function fromCents(cents: number): number {
  return cents / 100;
}

/** The amount with two decimals and a dot, as CSV and search use it ("-19.65"). */
export function plainAmount(amount: number): string {
  return fromCents(toCents(amount)).toFixed(2);
}
