import { describe, expect, it } from 'vitest';
import { toCsv } from '../csv';
import type { Invoice } from '../models/hostbill';
import { invoiceLinesTable, invoiceListTable } from './csv-columns';
import { row } from './test-rows.test-util';

const csvOf = (table: { header: readonly string[]; rows: readonly (readonly (string | number | null)[])[] }) =>
  toCsv(table.header, table.rows);

describe('invoice CSV', () => {
  it('writes a BOM, CRLF rows, ISO dates, plain numbers with a dot and a currency column', () => {
    const text = csvOf(
      invoiceListTable(
        [
          row({ id: '1', number: '2025/11/1', total: 1234.5, credit: 5, paidAt: null }),
          row({
            id: '2',
            number: '2025/11/2',
            status: 'Refunded',
            total: -19.65,
            currency: 'USD',
            paidAt: '2025-11-02T10:00:00Z',
          }),
        ],
        '2025-11-20',
      ),
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Number,Invoice ID,Date,Due date,Status,Overdue,Currency,Total,Credit applied,Amount due,Paid at',
    );
    expect(lines[1]).toBe('2025/11/1,1,2025-11-01,2025-11-08,Unpaid,yes,EUR,1234.5,5,1229.5,');
    // A credit note stays a negative number: numbers are never neutralised.
    expect(lines[2]).toBe('2025/11/2,2,2025-11-01,2025-11-08,Refunded,no,USD,-19.65,,0,2025-11-02T10:00:00Z');
    expect(lines[3]).toBe('');
  });

  it('quotes and neutralises line text a portal or customer typed', () => {
    const invoice = {
      ...row({ id: '7', number: '=HYPERLINK("x")' }),
      subtotal: 10,
      tax: 0,
      taxRate: 0,
      tax2: null,
      taxRate2: null,
      notes: null,
      address: null,
      lines: [
        {
          id: 'a',
          type: 'Other',
          description: '+cmd|" /C calc"!A0',
          amount: -3,
          quantity: 1,
          lineTotal: -3,
          taxed: false,
          serviceId: null,
        },
        {
          id: 'b',
          type: 'Hosting',
          description: 'Line, with "quotes"\nand a break — Müller 山田',
          amount: 13,
          quantity: 2,
          lineTotal: 26,
          taxed: true,
          serviceId: '41',
        },
        {
          id: 'c',
          type: 'Other',
          description: '@SUM(A1)',
          amount: 0,
          quantity: 1,
          lineTotal: 0,
          taxed: false,
          serviceId: null,
        },
      ],
    } satisfies Invoice;
    const lines = csvOf(invoiceLinesTable([invoice]))
      .slice(1)
      .split('\r\n');
    expect(lines[0]).toBe(
      'Number,Invoice ID,Date,Status,Currency,Type,Description,Quantity,Amount,Line total,Taxed,Service ID',
    );
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",7,2025-11-01,Unpaid,EUR,Other,"'+cmd|"" /C calc""!A0",1,-3,-3,no,`);
    // The line break inside the quoted field stays a bare LF; rows end with CRLF.
    expect(lines[2]).toBe(
      `"'=HYPERLINK(""x"")",7,2025-11-01,Unpaid,EUR,Hosting,"Line, with ""quotes""\nand a break — Müller 山田",2,13,26,yes,41`,
    );
    expect(lines[3]).toContain(",'@SUM(A1),");
  });
});
