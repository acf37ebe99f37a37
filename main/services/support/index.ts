/**
 * Support tickets and portal notifications (issue 11): one feature for the two HostBill areas,
 * sharing the support tables of the encrypted cache.
 */
import type { notificationChannels } from '../../../common/channels/notifications';
import type { ticketChannels } from '../../../common/channels/tickets';
import type { PollTimers } from '../../../common/support/poller';
import type { Handler } from '../../ipc/registry';
import type { FeatureDeps } from '../feature-deps';
import { createDesktopNotifier, type DesktopNotifier } from './desktop-notifier';
import { createNotificationService } from './notifications';
import { createSupportRepo } from './repo';
import { createTicketService } from './tickets';

export interface SupportOptions {
  /** Default 60 s, or RC_NOTIFICATION_POLL_MS (the e2e host shortens it). */
  readonly pollIntervalMs?: number;
  readonly maxPollIntervalMs?: number;
  readonly timers?: PollTimers;
  readonly desktop?: DesktopNotifier;
}

function defaultInterval(): number {
  const fromEnv = Number(process.env.RC_NOTIFICATION_POLL_MS);
  return Number.isFinite(fromEnv) && fromEnv >= 100 ? fromEnv : 60_000;
}

export function createSupportFeature(deps: FeatureDeps, options: SupportOptions = {}) {
  const repo = createSupportRepo(deps.db);
  const tickets = createTicketService(deps, repo);
  const intervalMs = options.pollIntervalMs ?? defaultInterval();
  const notifications = createNotificationService(deps, repo, {
    intervalMs,
    maxIntervalMs: options.maxPollIntervalMs ?? Math.max(intervalMs, 15 * 60_000),
    desktop: options.desktop ?? createDesktopNotifier(deps.events),
    ...(options.timers ? { timers: options.timers } : {}),
  });

  const handlers: {
    readonly [C in keyof typeof ticketChannels | keyof typeof notificationChannels]: Handler<C>;
  } = {
    'tickets.list': ({ accountId }) => tickets.list(accountId),
    'tickets.refresh': ({ accountId }) => tickets.refresh(accountId),
    'tickets.get': ({ accountId, ticketNumber }) => tickets.get(accountId, ticketNumber),
    'tickets.reply': ({ accountId, ticketNumber, body }) => tickets.reply(accountId, ticketNumber, body),
    'tickets.create': ({ accountId, departmentId, subject, body }) =>
      tickets.create(accountId, { departmentId, subject, body }),
    'tickets.refreshThread': ({ accountId, ticketNumber }) => tickets.refreshThread(accountId, ticketNumber),
    'tickets.close': ({ accountId, ticketNumber }) => tickets.close(accountId, ticketNumber),
    'tickets.reopen': ({ accountId, ticketNumber }) => tickets.reopen(accountId, ticketNumber),
    'tickets.departments': ({ accountId }) => tickets.departments(accountId),
    'tickets.attachment': ({ accountId, ticketNumber, file }) => tickets.attachment(accountId, ticketNumber, file),
    'tickets.saveDraft': ({ accountId, ticketNumber, body }) => tickets.saveDraft(accountId, ticketNumber, body),
    'notifications.list': ({ accountId }) => notifications.list(accountId),
    'notifications.ack': ({ accountId, id }) => notifications.ack(accountId, id),
    'notifications.presence': ({ visible, online }) => notifications.presence(visible, online),
  };

  return {
    kind: 'hostbill' as const,
    handlers,
    /** Tests and the bench: poll for notifications now. */
    pollNotifications: () => notifications.pollNow(),
    stop: () => notifications.stop(),
  };
}
