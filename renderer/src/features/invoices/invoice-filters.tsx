/** The list's filter bar: search, status as sent, currency, issue and due date ranges, amount range, overdue. */
import type { ReactElement } from 'react';
import { NO_FILTERS, type InvoiceFilters } from '../../../../common/invoices/filters';
import { Button } from '../../components/button';

interface FiltersProps {
  readonly filters: InvoiceFilters;
  readonly statuses: readonly string[];
  readonly currencies: readonly string[];
  readonly onChange: (filters: InvoiceFilters) => void;
}

const amountOf = (text: string): number | null => {
  if (text.trim() === '') return null;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
};

type DateKey = 'issuedFrom' | 'issuedTo' | 'dueFrom' | 'dueTo';

/** Two date inputs, "<legend> from" and "<legend> to"; an emptied one clears its bound. */
function DateRange({
  legend,
  from,
  to,
  filters,
  set,
}: {
  readonly legend: string;
  readonly from: DateKey;
  readonly to: DateKey;
  readonly filters: InvoiceFilters;
  readonly set: (patch: Partial<InvoiceFilters>) => void;
}): ReactElement {
  return (
    <fieldset className="invoice-range">
      <legend>{legend}</legend>
      {([from, to] as const).map((key, index) => (
        <input
          key={key}
          type="date"
          className="input"
          aria-label={`${legend} ${index === 0 ? 'from' : 'to'}`}
          value={filters[key] ?? ''}
          onChange={(event) => set({ [key]: event.target.value || null })}
        />
      ))}
    </fieldset>
  );
}

export function InvoiceFiltersBar({ filters, statuses, currencies, onChange }: FiltersProps): ReactElement {
  const set = (patch: Partial<InvoiceFilters>) => onChange({ ...filters, ...patch });
  const active = JSON.stringify({ ...filters, query: '' }) !== JSON.stringify({ ...NO_FILTERS, query: '' });
  return (
    <div className="invoice-filters" role="search" aria-label="Invoice filters">
      <input
        type="search"
        className="input invoice-search"
        placeholder="Search number, line, amount…"
        aria-label="Search invoices"
        maxLength={200}
        value={filters.query}
        onChange={(event) => set({ query: event.target.value })}
      />
      <select
        className="input"
        aria-label="Status"
        value={filters.statuses[0] ?? ''}
        onChange={(event) => set({ statuses: event.target.value ? [event.target.value] : [] })}
      >
        <option value="">Every status</option>
        {statuses.map((status) => (
          <option key={status} value={status}>
            {status}
          </option>
        ))}
      </select>
      <select
        className="input"
        aria-label="Currency"
        value={filters.currencies[0] ?? ''}
        onChange={(event) => set({ currencies: event.target.value ? [event.target.value] : [] })}
      >
        <option value="">Every currency</option>
        {currencies.map((currency) => (
          <option key={currency} value={currency}>
            {currency || '(none)'}
          </option>
        ))}
      </select>
      <label className="invoice-check">
        <input
          type="checkbox"
          checked={filters.overdueOnly}
          onChange={(event) => set({ overdueOnly: event.target.checked })}
        />
        Overdue only
      </label>
      <DateRange legend="Issued" from="issuedFrom" to="issuedTo" filters={filters} set={set} />
      <DateRange legend="Due" from="dueFrom" to="dueTo" filters={filters} set={set} />
      <fieldset className="invoice-range">
        <legend>Amount</legend>
        <input
          type="number"
          step="0.01"
          className="input invoice-amount"
          aria-label="Amount from"
          placeholder="min"
          defaultValue={filters.minAmount ?? ''}
          onChange={(event) => set({ minAmount: amountOf(event.target.value) })}
        />
        <input
          type="number"
          step="0.01"
          className="input invoice-amount"
          aria-label="Amount to"
          placeholder="max"
          defaultValue={filters.maxAmount ?? ''}
          onChange={(event) => set({ maxAmount: amountOf(event.target.value) })}
        />
      </fieldset>
      {active && (
        <Button size="small" variant="ghost" onClick={() => onChange({ ...NO_FILTERS, query: filters.query })}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
