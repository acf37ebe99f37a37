/** One service: its facts, label editing, and tabs for only what its methods say it supports. */
import { useState, type ReactElement } from 'react';
import type { HostingService } from '../../../../common/channels/hosting';
import { accountHref } from '../../app/navigation-store';
import { CopyButton } from '../../components/copy-button';
import { Link } from '../../components/link';
import { Page } from '../../components/page';
import { EmptyState } from '../../components/empty-state';
import { CancelPanel } from './cancel-panel';
import { StatusBadge } from '../../components/status-badge';
import { formatDate, formatMoney, isOverdue, SERVICE_TONES } from './format';
import { useHostingAccount, useServiceDetail } from './hosting-data';
import { LabelEditor } from './label-editor';
import { ServiceVms } from './service-vms';
import { Tabs, type TabSpec } from './tabs';
import { UpgradePanel } from './upgrade-panel';

function tabsFor(service: HostingService): TabSpec[] {
  const f = service.features;
  return [
    { id: 'overview', label: 'Overview' },
    ...(f?.vms ? [{ id: 'vms', label: 'Virtual machines' }] : []),
    ...(f?.upgrade ? [{ id: 'upgrade', label: 'Upgrade' }] : []),
    ...(f?.cancel ? [{ id: 'cancel', label: 'Cancellation' }] : []),
  ];
}

export function ServiceDetailScreen({ serviceId }: { serviceId: string }): ReactElement {
  const { accountId } = useHostingAccount();
  const resource = useServiceDetail(accountId, serviceId);
  const cached = resource.cached ? { ...resource.cached, data: resource.data } : null;
  const [tab, setTab] = useState('overview');
  const service = cached?.data?.service ?? null;
  const tabs = service ? tabsFor(service) : [];
  const current = tabs.some((t) => t.id === tab) ? tab : 'overview';

  return (
    <Page
      titleId="service-title"
      resource={resource}
      before={
        <Link className="button button-ghost button-small back-button" href={accountHref(accountId, 'services')}>
          ← All services
        </Link>
      }
      heading={
        <div className="stack" style={{ gap: 4 }}>
          <div className="row">
            <h1 id="service-title">{service ? service.name : `Service #${serviceId}`}</h1>
            {service && <StatusBadge status={service.status} tones={SERVICE_TONES} />}
          </div>
          {service && (
            <p className="muted">
              #{service.id}
              {service.domain ? ` · ${service.domain}` : ''}
              {service.label ? ` · ${service.label}` : ''}
            </p>
          )}
        </div>
      }
    >
      {!cached ? (
        <div className="card card-body muted" aria-busy="true">
          Loading…
        </div>
      ) : !service ? (
        <div className="card">
          <EmptyState icon="services" title="This service is not in the cache">
            {cached.refreshing
              ? 'Fetching it from the portal…'
              : 'It may have been removed. Go back to the list and refresh.'}
          </EmptyState>
        </div>
      ) : (
        <Tabs label="Service sections" tabs={tabs} selected={current} onSelect={setTab}>
          {current === 'overview' && <Overview service={service} />}
          {current === 'vms' && <ServiceVms service={service} vms={cached.data?.vms ?? []} />}
          {current === 'upgrade' && <UpgradePanel service={service} />}
          {current === 'cancel' && <CancelPanel service={service} />}
        </Tabs>
      )}
    </Page>
  );
}

function Overview({ service }: { service: HostingService }): ReactElement {
  return (
    <div className="grid-2 hosting-overview">
      <div className="card card-body stack">
        <h2>Details</h2>
        <dl className="definition-list">
          <dt>Product</dt>
          <dd>{service.name}</dd>
          <dt>Domain</dt>
          <dd>
            {service.domain ?? '—'}
            {service.domain && <CopyButton value={service.domain} label={`domain ${service.domain}`} />}
          </dd>
          <dt>Category</dt>
          <dd>{service.category ?? '—'}</dd>
          <dt>Billing cycle</dt>
          <dd>{service.billingCycle ?? '—'}</dd>
          <dt>Amount</dt>
          <dd>{formatMoney(service.amount, service.currency)}</dd>
          <dt>First payment</dt>
          <dd>{formatMoney(service.firstPayment, service.currency)}</dd>
          <dt>Next due</dt>
          <dd>
            {formatDate(service.nextDue)}{' '}
            {isOverdue(service.nextDue, service.status) && <StatusBadge status="Overdue" tone="bad" />}
          </dd>
          {service.cancelRequested && (
            <>
              <dt>Cancellation</dt>
              <dd>
                <StatusBadge status="Cancellation requested" tone="warn" />
              </dd>
            </>
          )}
          <dt>Next invoice</dt>
          <dd>{formatDate(service.nextInvoice)}</dd>
          <dt>Created</dt>
          <dd>{formatDate(service.createdAt)}</dd>
          {service.username && (
            <>
              <dt>Panel login</dt>
              <dd className="mono">
                {service.username}
                <CopyButton value={service.username} label={`login ${service.username}`} />
              </dd>
            </>
          )}
        </dl>
      </div>
      <div className="card card-body stack">
        <h2>Label</h2>
        {service.features?.label ? (
          <LabelEditor service={service} />
        ) : (
          <p className="muted">This portal does not let you label this service.</p>
        )}
        {!service.features && (
          <p className="muted small">
            The portal did not say which features this service has, so only its details are shown.
          </p>
        )}
      </div>
    </div>
  );
}
