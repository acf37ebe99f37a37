/**
 * The Portal account area of a HostBill account. Routes (under #/a/<account>/account): details,
 * `statuses`, `logs`, `affiliates` (only when the portal has the affiliate module).
 */
import { useState, type ReactElement } from 'react';
import { portalKeys } from '../../../../common/channels/portal';
import type { AccountAreaProps } from '../../app/area-props';
import { accountHref } from '../../app/navigation-store';
import { Button } from '../../components/button';
import { ErrorNotice } from '../../components/error-notice';
import { Link } from '../../components/link';
import { Page } from '../../components/page';
import { StatusBadge } from '../../components/status-badge';
import { isOffline } from '../../components/sync-status';
import { call } from '../../lib/api';
import type { CachedResource } from '../../lib/use-cached-resource';
import '../../styles/portal.css';
import { OFFLINE_REASON, usePortalResource } from '../../lib/portal-resource';
import { formatDate } from '../../../../common/portal/format';
import { markStatusSeen } from './account-api';
import { AffiliatesPanel } from './affiliates-panel';
import { BalanceSummary } from './balance-summary';
import { DetailsForm } from './details-form';
import { LogsTable } from './logs-table';

type Tab = 'details' | 'statuses' | 'logs' | 'affiliates';

function StatusesPanel({ accountId, offline }: { accountId: string; offline: boolean }) {
  const statuses = usePortalResource(accountId, portalKeys.key.statuses(), () =>
    call((api) => api.account.statuses({ accountId })),
  );
  const [error, setError] = useState<Parameters<typeof ErrorNotice>[0]['error'] | null>(null);
  return (
    <section className="card card-body stack" aria-label="Statuses">
      {error && <ErrorNotice error={error} />}
      {(statuses.data ?? []).length === 0 && <p className="muted">The portal has no announcements.</p>}
      {(statuses.data ?? []).map((s) => (
        <article key={s.id} className="stack" style={{ gap: 4 }}>
          <div className="row">
            <strong>{s.name}</strong>
            {s.status && <StatusBadge status={s.status} tone="info" />}
            <span className="muted small">{formatDate(s.date)}</span>
            {!s.seen && (
              <Button
                size="small"
                disabled={offline}
                title={offline ? OFFLINE_REASON : undefined}
                onClick={() => void markStatusSeen(accountId, s.id).then((r) => setError(r.ok ? null : r.error))}
              >
                Mark seen
              </Button>
            )}
          </div>
          {s.description && <p className="small">{s.description}</p>}
        </article>
      ))}
    </section>
  );
}

export function AccountArea({ accountId, path }: AccountAreaProps): ReactElement {
  const tab: Tab = (['statuses', 'logs', 'affiliates'] as const).find((t) => t === path[0]) ?? 'details';
  const details = usePortalResource(accountId, portalKeys.key.details(), () =>
    call((api) => api.account.details({ accountId })),
  );
  const logs = usePortalResource(accountId, portalKeys.key.logs(), () =>
    call((api) => api.account.logs({ accountId })),
  );
  const affiliates = usePortalResource(accountId, portalKeys.key.affiliates({ list: 'summary' }), () =>
    call((api) => api.affiliates.summary({ accountId })),
  );
  // An `unsupported` answer means the portal has no affiliate module: the tab is not offered.
  const hasAffiliates = affiliates.error?.kind !== 'unsupported';
  const offline = isOffline(details.cached);
  const tabs: [Tab, string][] = [
    ['details', 'Details'],
    ['statuses', 'Statuses'],
    ['logs', 'Logs'],
    ...(hasAffiliates ? ([['affiliates', 'Affiliates']] as [Tab, string][]) : []),
  ];
  const resource: CachedResource<unknown> = tab === 'logs' ? logs : tab === 'affiliates' ? affiliates : details;
  return (
    <Page
      titleId="portal-account-title"
      title="Portal account"
      subtitle={details.data?.email ?? undefined}
      resource={tab === 'affiliates' && !hasAffiliates ? null : resource}
      below={
        <nav aria-label="Portal account" className="link-tabs">
          {tabs.map(([id, label]) => (
            <Link
              key={id}
              href={accountHref(accountId, 'account', ...(id === 'details' ? [] : [id]))}
              aria-current={tab === id ? 'page' : undefined}
            >
              {label}
            </Link>
          ))}
        </nav>
      }
    >
      {tab === 'details' && <BalanceSummary accountId={accountId} />}
      {tab === 'details' && details.data && (
        <DetailsForm
          key={details.cached?.syncedAt ?? ''}
          accountId={accountId}
          details={details.data}
          writeBlocked={offline ? OFFLINE_REASON : null}
        />
      )}
      {tab === 'statuses' && <StatusesPanel accountId={accountId} offline={offline} />}
      {tab === 'logs' && <LogsTable logs={logs.data ?? []} />}
      {tab === 'affiliates' &&
        (hasAffiliates ? (
          affiliates.data && <AffiliatesPanel accountId={accountId} summary={affiliates.data.fields} />
        ) : (
          <p className="muted">This portal has no affiliate program.</p>
        ))}
    </Page>
  );
}
