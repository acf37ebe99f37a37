/** Amounts and dates as the Invoices screens show them, in the user's locale. */
import type { StatusTones } from '../../components/status-badge';

const moneyFormats = new Map<string, Intl.NumberFormat | null>();
const plain = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const days = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const stamps = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function currencyFormat(currency: string): Intl.NumberFormat | null {
  if (!moneyFormats.has(currency)) {
    try {
      moneyFormats.set(currency, new Intl.NumberFormat(undefined, { style: 'currency', currency }));
    } catch {
      // Not an ISO code this browser knows: shown as the amount and the code as sent.
      moneyFormats.set(currency, null);
    }
  }
  return moneyFormats.get(currency) ?? null;
}

export function formatMoney(amount: number | null, currency: string | null): string {
  if (amount === null) return '—';
  const format = currency ? currencyFormat(currency) : null;
  return format ? format.format(amount) : `${plain.format(amount)}${currency ? ` ${currency}` : ''}`;
}

/** A calendar day from the portal (YYYY-MM-DD). */
export function formatDay(value: string | null): string {
  if (!value) return '—';
  const parsed = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? value : days.format(parsed);
}

/** A timestamp (ISO), in local time. */
export function formatStamp(value: string | null): string {
  if (!value) return '—';
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : stamps.format(parsed);
}

/** Invoice statuses are free strings: known ones get a tone, unknown ones are shown as they come. */
export const INVOICE_TONES: StatusTones = { paid: 'ok', unpaid: 'warn', collections: 'bad', refunded: 'info' };
