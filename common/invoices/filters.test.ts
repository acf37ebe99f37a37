import { describe, expect, it } from 'vitest';
import { currenciesOf, filterInvoices, NO_FILTERS, restoreFilters, statusesOf } from './filters';
import { row } from './test-rows.test-util';

const rows = [
  row({ id: '1', number: '2025/11/3', status: 'Unpaid', date: '2025-11-03', dueDate: '2025-11-10', total: 120 }),
  row({ id: '2', number: '2025/10/9', status: 'Paid', date: '2025-10-09', dueDate: '2025-10-16', total: 19.65 }),
  row({ id: '3', number: '2025/09/1', status: 'Refunded', date: '2025-09-01', total: -19.65, currency: 'USD' }),
  row({
    id: '4',
    number: '2025/08/2',
    status: 'Payment Pending',
    date: '2025-08-02',
    total: 45,
    linesText: 'Consultoría técnica — José Núñez 45.00\n技術サポート（山田 太郎） 12.00',
    currency: 'GBP',
  }),
];
const ids = (filters: Partial<typeof NO_FILTERS>, today = '2025-11-20') =>
  filterInvoices(rows, { ...NO_FILTERS, ...filters }, today).map((r) => r.id);

describe('filterInvoices', () => {
  it('filters by status as sent (unknown ones too), currency, and both date ranges', () => {
    expect(ids({})).toEqual(['1', '2', '3', '4']);
    expect(ids({ statuses: ['Payment Pending', 'Paid'] })).toEqual(['2', '4']);
    expect(ids({ currencies: ['USD', 'GBP'] })).toEqual(['3', '4']);
    expect(ids({ issuedFrom: '2025-09-01', issuedTo: '2025-10-31' })).toEqual(['2', '3']);
    expect(ids({ dueFrom: '2025-11-09' })).toEqual(['1']);
    expect(ids({ dueTo: '2025-10-16' })).toEqual(['2']);
  });

  it('filters by amount range (credit notes are negative) and overdue by the given day', () => {
    expect(ids({ minAmount: 0 })).toEqual(['1', '2', '4']);
    expect(ids({ maxAmount: 0 })).toEqual(['3']);
    expect(ids({ minAmount: 19.65, maxAmount: 45 })).toEqual(['2', '4']);
    expect(ids({ overdueOnly: true }, '2025-11-10')).toEqual([]);
    expect(ids({ overdueOnly: true }, '2025-11-11')).toEqual(['1']);
  });

  it('searches number, amounts (dot or comma) and line text, ignoring case and accents, every word', () => {
    expect(ids({ query: '2025/10' })).toEqual(['2']);
    expect(ids({ query: '19,65' })).toEqual(['2', '3']);
    expect(ids({ query: '-19.65' })).toEqual(['3']);
    expect(ids({ query: 'jose nunez' })).toEqual(['4']);
    expect(ids({ query: '山田' })).toEqual(['4']);
    expect(ids({ query: '12.00 TECNICA' })).toEqual(['4']);
    expect(ids({ query: 'jose 2025/11' })).toEqual([]);
  });

  it('offers the statuses and currencies present, most frequent first', () => {
    expect(statusesOf([...rows, row({ status: 'Paid' })])).toEqual(['Paid', 'Payment Pending', 'Refunded', 'Unpaid']);
    expect(currenciesOf(rows)).toEqual(['EUR', 'GBP', 'USD']);
  });

  it('restores stored filters, or none when the stored value is damaged', () => {
    expect(restoreFilters({ statuses: ['Paid'], overdueOnly: true })).toEqual({
      ...NO_FILTERS,
      statuses: ['Paid'],
      overdueOnly: true,
    });
    expect(restoreFilters({ issuedFrom: 'yesterday' })).toEqual(NO_FILTERS);
    expect(restoreFilters('garbage')).toEqual(NO_FILTERS);
    expect(restoreFilters({ query: 'x'.repeat(500) })).toEqual(NO_FILTERS);
  });
});
