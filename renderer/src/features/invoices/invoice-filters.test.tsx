// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { NO_FILTERS, type InvoiceFilters } from '../../../../common/invoices/filters';
import { InvoiceFiltersBar } from './invoice-filters';

afterEach(cleanup);

it('each date bound sets its own filter, and emptying it clears that bound', () => {
  const changes: InvoiceFilters[] = [];
  const filters: InvoiceFilters = { ...NO_FILTERS, dueTo: '2026-12-31' };
  render(<InvoiceFiltersBar filters={filters} statuses={[]} currencies={[]} onChange={(f) => changes.push(f)} />);
  expect(screen.getByLabelText('Due to')).toHaveProperty('value', '2026-12-31');
  fireEvent.change(screen.getByLabelText('Issued from'), { target: { value: '2026-01-01' } });
  fireEvent.change(screen.getByLabelText('Issued to'), { target: { value: '2026-06-30' } });
  fireEvent.change(screen.getByLabelText('Due from'), { target: { value: '2026-02-01' } });
  fireEvent.change(screen.getByLabelText('Due to'), { target: { value: '' } });
  expect(changes.map(({ issuedFrom, issuedTo, dueFrom, dueTo }) => ({ issuedFrom, issuedTo, dueFrom, dueTo }))).toEqual(
    [
      { issuedFrom: '2026-01-01', issuedTo: null, dueFrom: null, dueTo: '2026-12-31' },
      { issuedFrom: null, issuedTo: '2026-06-30', dueFrom: null, dueTo: '2026-12-31' },
      { issuedFrom: null, issuedTo: null, dueFrom: '2026-02-01', dueTo: '2026-12-31' },
      { issuedFrom: null, issuedTo: null, dueFrom: null, dueTo: null },
    ],
  );
});
