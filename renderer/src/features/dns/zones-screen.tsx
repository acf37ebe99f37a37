/** Every zone of the account with its service; add a zone, remove one behind its typed name. */
import { useState, type ReactElement } from 'react';
import { dnsKeys } from '../../../../common/channels/dns';
import { hostingKeys, type HostingService } from '../../../../common/channels/hosting';
import type { DnsZone } from '../../../../common/models/hostbill';
import { accountHref } from '../../app/navigation-store';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { Link } from '../../components/link';
import { Page } from '../../components/page';
import { call } from '../../lib/api';
import { useCachedResource } from '../../lib/use-cached-resource';
import { AddZoneDialog, RemoveZoneDialog, type DnsServiceOption } from './zone-dialogs';

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
  const byId = new Map((services.data ?? []).map((s) => [s.id, s]));
  const dnsServices: DnsServiceOption[] = (services.data ?? [])
    .filter((s) => s.features?.dns ?? s.kind === 'dns')
    .map((s) => ({ id: s.id, label: serviceLabel(s) }));
  const list = zones.data ?? [];

  return (
    <Page
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
      {zones.data && list.length === 0 && (
        <EmptyState icon="dns" title="No zones yet">
          Add a zone on one of your DNS services.
        </EmptyState>
      )}
      {list.length > 0 && (
        <div className="card">
          <table className="table dns-zones-table" aria-label="Zones">
            <thead>
              <tr>
                <th scope="col">Zone</th>
                <th scope="col">Service</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((z) => (
                <tr key={`${z.serviceId}:${z.id}`}>
                  <td>
                    <Link href={accountHref(accountId, 'dns', z.serviceId, z.id)}>{z.name}</Link>
                  </td>
                  <td>{byId.has(z.serviceId) ? serviceLabel(byId.get(z.serviceId)!) : `Service ${z.serviceId}`}</td>
                  <td style={{ textAlign: 'right' }}>
                    <Button size="small" variant="ghost" aria-label={`Remove ${z.name}`} onClick={() => setRemoving(z)}>
                      Remove…
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {adding && <AddZoneDialog accountId={accountId} services={dnsServices} onDone={() => setAdding(false)} />}
      {removing && <RemoveZoneDialog accountId={accountId} zone={removing} onDone={() => setRemoving(null)} />}
    </Page>
  );
}
