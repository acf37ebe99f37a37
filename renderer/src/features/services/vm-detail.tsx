/** One VM: state and actions, rebuild, addresses, the service's resources and the templates offered. */
import type { ReactElement } from 'react';
import { accountHref } from '../../app/navigation-store';
import { CopyButton } from '../../components/copy-button';
import { Link } from '../../components/link';
import { Page } from '../../components/page';
import { EmptyState } from '../../components/empty-state';
import { formatDate, resourceLabel } from './format';
import { isOffline } from '../../components/sync-status';
import { HostingProvider, useHostingAccount, useVmDetail } from './hosting-data';
import { useOffline } from './use-offline';
import { VmActionButtons } from './vm-action-buttons';
import { missingText } from './vm-progress';
import { formatResources, vmName, VmStateBadge } from './vm-state';

export function VmDetailScreen({ serviceId, vmId }: { serviceId: string; vmId: string }): ReactElement {
  const account = useHostingAccount();
  const resource = useVmDetail(account.accountId, { serviceId, vmId });
  // The page's own read failing offline disables its changes too, as its banner says.
  const offline = useOffline() || isOffline(resource.cached);
  return (
    <HostingProvider value={offline === account.offline ? account : { ...account, offline }}>
      <VmDetailPage serviceId={serviceId} vmId={vmId} resource={resource} offline={offline} />
    </HostingProvider>
  );
}

function VmDetailPage({
  serviceId,
  vmId,
  resource,
  offline,
}: {
  serviceId: string;
  vmId: string;
  resource: ReturnType<typeof useVmDetail>;
  offline: boolean;
}): ReactElement {
  const { accountId } = useHostingAccount();
  const cached = resource.cached ? { ...resource.cached, data: resource.data } : null;
  const detail = cached?.data ?? null;
  const vm = detail?.vm ?? null;
  const canRebuild = detail?.service?.features
    ? detail.service.features.methods.some((m) => /\/rebuild$/.test(m.route))
    : true;

  return (
    <Page
      titleId="vm-title"
      resource={resource}
      before={
        <Link className="button button-ghost button-small back-button" href={accountHref(accountId, 'services', 'vms')}>
          ← All virtual machines
        </Link>
      }
      heading={
        <div className="stack" style={{ gap: 4 }}>
          <div className="row">
            <h1 id="vm-title">{vm ? vmName(vm) : 'Virtual machine'}</h1>
            {vm && <VmStateBadge vm={vm} />}
          </div>
          {detail?.service && (
            <p className="muted">
              On{' '}
              <Link className="link-button" href={accountHref(accountId, 'services', serviceId)}>
                {detail.service.label ?? detail.service.name} (#{serviceId})
              </Link>
            </p>
          )}
        </div>
      }
    >
      {!cached ? (
        <div className="card card-body muted" aria-busy="true">
          Loading…
        </div>
      ) : !vm || !detail ? (
        <div className="card">
          <EmptyState icon="services" title="This VM is not in the cache">
            It may have been removed. Go back to the list and refresh.
          </EmptyState>
        </div>
      ) : (
        <div className="stack">
          <div className="card card-body stack">
            <h2>Power</h2>
            <VmActionButtons
              key={`${serviceId}:${vmId}`}
              vm={vm}
              features={detail.service?.features}
              rebuildTemplates={canRebuild ? (detail.templates ?? []) : undefined}
              reload={() => void resource.reload()}
            />
          </div>
          <div className="grid-2">
            <div className="card card-body stack">
              <h2>Machine</h2>
              <dl className="definition-list">
                <dt>Hostname</dt>
                <dd className="mono">
                  {vm.hostname ?? '—'}
                  {vm.hostname && <CopyButton value={vm.hostname} label={`hostname ${vm.hostname}`} />}
                </dd>
                <dt>Template</dt>
                <dd>{vm.templateName ?? vm.template ?? '—'}</dd>
                <dt>OS</dt>
                <dd>{vm.os ?? '—'}</dd>
                <dt>Flavor</dt>
                <dd>{vm.flavor ?? '—'}</dd>
                <dt>Resources</dt>
                <dd>{formatResources(vm)}</dd>
                <dt>Created</dt>
                <dd>{formatDate(vm.createdAt)}</dd>
              </dl>
            </div>
            <div className="card card-body stack">
              <h2>IP addresses</h2>
              <ul className="plain-list mono" aria-label="IP addresses">
                {(detail.ips && detail.ips.length > 0
                  ? detail.ips.map((ip) => ({ address: ip.address, version: ip.version }))
                  : [
                      ...vm.ipv4.map((a) => ({ address: a, version: 4 })),
                      ...vm.ipv6.map((a) => ({ address: a, version: 6 })),
                    ]
                ).map((ip) => (
                  <li key={ip.address}>
                    <span className="badge">IPv{ip.version}</span> {ip.address}{' '}
                    <CopyButton value={ip.address} label={`IP address ${ip.address}`} />
                  </li>
                ))}
              </ul>
            </div>
          </div>
          <div className="grid-2">
            <div className="card card-body stack">
              <h2>Service resources</h2>
              {detail.resources && detail.resources.items.length > 0 ? (
                <table className="table" aria-label="Service resources">
                  <thead>
                    <tr>
                      <th scope="col">Resource</th>
                      <th scope="col" className="num">
                        Used
                      </th>
                      <th scope="col" className="num">
                        Limit
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {detail.resources.items.map((item) => (
                      <tr key={item.name}>
                        <td>{resourceLabel(item.name, item.unit)}</td>
                        <td className="num">{item.used ?? '—'}</td>
                        <td className="num">{item.total ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="muted">{missingText('resources', detail.resources !== null, cached, offline)}</p>
              )}
            </div>
            <div className="card card-body stack">
              <h2>Templates offered</h2>
              {detail.templates && detail.templates.length > 0 ? (
                <ul className="plain-list" aria-label="Templates">
                  {detail.templates.map((t) => (
                    <li key={t.id}>
                      {t.name} {t.id === vm.template && <span className="badge badge-info">current</span>}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{missingText('templates', detail.templates !== null, cached, offline)}</p>
              )}
            </div>
          </div>
        </div>
      )}
    </Page>
  );
}
