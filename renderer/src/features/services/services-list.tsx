/**
 * The services of a portal on the shared DataTable: sortable columns, search over name, domain,
 * label and number, a status filter with counts, CSV export; a row opens the service.
 */
import { useCallback, useMemo, type ReactElement } from 'react';
import type { HostingService } from '../../../../common/channels/hosting';
import { accountHref, useNavigation } from '../../app/navigation-store';
import { DataTable, type DataTableColumn, type DataTableFilter } from '../../components/data-table/data-table';
import { EmptyState } from '../../components/empty-state';
import type { CachedResource } from '../../lib/use-cached-resource';
import { StatusBadge, statusText } from '../../components/status-badge';
import { formatDate, formatMoney, isOverdue, SERVICE_TONES } from './format';
import { useHostingAccount } from './hosting-data';

const NO_SERVICES: readonly HostingService[] = [];
const dash = <span className="faint">—</span>;

const SERVICE_COLUMNS: readonly DataTableColumn<HostingService>[] = [
  {
    id: 'service',
    header: 'Service',
    value: (s) => s.name,
    text: (s) => `${s.name} #${s.id}`,
    render: (s) => (
      <span>
        <strong>{s.name}</strong> <span className="faint small">#{s.id}</span>
      </span>
    ),
    searchable: true,
    grow: true,
    minWidth: 160,
  },
  {
    id: 'domain',
    header: 'Domain',
    value: (s) => s.domain,
    render: (s) => s.domain ?? dash,
    searchable: true,
    maxWidth: 210,
  },
  {
    id: 'status',
    header: 'Status',
    value: (s) => s.status,
    text: (s) => (s.cancelRequested ? `${s.status}, cancellation requested` : s.status),
    render: (s) => (
      <span className="row" style={{ gap: 6 }}>
        <StatusBadge status={s.status} tones={SERVICE_TONES} />
        {s.cancelRequested && <StatusBadge status="Cancellation requested" tone="warn" />}
      </span>
    ),
  },
  {
    id: 'due',
    header: 'Next due',
    value: (s) => s.nextDue,
    text: (s) => formatDate(s.nextDue),
    render: (s) => (
      <span className="row" style={{ gap: 6 }}>
        {formatDate(s.nextDue)}
        {isOverdue(s.nextDue, s.status) && <StatusBadge status="Overdue" tone="bad" />}
      </span>
    ),
    csv: (s) => s.nextDue,
  },
  {
    id: 'amount',
    // The billing cycle stands beside the amount: one column fewer, so the table fits at 1280 px.
    header: 'Amount',
    value: (s) => s.amount,
    text: (s) => formatMoney(s.amount, s.currency),
    render: (s) => (
      <span>
        {formatMoney(s.amount, s.currency)}
        {s.billingCycle && <span className="faint small"> / {s.billingCycle.toLowerCase()}</span>}
      </span>
    ),
    align: 'end',
  },
  {
    id: 'label',
    header: 'Label',
    value: (s) => s.label,
    render: (s) => s.label ?? dash,
    searchable: true,
    maxWidth: 140,
  },
];

const byName = { column: 'service', direction: 'ascending' } as const;
const keyOf = (service: HostingService) => service.id;

export function ServicesList({
  services: resource,
}: {
  services: CachedResource<readonly HostingService[]>;
}): ReactElement {
  const { accountId } = useHostingAccount();
  const open = useNavigation((state) => state.open);
  const services = resource.data ?? NO_SERVICES;
  const loading = resource.cached ? resource.cached.syncedAt === null : !resource.error;
  const filters = useMemo<readonly DataTableFilter<HostingService>[]>(
    () => [
      {
        id: 'status',
        label: 'Status',
        allLabel: 'All statuses',
        options: [...new Set(services.map((s) => s.status))]
          .sort()
          .map((value) => ({ value, label: statusText(value) })),
        value: (s) => s.status,
      },
    ],
    [services],
  );
  const openService = useCallback(
    (service: HostingService) => open(accountHref(accountId, 'services', service.id)),
    [open, accountId],
  );
  return (
    <DataTable
      id="services"
      label="Services"
      noun={{ one: 'service', other: 'services' }}
      rows={services}
      rowKey={keyOf}
      columns={SERVICE_COLUMNS}
      defaultSort={byName}
      search={{ label: 'Search services', placeholder: 'Search name, domain, label…' }}
      filters={filters}
      onOpen={openService}
      exportName="services"
      noMatch="No service matches the search and filter."
      empty={
        <EmptyState icon="services" title={loading ? 'Loading services…' : 'No services on this portal'}>
          {loading
            ? 'The first list is being fetched from the portal.'
            : 'The portal lists no services for this account.'}
        </EmptyState>
      }
    />
  );
}
