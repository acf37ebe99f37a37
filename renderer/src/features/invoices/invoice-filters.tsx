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
      <fieldset className="invoice-range">
        <legend>Issued</legend>
        <input
          type="date"
          className="input"
          aria-label="Issued from"
          value={filters.issuedFrom ?? ''}
          onChange={(event) => set({ issuedFrom: event.target.value || null })}
        />
        <input
          type="date"
          className="input"
          aria-label="Issued to"
          value={filters.issuedTo ?? ''}
          onChange={(event) => set({ issuedTo: event.target.value || null })}
        />
      </fieldset>
      <fieldset className="invoice-range">
        <legend>Due</legend>
        <input
          type="date"
          className="input"
          aria-label="Due from"
          value={filters.dueFrom ?? ''}
          onChange={(event) => set({ dueFrom: event.target.value || null })}
        />
        <input
          type="date"
          className="input"
          aria-label="Due to"
          value={filters.dueTo ?? ''}
          onChange={(event) => set({ dueTo: event.target.value || null })}
        />
      </fieldset>
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
