/**
 * The invoice CSV exports' columns: ISO dates, amounts as plain numbers (credit notes negative), a
 * currency column on every row. The writer (quoting, BOM, formula neutralising) is `common/csv.ts`.
 */
import type { Invoice } from '../models/hostbill';
import { isOverdue } from './overdue';
import { amountDue, type InvoiceRow } from './rows';

export type CsvValue = string | number | null;

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvValue[])[];
}

export function invoiceListTable(rows: readonly InvoiceRow[], today: string): CsvTable {
  return {
    header: [
      'Number',
      'Invoice ID',
      'Date',
      'Due date',
      'Status',
      'Overdue',
      'Currency',
      'Total',
      'Credit applied',
      'Amount due',
      'Paid at',
    ],
    rows: rows.map((row) => [
      row.number,
      row.id,
      row.date,
      row.dueDate,
      row.status,
      isOverdue(row, today) ? 'yes' : 'no',
      row.currency,
      row.total,
      row.credit,
      row.total === null ? null : amountDue(row),
      row.paidAt,
    ]),
  };
}

export function invoiceLinesTable(invoices: readonly Invoice[]): CsvTable {
  return {
    header: [
      'Number',
      'Invoice ID',
      'Date',
      'Status',
      'Currency',
      'Type',
      'Description',
      'Quantity',
      'Amount',
      'Line total',
      'Taxed',
      'Service ID',
    ],
    rows: invoices.flatMap((invoice) =>
      invoice.lines.map((line) => [
        invoice.number,
        invoice.id,
        invoice.date,
        invoice.status,
        invoice.currency,
        line.type,
        line.description,
        line.quantity,
        line.amount,
        line.lineTotal,
        line.taxed ? 'yes' : 'no',
        line.serviceId,
      ]),
    ),
  };
}
