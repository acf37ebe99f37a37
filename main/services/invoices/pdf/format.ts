/** How amounts and dates read on the printed invoice, in the user's locale. */
import type { Money } from '../../../../common/models/hostbill';

export interface PrintFormat {
  money(amount: Money | null, currency: string | null): string;
  /** A calendar day (YYYY-MM-DD) or an ISO timestamp, shown as a date. */
  day(value: string | null): string;
  percent(rate: number | null): string;
}

export function printFormat(locale: string): PrintFormat {
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const plain = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const days = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const rates = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const currencyFormat = (currency: string): Intl.NumberFormat | null => {
    if (!moneyFormats.has(currency)) {
      try {
        moneyFormats.set(currency, new Intl.NumberFormat(locale, { style: 'currency', currency }));
      } catch {
        // Not an ISO code the runtime knows: print the amount and the code as the portal sent it.
        return null;
      }
    }
    return moneyFormats.get(currency) ?? null;
  };
  return {
    money(amount, currency) {
      if (amount === null) return '—';
      const format = currency ? currencyFormat(currency) : null;
      return format ? format.format(amount) : `${plain.format(amount)}${currency ? ` ${currency}` : ''}`;
    },
    day(value) {
      if (!value) return '—';
      const parsed = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
      return Number.isNaN(parsed.getTime()) ? value : days.format(parsed);
    },
    percent(rate) {
      return rate === null ? '' : `${rates.format(rate)} %`;
    },
  };
}
