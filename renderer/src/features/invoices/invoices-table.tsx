/**
 * The invoice table on the shared DataTable (virtualized, sortable by every column, fitted widths,
 * keyboard, state kept per table). The rows come already filtered and searched by the invoice filters
 * (richer than a select: date and amount ranges, overdue, line text), so the totals above the table
 * and the exports (written by main from the cache) cover exactly the rows shown.
 */
import type { ReactElement } from 'react';
import { isOverdue } from '../../../../common/invoices/overdue';
import type { InvoiceRow } from '../../../../common/invoices/rows';
import { Button } from '../../components/button';
import { DataTable, type DataTableColumn } from '../../components/data-table/data-table';
import { formatDay, formatMoney, INVOICE_TONES } from './format';
import { StatusBadge } from '../../components/status-badge';

interface TableProps {
  readonly rows: readonly InvoiceRow[];
  readonly today: string;
  readonly onOpen: (invoiceId: string) => void;
  readonly onPdf: (invoiceIds: readonly string[]) => void;
  readonly noMatch: string;
}

/** Room for the longest medium date ("Sep 30, 2025", "30 Sept 2025"), which the fitting can underestimate. */
const DAY_WIDTH = 124;

function columnsFor(today: string): readonly DataTableColumn<InvoiceRow>[] {
  return [
    { id: 'number', header: 'Number', value: (row) => row.number ?? row.id, mono: true },
    { id: 'date', header: 'Date', value: (row) => row.date, text: (row) => formatDay(row.date), minWidth: DAY_WIDTH },
    {
      id: 'due',
      header: 'Due',
      value: (row) => row.dueDate,
      text: (row) => formatDay(row.dueDate),
      minWidth: DAY_WIDTH,
      render: (row) => (
        <span className={isOverdue(row, today) ? 'invoice-due-late' : undefined}>{formatDay(row.dueDate)}</span>
      ),
    },
    {
      id: 'status',
      header: 'Status',
      value: (row) => row.status,
      text: (row) => (isOverdue(row, today) ? `${row.status} Overdue` : row.status),
      render: (row) => (
        <>
          <StatusBadge status={row.status} tones={INVOICE_TONES} />
          {isOverdue(row, today) && <StatusBadge status="Overdue" tone="bad" className="invoice-overdue-badge" />}
        </>
      ),
      extraWidth: 12,
    },
    {
      id: 'total',
      header: 'Total',
      value: (row) => row.total,
      text: (row) => formatMoney(row.total, row.currency),
      render: (row) => (
        <span className={(row.total ?? 0) < 0 ? 'negative' : undefined}>{formatMoney(row.total, row.currency)}</span>
      ),
      align: 'end',
    },
    { id: 'currency', header: 'Currency', value: (row) => row.currency, mono: true },
    {
      id: 'paid',
      header: 'Paid',
      value: (row) => row.paidAt,
      text: (row) => (row.paidAt ? formatDay(row.paidAt) : '—'),
      minWidth: DAY_WIDTH,
      grow: true,
    },
  ];
}

const columnsByDay = new Map<string, readonly DataTableColumn<InvoiceRow>[]>();
/** One columns array per day, so the table's indexes are not rebuilt on every render. */
function columnsOf(today: string): readonly DataTableColumn<InvoiceRow>[] {
  let columns = columnsByDay.get(today);
  if (!columns) {
    columns = columnsFor(today);
    columnsByDay.set(today, columns);
  }
  return columns;
}

export function InvoicesTable({ rows, today, onOpen, onPdf, noMatch }: TableProps): ReactElement {
  return (
    <DataTable
      id="invoices"
      label="Invoices"
      noun={{ one: 'invoice', other: 'invoices' }}
      rows={rows}
      rowKey={(row) => row.id}
      columns={columnsOf(today)}
      defaultSort={{ column: 'date', direction: 'descending' }}
      onOpen={(row) => onOpen(row.id)}
      noMatch={noMatch}
      selection={{
        rowLabel: (row) => `invoice ${row.number ?? row.id}`,
        actions: (selected) => (
          <Button variant="primary" size="small" onClick={() => onPdf(selected.map((row) => row.id))}>
            PDF of {selected.length} selected
          </Button>
        ),
      }}
    />
  );
}
