/**
 * The ticket queue on the shared DataTable: number, subject (unread marked), department, status as
 * the portal sends it, created and last reply in local time; filters by status and department,
 * search over subject and number, sorting, CSV of what is shown. A row opens its thread.
 */
import { useCallback, useMemo, type ReactElement } from 'react';
import type { TicketSummary } from '../../../../common/models/hostbill';
import { accountHref, useNavigation } from '../../app/navigation-store';
import { DataTable, type DataTableColumn, type DataTableFilter } from '../../components/data-table/data-table';
import { EmptyState } from '../../components/empty-state';
import { StatusBadge, statusText } from '../../components/status-badge';
import { formatDateTime, TICKET_TONES } from './format';

const dateOf = (iso: string | null) => (iso ? new Date(iso) : null);

export const TICKET_COLUMNS: readonly DataTableColumn<TicketSummary>[] = [
  {
    id: 'number',
    header: 'Number',
    value: (t) => t.number,
    sortValue: (t) => (/^\d+$/.test(t.number) ? Number(t.number) : t.number),
    render: (t) => (
      <>
        {!t.read && <span className="unread-dot" role="img" title="Unread reply" aria-label="Unread" />}
        {t.number}
      </>
    ),
    searchable: true,
    mono: true,
    extraWidth: 14,
  },
  {
    id: 'subject',
    header: 'Subject',
    value: (t) => t.subject || '(no subject)',
    render: (t) => <span className={t.read ? undefined : 'ticket-unread'}>{t.subject || '(no subject)'}</span>,
    searchable: true,
    grow: true,
  },
  { id: 'department', header: 'Department', value: (t) => t.department },
  {
    id: 'status',
    header: 'Status',
    value: (t) => t.status,
    render: (t) => <StatusBadge status={t.status} tones={TICKET_TONES} />,
  },
  { id: 'created', header: 'Created', value: (t) => dateOf(t.createdAt), text: (t) => formatDateTime(t.createdAt) },
  {
    id: 'lastReply',
    header: 'Last reply',
    value: (t) => dateOf(t.lastReplyAt),
    text: (t) => formatDateTime(t.lastReplyAt),
  },
  {
    id: 'read',
    header: 'Read',
    value: (t) => (t.read ? 'read' : 'unread'),
    visible: false,
  },
];

const byLastReply = { column: 'lastReply', direction: 'descending' } as const;
const options = (values: readonly (string | null)[]) =>
  [...new Set(values.filter((v): v is string => !!v))]
    .sort((a, b) => a.localeCompare(b))
    .map((value) => ({ value, label: value }));

export function TicketsList({
  accountId,
  tickets,
}: {
  readonly accountId: string;
  readonly tickets: readonly TicketSummary[];
}): ReactElement {
  const navigate = useNavigation((state) => state.open);
  const filters = useMemo<readonly DataTableFilter<TicketSummary>[]>(
    () => [
      {
        id: 'status',
        label: 'Status',
        allLabel: 'All statuses',
        // Labelled like the badges ("Client reply"); the values stay the portal's.
        options: options(tickets.map((t) => t.status)).map((o) => ({ ...o, label: statusText(o.value) })),
        value: (t) => t.status,
      },
      {
        id: 'department',
        label: 'Department',
        allLabel: 'All departments',
        options: options(tickets.map((t) => t.department)),
        value: (t) => t.department ?? '',
      },
    ],
    [tickets],
  );
  const open = useCallback(
    (ticket: TicketSummary) => navigate(accountHref(accountId, 'tickets', ticket.number)),
    [accountId, navigate],
  );
  const unread = tickets.filter((t) => !t.read).length;
  return (
    <DataTable
      id="tickets"
      label="Tickets"
      noun={{ one: 'ticket', other: 'tickets' }}
      rows={tickets}
      rowKey={(t) => t.number}
      columns={TICKET_COLUMNS}
      defaultSort={byLastReply}
      search={{ label: 'Search tickets', placeholder: 'Search subject or number' }}
      filters={filters}
      onOpen={open}
      isOpenable={(t) => t.number !== ''}
      exportName="tickets"
      noMatch="No ticket matches the search or filter."
      toolbar={unread > 0 ? <span className="muted small">{unread} unread</span> : undefined}
      empty={
        <div className="card">
          <EmptyState icon="tickets" title="No tickets yet">
            The portal lists no tickets for this account. Open one with New ticket.
          </EmptyState>
        </div>
      }
    />
  );
}
