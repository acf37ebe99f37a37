/**
 * Portal notifications. Main polls for new ones (one request when nothing is new, slower after
 * failures, paused while the window is hidden or the computer is offline) and pushes
 * `notifications.unread {accountId, count}`; the list reads from the cache.
 */
import { z } from 'zod';
import { channel, event } from '../channel';
import type { Cached } from '../models/cached';
import type { Notification } from '../models/hostbill';
import { resourceKeys } from '../resource-keys';
import { idSchema, patternString } from '../validation';

export const notificationKeys = resourceKeys('notifications', { list: [] });

export interface UnreadCount {
  readonly accountId: string;
  readonly count: number;
}

/** A desktop notification for the browser host to show with the page's Notification API. */
export interface DesktopNotice {
  readonly accountId: string;
  readonly title: string;
  readonly body: string;
  /** App route to open when it is clicked, e.g. `#/a/<id>/tickets/<number>`. */
  readonly href: string | null;
}

const notificationIdSchema = patternString(64, /^[A-Za-z0-9_-]{1,64}$/, 'Unknown notification');

export const notificationChannels = {
  /** The account's notifications from the cache, refreshed in the background; starts its polling. */
  'notifications.list': channel<Cached<readonly Notification[]>>()(z.strictObject({ accountId: idSchema })),
  /** Marks one notification as read at the portal. */
  'notifications.ack': channel<null>()(z.strictObject({ accountId: idSchema, id: notificationIdSchema })),
  /** The window is visible / the computer is online: polling pauses while either is false. */
  'notifications.presence': channel<null>()(z.strictObject({ visible: z.boolean(), online: z.boolean() })),
};

export const notificationEvents = {
  /** How many unread notifications an account has now. */
  'notifications.unread': event<UnreadCount>(),
  /** Something new arrived and desktop notifications are on (browser host only; Electron shows them natively). */
  'notifications.desktop': event<DesktopNotice>(),
  /** A desktop notice shown by the OS was clicked: the window opens its route (`#/a/…`). */
  'notifications.open': event<{ readonly href: string }>(),
};

export type NotificationChannel = keyof typeof notificationChannels;
