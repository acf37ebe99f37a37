/** Every zone of the account with its service; add a zone, remove one behind its typed name. */
import { useMemo, useState, type ReactElement } from 'react';
import { dnsKeys } from '../../../../common/channels/dns';
import { hostingKeys, type HostingService } from '../../../../common/channels/hosting';
import type { DnsZone } from '../../../../common/models/hostbill';
import { accountHref, useNavigation } from '../../app/navigation-store';
import { DataTable, type DataTableColumn } from '../../components/data-table/data-table';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { Page } from '../../components/page';
import { call } from '../../lib/api';
import { useCachedResource } from '../../lib/use-cached-resource';
import { AddZoneDialog, RemoveZoneDialog, type DnsServiceOption } from './zone-dialogs';

interface ZoneRow {
  readonly zone: DnsZone;
  readonly service: string;
}

const columns: readonly DataTableColumn<ZoneRow>[] = [
  { id: 'name', header: 'Zone', value: (row) => row.zone.name, searchable: true, grow: true, mono: true },
  { id: 'service', header: 'Service', value: (row) => row.service, searchable: true, maxWidth: 420 },
];

const serviceLabel = (s: HostingService) =>
  [s.domain || s.name, s.label].filter(Boolean).join(' · ') || `Service ${s.id}`;

export function ZonesScreen({ accountId }: { accountId: string }): ReactElement {
  const zones = useCachedResource({
    accountId,
    keys: [dnsKeys.key.zones()],
    read: () => call((api) => api.dns.zones.list({ accountId })),
    refresh: () => call((api) => api.dns.zones.refresh({ accountId })),
  });
  const services = useCachedResource({
    accountId,
    keys: [hostingKeys.key.services()],
    read: () => call((api) => api.services.list({ accountId })),
  });
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<DnsZone | null>(null);
  const byId = useMemo(() => new Map((services.data ?? []).map((s) => [s.id, s])), [services.data]);
  const dnsServices: DnsServiceOption[] = (services.data ?? [])
    .filter((s) => s.features?.dns ?? s.kind === 'dns')
    .map((s) => ({ id: s.id, label: serviceLabel(s) }));
  const list = useMemo(() => zones.data ?? [], [zones.data]);
  const open = useNavigation((state) => state.open);
  const rows = useMemo(
    () =>
      list.map((zone): ZoneRow => {
        const service = byId.get(zone.serviceId);
        return { zone, service: service ? serviceLabel(service) : `Service ${zone.serviceId}` };
      }),
    [list, byId],
  );

  return (
    <Page
      className="dns-page"
      titleId="dns-zones-title"
      title="DNS zones"
      subtitle={zones.data ? `${list.length} zone${list.length === 1 ? '' : 's'}` : undefined}
      resource={zones}
      actions={
        <Button variant="primary" icon="plus" onClick={() => setAdding(true)}>
          Add zone
        </Button>
      }
    >
      <DataTable
        id="dns-zones"
        label="Zones"
        noun={{ one: 'zone', other: 'zones' }}
        rows={rows}
        rowKey={(row) => `${row.zone.serviceId}:${row.zone.id}`}
        columns={columns}
        defaultSort={{ column: 'name', direction: 'ascending' }}
        search={{ label: 'Search zones', placeholder: 'Zone or service' }}
        onOpen={(row) => open(accountHref(accountId, 'dns', row.zone.serviceId, row.zone.id))}
        selection={{
          rowLabel: (row) => row.zone.name,
          actions: (selected, clear) =>
            selected.length === 1 ? (
              <Button
                size="small"
                variant="danger"
                onClick={() => {
                  setRemoving(selected[0]!.zone);
                  clear();
                }}
              >
                Remove {selected[0]!.zone.name}…
              </Button>
            ) : (
              <span className="muted">Select one zone to remove it</span>
            ),
        }}
        empty={
          zones.data ? (
            <EmptyState icon="dns" title="No zones yet">
              Add a zone on one of your DNS services.
            </EmptyState>
          ) : undefined
        }
      />
      {adding && <AddZoneDialog accountId={accountId} services={dnsServices} onDone={() => setAdding(false)} />}
      {removing && <RemoveZoneDialog accountId={accountId} zone={removing} onDone={() => setRemoving(null)} />}
    </Page>
  );
}
