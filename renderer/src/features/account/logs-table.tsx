/** The portal's activity log: searchable, newest first, times in the local time zone. */
import { useMemo, useState, type ReactElement } from 'react';
import type { AccountLogEntry } from '../../../../common/models/hostbill';

export function localTime(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function LogsTable({ logs }: { logs: readonly AccountLogEntry[] }): ReactElement {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const sorted = [...logs].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    return q === '' ? sorted : sorted.filter((l) => `${l.description} ${l.ip ?? ''}`.toLowerCase().includes(q));
  }, [logs, query]);
  return (
    <section className="card card-body stack" aria-label="Activity log">
      <div className="row">
        <h2>Logs</h2>
        <input
          type="search"
          aria-label="Search the log"
          placeholder="Search text or address"
          maxLength={200}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="muted small" role="status">
          {shown.length === logs.length ? `${logs.length} entries` : `${shown.length} of ${logs.length} entries`}
        </span>
      </div>
      <div className="table-wrap">
        <table className="table" aria-label="Log entries">
          <thead>
            <tr>
              <th scope="col">When (local time)</th>
              <th scope="col">What</th>
              <th scope="col">Address</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry, index) => (
              <tr key={entry.id ?? index}>
                <td>
                  <time dateTime={entry.date ?? undefined}>{localTime(entry.date)}</time>
                </td>
                <td>{entry.description}</td>
                <td className="mono">{entry.ip ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
