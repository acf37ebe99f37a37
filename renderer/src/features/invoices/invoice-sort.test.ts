import { describe, expect, it } from 'vitest';
import { row } from '../../../../common/invoices/test-rows.test-util';
import { DEFAULT_SORT, restoreSort, sortInvoices } from './invoice-sort';

const rows = [
  row({ id: 'a', number: '2025/11/9', total: 5, currency: 'USD', paidAt: null }),
  row({ id: 'b', number: '2025/11/10', total: -2, currency: 'EUR', paidAt: '2025-11-12T10:00:00Z' }),
  row({ id: 'c', number: '2025/10/1', total: 30, currency: 'EUR', paidAt: '2025-10-02T10:00:00Z' }),
];
const ids = (sorted: readonly { id: string }[]) => sorted.map((r) => r.id);

describe('sortInvoices', () => {
  it('sorts numbers naturally (2025/11/9 before 2025/11/10)', () => {
    expect(ids(sortInvoices(rows, { key: 'number', direction: 'ascending' }))).toEqual(['c', 'a', 'b']);
    expect(ids(sortInvoices(rows, { key: 'number', direction: 'descending' }))).toEqual(['b', 'a', 'c']);
  });

  it('sorts totals within each currency, never interleaving currencies', () => {
    expect(ids(sortInvoices(rows, { key: 'total', direction: 'ascending' }))).toEqual(['b', 'c', 'a']);
  });

  it('keeps rows without a value last in both directions', () => {
    expect(ids(sortInvoices(rows, { key: 'paidAt', direction: 'ascending' }))).toEqual(['c', 'b', 'a']);
    expect(ids(sortInvoices(rows, { key: 'paidAt', direction: 'descending' }))).toEqual(['b', 'c', 'a']);
  });

  it('restores a stored sort, or the default for anything else', () => {
    expect(restoreSort({ key: 'status', direction: 'ascending' })).toEqual({ key: 'status', direction: 'ascending' });
    expect(restoreSort({ key: 'password', direction: 'ascending' })).toEqual(DEFAULT_SORT);
    expect(restoreSort(null)).toEqual(DEFAULT_SORT);
  });
});
