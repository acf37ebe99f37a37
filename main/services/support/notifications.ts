/**
 * Portal notifications: the cached list, ack, and the poll that keeps the unread count current.
 * A poll is one `GET /notifications/new` per watched account; only when it shows something new is
 * the full list re-read (and a desktop notice raised, when the user turned them on). Accounts are
 * watched once the renderer asked for their notifications (the sidebar badge does).
 */
import { notificationKeys } from '../../../common/channels/notifications';
import { ticketKeys } from '../../../common/channels/tickets';
import { toAppError } from '../../../common/errors';
import type { Cached } from '../../../common/models/cached';
import type { Notification } from '../../../common/models/hostbill';
import { bodyPreview } from '../../../common/support/body-text';
import { notificationHref } from '../../../common/support/notification-link';
import { createPoller, type PollOutcome, type PollTimers } from '../../../common/support/poller';
import { createSettingsRepo } from '../../cache/settings-repo';
import type { FeatureDeps } from '../feature-deps';
import { cachedRead, clientFor, portalWrite } from '../kernel';
import type { DesktopNotifier } from './desktop-notifier';
import type { SupportRepo } from './repo';

const KIND = 'hostbill' as const;

export interface NotificationOptions {
  readonly intervalMs: number;
  readonly maxIntervalMs: number;
  readonly timers?: PollTimers;
  readonly desktop: DesktopNotifier;
}

const realTimers: PollTimers = {
  setTimeout: (run, ms) => {
    const handle = setTimeout(run, ms);
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export function createNotificationService(deps: FeatureDeps, repo: SupportRepo, options: NotificationOptions) {
  const listKey = notificationKeys.key.list();
  const settings = createSettingsRepo(deps.db);
  const watched = new Set<string>();
  const lastCount = new Map<string, number>();
  const client = (accountId: string) => clientFor(deps, accountId, KIND);

  function emitUnread(accountId: string, count: number): void {
    if (lastCount.get(accountId) === count) return;
    lastCount.set(accountId, count);
    deps.events.emit('notifications.unread', { accountId, count });
  }
  const unreadOf = (list: readonly Notification[]) => list.filter((n) => !n.read).length;

  async function refreshList(accountId: string): Promise<Notification[]> {
    const list = await (await client(accountId)).listNotifications();
    if (repo.isOpen()) repo.replaceNotifications(accountId, list);
    emitUnread(accountId, unreadOf(list));
    return list;
  }

  const desktopOn = () =>
    (settings.get('app.settings') as { desktopNotifications?: unknown } | undefined)?.desktopNotifications === true;

  async function pollAccount(accountId: string): Promise<void> {
    const known = new Set(repo.notifications(accountId).map((n) => n.id));
    const cachedUnread = new Set(
      repo
        .notifications(accountId)
        .filter((n) => !n.read)
        .map((n) => n.id),
    );
    const fresh = await (await client(accountId)).listNewNotifications();
    const changed = fresh.length !== cachedUnread.size || fresh.some((n) => !cachedUnread.has(n.id));
    if (!changed) return emitUnread(accountId, fresh.length);
    // The list is in the cache before the count moves, so a badge never leads to a list without the news.
    const failed = await deps.sync.refresh(accountId, listKey, async () => void (await refreshList(accountId)));
    if (failed) emitUnread(accountId, fresh.length);
    const arrived = fresh.filter((n) => !known.has(n.id));
    // The very first read of an account is a baseline, not news.
    if (known.size === 0) return;
    if (arrived.some((n) => n.relType?.toLowerCase() === 'ticket')) {
      void deps.sync.refresh(accountId, ticketKeys.key.list(), async () => {
        const tickets = await (await client(accountId)).listTickets();
        if (repo.isOpen()) repo.replaceTickets(accountId, tickets);
      });
    }
    if (!desktopOn()) return;
    for (const n of arrived.slice(0, 3)) {
      options.desktop.show({
        accountId,
        title: bodyPreview(n.subject, 80) || 'New portal notification',
        body: bodyPreview(n.message ?? '', 200),
        href: notificationHref(accountId, n),
      });
    }
  }

  async function pollAll(): Promise<PollOutcome> {
    let failed = 0;
    let offline = 0;
    for (const accountId of [...watched]) {
      try {
        deps.requireAccount(accountId, KIND);
      } catch {
        watched.delete(accountId);
        continue;
      }
      try {
        await pollAccount(accountId);
      } catch (thrown) {
        failed += 1;
        if (toAppError(thrown).kind === 'offline') offline += 1;
      }
    }
    if (failed === 0) return 'ok';
    return offline === failed ? 'offline' : 'failed';
  }

  const poller = createPoller({
    poll: pollAll,
    intervalMs: options.intervalMs,
    maxIntervalMs: options.maxIntervalMs,
    timers: options.timers ?? realTimers,
  });

  return {
    list(accountId: string): Cached<readonly Notification[]> {
      const answer = cachedRead(deps, {
        accountId,
        kind: KIND,
        resource: listKey,
        read: () => repo.notifications(accountId),
        refresh: async () => void (await refreshList(accountId)),
      });
      if (!watched.has(accountId)) {
        watched.add(accountId);
        poller.start();
      }
      emitUnread(accountId, unreadOf(answer.data));
      return answer;
    },
    async ack(accountId: string, id: string): Promise<null> {
      await portalWrite(deps, {
        accountId,
        kind: KIND,
        send: (c) => c.ackNotification(id),
        store: () => repo.markNotificationRead(accountId, id),
        changed: [listKey],
        activity: { area: 'notifications', action: 'mark read', target: `notification ${id}` },
      });
      emitUnread(accountId, unreadOf(repo.notifications(accountId)));
      return null;
    },
    presence(visible: boolean, online: boolean): null {
      poller.setPaused('hidden', !visible);
      poller.setPaused('offline', !online);
      return null;
    },
    /** Tests and the bench: poll now and wait for it. */
    pollNow: () => poller.pollNow(),
    poller,
    stop: () => poller.stop(),
  };
}
