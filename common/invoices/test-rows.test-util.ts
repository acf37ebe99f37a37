/** Invoice rows for the pure-logic tests. */
import type { InvoiceRow } from './rows';

export function row(overrides: Partial<InvoiceRow> = {}): InvoiceRow {
  return {
    id: '308001',
    number: '2025/11/1',
    status: 'Unpaid',
    date: '2025-11-01',
    dueDate: '2025-11-08',
    paidAt: null,
    total: 19.65,
    currency: 'EUR',
    credit: null,
    linesText: '',
    hasDetail: false,
    ...overrides,
  };
}
