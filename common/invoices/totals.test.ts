import { describe, expect, it } from 'vitest';
import { isOverdue, localDay } from './overdue';
import { totalsByCurrency } from './totals';
import { row } from './test-rows.test-util';

describe('totalsByCurrency', () => {
  it('never adds amounts of different currencies together', () => {
    const totals = totalsByCurrency(
      [
        row({ id: '1', total: 10.1, currency: 'EUR' }),
        row({ id: '2', total: 20.2, currency: 'EUR' }),
        row({ id: '3', total: 99, currency: 'USD' }),
        row({ id: '4', total: 5, currency: 'USD', status: 'Paid' }),
      ],
      '2025-11-05',
    );
    expect(totals).toEqual([
      { currency: 'EUR', count: 2, outstanding: 30.3, paid: 0, overdueCount: 0 },
      { currency: 'USD', count: 2, outstanding: 99, paid: 5, overdueCount: 0 },
    ]);
  });

  it('adds in cents (no 0.1 + 0.2 drift), takes credit off what is owed, nets credit notes out of paid', () => {
    const rows = [
      ...Array.from({ length: 10 }, (_, i) => row({ id: `p${i}`, status: 'Paid', total: 0.1 })),
      row({ id: 'u', status: 'Unpaid', total: 30, credit: 5 }),
      row({ id: 'c', status: 'Collections', total: 12.5 }),
      row({ id: 'cn', status: 'Refunded', total: -0.3 }),
      row({ id: 'x', status: 'Cancelled', total: 100 }),
      row({ id: 'r', status: 'Refunded', total: 40 }),
      row({ id: 'w', status: 'Weird-New-Status', total: 7 }),
    ];
    const [eur] = totalsByCurrency(rows, '2025-11-01');
    expect(eur).toEqual({ currency: 'EUR', count: 16, outstanding: 37.5, paid: 0.7, overdueCount: 0 });
  });

  it('counts overdue rows and groups a missing currency under ""', () => {
    const totals = totalsByCurrency([row({ currency: null, dueDate: '2025-11-01' })], '2025-11-02');
    expect(totals).toEqual([{ currency: '', count: 1, outstanding: 19.65, paid: 0, overdueCount: 1 }]);
  });
});

describe('overdue by the local clock', () => {
  it('is owed and due before today; due today is not overdue yet', () => {
    expect(isOverdue(row({ dueDate: '2025-11-08' }), '2025-11-09')).toBe(true);
    expect(isOverdue(row({ dueDate: '2025-11-08' }), '2025-11-08')).toBe(false);
    expect(isOverdue(row({ status: 'Collections', dueDate: '2025-01-01' }), '2025-11-08')).toBe(true);
    expect(isOverdue(row({ status: 'Paid', dueDate: '2025-01-01' }), '2025-11-08')).toBe(false);
    expect(isOverdue(row({ dueDate: null }), '2025-11-08')).toBe(false);
  });

  it('takes the calendar day from this machine’s clock, not UTC', () => {
    // 23:30 local on 8 November is the 8th here whatever UTC says.
    const lateEvening = new Date(2025, 10, 8, 23, 30).getTime();
    expect(localDay(lateEvening)).toBe('2025-11-08');
    const earlyMorning = new Date(2025, 10, 9, 0, 15).getTime();
    expect(localDay(earlyMorning)).toBe('2025-11-09');
  });
});
