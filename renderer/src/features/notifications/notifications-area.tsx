/** The portal's notifications: newest first, unread marked, mark as read, a link to what each is about. */
import { useState, type ReactElement } from 'react';
import { notificationKeys } from '../../../../common/channels/notifications';
import type { AppError } from '../../../../common/errors';
import type { Notification } from '../../../../common/models/hostbill';
import { notificationTarget } from '../../../../common/support/notification-link';
import { accountHref } from '../../app/navigation-store';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { ErrorNotice } from '../../components/error-notice';
import { Link } from '../../components/link';
import { Page } from '../../components/page';
import { isOffline } from '../../components/sync-status';
import { call } from '../../lib/api';
import { useCachedResource } from '../../lib/use-cached-resource';
import { UntrustedText } from '../../components/untrusted-text';
import { formatDateTime, OFFLINE_REASON } from './format';
import './notifications.css';
import { ackNotification, startNotificationWatch } from './notifications-api';

const newestFirst = (a: Notification, b: Notification) => (b.date ?? '').localeCompare(a.date ?? '');

export function NotificationsArea({ accountId }: { readonly accountId: string }): ReactElement {
  startNotificationWatch();
  const resource = useCachedResource({
    accountId,
    keys: [notificationKeys.key.list()],
    read: () => call((api) => api.notifications.list({ accountId })),
  });
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const offline = isOffline(resource.cached);
  const list = [...(resource.data ?? [])].sort(newestFirst);
  const unread = list.filter((n) => !n.read).length;

  const ack = async (id: string) => {
    setBusyId(id);
    setError(null);
    const result = await ackNotification(accountId, id);
    setBusyId(null);
    if (!result.ok) setError(result.error);
  };

  return (
    <Page
      titleId="notifications-title"
      title="Notifications"
      subtitle={resource.data ? `${unread} unread of ${list.length}` : undefined}
      resource={resource}
    >
      {error && <ErrorNotice error={error} />}
      {!resource.data ? (
        <div className="card card-body muted" aria-busy="true">
          Loading notifications…
        </div>
      ) : list.length === 0 ? (
        <div className="card">
          <EmptyState icon="about" title="No notifications">
            The portal has sent no notifications to this account.
          </EmptyState>
        </div>
      ) : (
        <ul className="card notification-list" aria-label="Notifications">
          {list.map((n) => {
            const related = notificationTarget(n);
            return (
              <li key={n.id} className={`notification-item${n.read ? '' : ' notification-unread'}`}>
                {!n.read ? (
                  <span className="notification-dot" role="img" aria-label="Unread" />
                ) : (
                  <span className="notification-dot-gap" />
                )}
                <div className="grow stack-tight">
                  <div className="notification-subject">{n.subject || '(no subject)'}</div>
                  {n.message && <UntrustedText body={n.message} />}
                  <div className="row small muted">
                    <time dateTime={n.date ?? undefined}>{formatDateTime(n.date)}</time>
                    {related && <Link href={accountHref(accountId, related.area, related.id)}>{related.label}</Link>}
                  </div>
                </div>
                {!n.read && (
                  <Button
                    size="small"
                    busy={busyId === n.id}
                    disabled={busyId !== null || offline}
                    title={offline ? OFFLINE_REASON : undefined}
                    onClick={() => void ack(n.id)}
                  >
                    Mark as read
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Page>
  );
}
