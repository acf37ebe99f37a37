/** The ticket queue: filters by status and department, search over subject and number, sortable columns. */
import { useMemo, useState, type ReactElement } from 'react';
import type { TicketSummary } from '../../../../common/models/hostbill';
import { accountHref } from '../../app/navigation-store';
import { EmptyState } from '../../components/empty-state';
import { Link } from '../../components/link';
import { badgeClass, formatDateTime, ticketTone } from './format';

type SortKey = 'number' | 'subject' | 'department' | 'status' | 'createdAt' | 'lastReplyAt';
const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'number', label: 'Number' },
  { key: 'subject', label: 'Subject' },
  { key: 'department', label: 'Department' },
  { key: 'status', label: 'Status' },
  { key: 'createdAt', label: 'Created' },
  { key: 'lastReplyAt', label: 'Last reply' },
];
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function matchesTicket(ticket: TicketSummary, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = `${ticket.number} ${ticket.subject}`.toLowerCase();
  return words.every((word) => haystack.includes(word.replace(/^#/, '')));
}

export function TicketsList({
  accountId,
  tickets,
}: {
  readonly accountId: string;
  readonly tickets: readonly TicketSummary[];
}): ReactElement {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const [department, setDepartment] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'lastReplyAt', descending: true });
  const statuses = useMemo(() => [...new Set(tickets.map((t) => t.status))].sort(collator.compare), [tickets]);
  const departments = useMemo(
    () => [...new Set(tickets.map((t) => t.department ?? ''))].filter(Boolean).sort(collator.compare),
    [tickets],
  );
  const shown = useMemo(() => {
    const rows = tickets.filter(
      (t) =>
        (!status || t.status === status) &&
        (!department || t.department === department) &&
        matchesTicket(t, query.trim()),
    );
    const sign = sort.descending ? -1 : 1;
    return rows.sort((a, b) => sign * collator.compare(String(a[sort.key] ?? ''), String(b[sort.key] ?? '')));
  }, [tickets, status, department, query, sort]);
  const unread = tickets.filter((t) => !t.read).length;

  return (
    <div className="stack">
      <div className="row wrap ticket-filters" role="search">
        <label className="visually-hidden" htmlFor="ticket-search">
          Search tickets
        </label>
        <input
          id="ticket-search"
          type="search"
          placeholder="Search subject or number…"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <label htmlFor="ticket-status">Status</label>
        <select id="ticket-status" value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value="">All</option>
          {statuses.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        <label htmlFor="ticket-department">Department</label>
        <select id="ticket-department" value={department} onChange={(event) => setDepartment(event.target.value)}>
          <option value="">All</option>
          {departments.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </select>
        <span className="muted small" aria-live="polite">
          {shown.length} of {tickets.length} tickets{unread > 0 ? ` · ${unread} unread` : ''}
        </span>
      </div>
      {shown.length === 0 ? (
        <div className="card">
          <EmptyState icon="tickets" title="No tickets match">
            Change the search or the filters.
          </EmptyState>
        </div>
      ) : (
        <div className="card table-wrap">
          <table className="table tickets-table" aria-label="Tickets">
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th
                    key={column.key}
                    aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() =>
                        setSort((current) => ({
                          key: column.key,
                          descending: current.key === column.key ? !current.descending : column.key.endsWith('At'),
                        }))
                      }
                    >
                      {column.label}
                      {sort.key === column.key ? (sort.descending ? ' ↓' : ' ↑') : ''}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((ticket) => (
                <tr key={ticket.number} className={ticket.read ? undefined : 'ticket-unread'}>
                  <td className="mono">
                    {!ticket.read && <span className="unread-dot" title="Unread reply" aria-label="Unread" />}
                    {ticket.number}
                  </td>
                  <td>
                    <Link href={accountHref(accountId, 'tickets', ticket.number)}>
                      {ticket.subject || '(no subject)'}
                    </Link>
                  </td>
                  <td>{ticket.department ?? '—'}</td>
                  <td>
                    <span className={badgeClass(ticketTone(ticket.status))}>{ticket.status}</span>
                  </td>
                  <td>{formatDateTime(ticket.createdAt)}</td>
                  <td>{formatDateTime(ticket.lastReplyAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
