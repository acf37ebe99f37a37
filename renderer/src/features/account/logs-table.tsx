/** The portal's activity log in the shared DataTable: searchable, newest first, local time. */
import type { ReactElement } from 'react';
import type { AccountLogEntry } from '../../../../common/models/hostbill';
import { DataTable, type DataTableColumn } from '../../components/data-table/data-table';

export function localTime(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

const COLUMNS: readonly DataTableColumn<AccountLogEntry>[] = [
  {
    id: 'date',
    header: 'When (local time)',
    value: (row) => (row.date ? new Date(row.date) : null),
    text: (row) => localTime(row.date),
    minWidth: 190,
  },
  { id: 'description', header: 'What', value: (row) => row.description, searchable: true, grow: true },
  { id: 'ip', header: 'Address', value: (row) => row.ip, searchable: true, mono: true },
];

export function LogsTable({ logs }: { logs: readonly AccountLogEntry[] }): ReactElement {
  return (
    <section className="card card-body stack logs-card" aria-label="Activity log">
      <DataTable
        id="portal-logs"
        label="Log entries"
        noun={{ one: 'entry', other: 'entries' }}
        rows={logs}
        rowKey={(row) => `${row.id ?? ''}|${row.date ?? ''}|${row.description}`}
        columns={COLUMNS}
        defaultSort={{ column: 'date', direction: 'descending' }}
        search={{ label: 'Search the log', placeholder: 'Text or address' }}
        exportName="portal-logs"
        noMatch="No log entry matches the search."
      />
    </section>
  );
}
