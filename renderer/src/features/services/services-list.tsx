/** The services table with a search box and a status filter; a service's name opens it. */
import { useMemo, useState, type ReactElement } from 'react';
import type { HostingService } from '../../../../common/channels/hosting';
import { accountHref, useNavigation } from '../../app/navigation-store';
import { EmptyState } from '../../components/empty-state';
import { badgeClass, formatDate, formatMoney, isOverdue, serviceTone } from './format';
import { asCached, type CachedResource } from '../../lib/use-cached-resource';
import { useHostingAccount } from './hosting-data';

function matches(service: HostingService, query: string): boolean {
  if (!query) return true;
  const haystack = [service.name, service.domain, service.label, service.id, service.category, service.billingCycle]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

export function ServicesList({
  services: resource,
}: {
  services: CachedResource<readonly HostingService[]>;
}): ReactElement {
  const services = asCached(resource);
  const { accountId } = useHostingAccount();
  const open = useNavigation((state) => state.open);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const rows = useMemo(() => services?.data ?? [], [services]);
  const statuses = useMemo(() => [...new Set(rows.map((s) => s.status))].sort(), [rows]);
  const shown = rows.filter((s) => (!status || s.status === status) && matches(s, query.trim()));

  if (!services)
    return (
      <div className="card card-body muted" aria-busy="true">
        Loading services…
      </div>
    );
  if (rows.length === 0) {
    return (
      <div className="card">
        <EmptyState icon="services" title={services.syncedAt ? 'No services on this portal' : 'Loading services…'}>
          {services.syncedAt
            ? 'The portal lists no services for this account.'
            : 'The first list is being fetched from the portal.'}
        </EmptyState>
      </div>
    );
  }
  return (
    <div className="stack">
      <div className="row hosting-filters" role="search">
        <label className="visually-hidden" htmlFor="service-search">
          Search services
        </label>
        <input
          id="service-search"
          type="search"
          placeholder="Search name, domain, label…"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <label htmlFor="service-status">Status</label>
        <select id="service-status" value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value="">All statuses</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <span className="muted" aria-live="polite">
          {shown.length} of {rows.length}
        </span>
      </div>
      <div className="card table-wrap">
        <table className="table" aria-label="Services">
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">Domain</th>
              <th scope="col">Status</th>
              <th scope="col">Billing cycle</th>
              <th scope="col">Next due</th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col">Label</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((service) => (
              <tr key={service.id}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => open(accountHref(accountId, 'services', service.id))}
                  >
                    {service.name}
                  </button>
                  <div className="faint small">#{service.id}</div>
                </td>
                <td>{service.domain ?? <span className="faint">—</span>}</td>
                <td>
                  <span className={badgeClass(serviceTone(service.status))}>{service.status}</span>
                  {service.cancelRequested && (
                    <div>
                      <span className="badge badge-warning">Cancellation requested</span>
                    </div>
                  )}
                </td>
                <td>{service.billingCycle ?? '—'}</td>
                <td>
                  {formatDate(service.nextDue)}
                  {isOverdue(service.nextDue, service.status) && (
                    <div>
                      <span className="badge badge-danger">Overdue</span>
                    </div>
                  )}
                </td>
                <td className="num">{formatMoney(service.amount, service.currency)}</td>
                <td>{service.label ?? <span className="faint">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className="card-body muted">No service matches the search and filter.</p>}
      </div>
    </div>
  );
}
