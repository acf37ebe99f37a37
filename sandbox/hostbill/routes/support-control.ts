/**
 * Test hooks (control routes, no auth, no faults) that make the portal move on its own:
 * POST /__sandbox/notify {relType?, relId?, subject?, message?} adds an unread notification;
 * POST /__sandbox/staff-reply {ticket, body?} adds a staff reply (ticket unread, status Answered)
 * and the notification the portal sends with it.
 */
import { parseJson, type SandboxHandler, type SandboxResponse } from '../../server-kit';
import { ymdhms } from '../rng';
import { nextId, type HostbillState, type NotificationRecord, type TicketRecord } from '../state';

export function addNotification(
  state: HostbillState,
  input: { relType?: string; relId?: string; subject?: string; message?: string },
  now = new Date(),
): NotificationRecord {
  const id = nextId(state, 'notification', 700);
  const record: NotificationRecord = {
    id,
    relType: input.relType ?? 'Ticket',
    relId: input.relId ?? '',
    subject: input.subject ?? 'Portal announcement',
    message: input.message ?? 'Something changed in your account.',
    date: ymdhms(now),
    read: false,
  };
  state.notifications.set(id, record);
  return record;
}

export function addStaffReply(state: HostbillState, ticket: TicketRecord, body: string, now = new Date()): void {
  const date = ymdhms(now);
  ticket.replies.push({
    id: nextId(state, 'reply', 5000),
    name: 'Support Staff',
    date,
    body,
    type: 'Admin',
    attachments: [],
  });
  ticket.status = 'Answered';
  ticket.lastreply = date;
  ticket.clientRead = false;
  addNotification(
    state,
    {
      relType: 'Ticket',
      relId: ticket.number,
      subject: `Ticket #${ticket.number} updated`,
      message: `There is a new reply to "${ticket.subject}".`,
    },
    now,
  );
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

function postOnly(handler: (body: Record<string, unknown>) => SandboxResponse): SandboxHandler {
  return (request) => {
    if (request.method !== 'POST') return { status: 405, body: { error: 'use POST' } };
    const body = parseJson(request.bodyText);
    return handler(body && typeof body === 'object' ? (body as Record<string, unknown>) : {});
  };
}

export function supportControl(state: HostbillState): Record<string, SandboxHandler> {
  return {
    notify: postOnly((body) => {
      const input = {
        relType: text(body.relType),
        relId: text(body.relId),
        subject: text(body.subject),
        message: text(body.message),
      };
      const record = addNotification(
        state,
        Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)),
      );
      return { status: 200, body: { id: record.id } };
    }),
    'staff-reply': postOnly((body) => {
      const ticket = state.tickets.get(text(body.ticket) ?? '');
      if (!ticket) return { status: 404, body: { error: 'unknown ticket' } };
      addStaffReply(state, ticket, text(body.body) ?? 'We have looked into this.\r\n\r\n-- Support --');
      return { status: 200, body: { replies: ticket.replies.length } };
    }),
  };
}
