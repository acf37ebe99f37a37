/** Portal notifications: all, new only, and acknowledging one (a harmless PUT). */
import { z } from 'zod';
import type { Notification, PortalInfo } from '../../../common/models/hostbill';
import type { PortalContext } from './context';
import { toNotification } from './mappers';
import { infoOf, parseWith, rawListOrMap } from './normalize';
import { path } from './request';

export interface NotificationFilter {
  readonly relType?: string;
  readonly relId?: string;
}

const listAnswer = z.object({ notifications: rawListOrMap.optional() }).catchall(z.unknown());

export function notificationsApi(ctx: PortalContext) {
  async function list(route: string, filter: NotificationFilter): Promise<Notification[]> {
    const body = await ctx.get(route, { optional: true, query: { rel_type: filter.relType, rel_id: filter.relId } });
    return (parseWith(listAnswer, body).notifications ?? []).map(toNotification);
  }
  return {
    listNotifications: (filter: NotificationFilter = {}) => list('/notifications', filter),
    listNewNotifications: (filter: NotificationFilter = {}) => list('/notifications/new', filter),
    async ackNotification(notificationId: string): Promise<PortalInfo> {
      return { info: infoOf(await ctx.put(path`/notifications/${notificationId}/ack`, {}, { optional: true })) };
    },
  };
}
