/**
 * The price of an upgrade as a portal breaks it down, in the quote's vocabulary: one line per changed
 * option or package (price now, setup fee, new recurring price), then setup fees, the credit for what
 * gets cheaper, subtotal, VAT and total. Amounts are strings on the wire, the tax rate a number.
 */
import { TAX_RATE } from '../invoices';
import { cents, money } from '../rng';

export interface EstimateLine {
  readonly name: string;
  /** What the change costs now; negative when the option gets cheaper. */
  readonly price: number;
  readonly setup: number;
  readonly recurring: number;
}

export function upgradeEstimate(
  lines: readonly EstimateLine[],
  cycle: string,
  recurring: number,
): { wire: Record<string, unknown>; subtotalAmount: number } {
  const cost = cents(lines.reduce((sum, line) => sum + Math.max(0, line.price), 0));
  const setup = cents(lines.reduce((sum, line) => sum + line.setup, 0));
  // What gets cheaper is credited against what costs more, never paid out.
  const credit = cents(Math.min(cost, -lines.reduce((sum, line) => sum + Math.min(0, line.price), 0)));
  const subtotal = cents(cost - credit + setup);
  const tax = cents(subtotal * (TAX_RATE / 100));
  const total = cents(subtotal + tax);
  return {
    subtotalAmount: subtotal,
    wire: {
      items: lines.map((line) => ({
        name: line.name,
        price: money(line.price),
        setup: money(line.setup),
        recurring: money(line.recurring),
      })),
      setup: money(setup),
      discount: money(0),
      credit: money(credit),
      subtotal: money(subtotal),
      tax: [{ name: 'VAT', tax: money(tax), value: TAX_RATE }],
      total: money(total),
      charge: money(total),
      recurring: money(recurring),
      cycle,
    },
  };
}
