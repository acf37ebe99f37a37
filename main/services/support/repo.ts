/**
 * The support tables of the encrypted cache. Rows are projections built field by field from the
 * normalised objects, so nothing else a portal sends lands in the cache.
 */
import type {
  Notification,
  Ticket,
  TicketDepartment,
  TicketFile,
  TicketReply,
  TicketSummary,
} from '../../../common/models/hostbill';
import type { CacheDb } from '../../cache/database';

const summaryRow = (t: TicketSummary): TicketSummary => ({
  number: t.number,
  subject: t.subject,
  status: t.status,
  department: t.department,
  createdAt: t.createdAt,
  lastReplyAt: t.lastReplyAt,
  read: t.read,
});
const fileRow = (f: TicketFile): TicketFile => ({ id: f.id, name: f.name, size: f.size });
const replyRow = (r: TicketReply): TicketReply => ({
  id: r.id,
  author: r.author,
  date: r.date,
  body: r.body,
  type: r.type,
  attachments: r.attachments.map(fileRow),
});
export const threadRow = (t: Ticket): Ticket => ({
  ...summaryRow(t),
  author: t.author,
  body: t.body,
  replies: t.replies.map(replyRow),
  attachments: t.attachments.map(fileRow),
});
const notificationRow = (n: Notification): Notification => ({
  id: n.id,
  subject: n.subject,
  message: n.message,
  date: n.date,
  read: n.read,
  relType: n.relType,
  relId: n.relId,
});

export interface StoredDraft {
  readonly body: string;
  readonly updatedAt: string;
}

export function createSupportRepo(db: CacheDb) {
  const q = {
    tickets: db.prepare<[string], { summary_json: string }>(
      'SELECT summary_json FROM support_tickets WHERE account_id = ? ORDER BY position',
    ),
    deleteTickets: db.prepare('DELETE FROM support_tickets WHERE account_id = ?'),
    insertTicket: db.prepare(
      'INSERT INTO support_tickets (account_id, ticket_number, position, summary_json) VALUES (?, ?, ?, ?)',
    ),
    updateTicket: db.prepare('UPDATE support_tickets SET summary_json = ? WHERE account_id = ? AND ticket_number = ?'),
    thread: db.prepare<[string, string], { thread_json: string }>(
      'SELECT thread_json FROM support_threads WHERE account_id = ? AND ticket_number = ?',
    ),
    setThread: db.prepare(
      `INSERT INTO support_threads (account_id, ticket_number, thread_json) VALUES (?, ?, ?)
       ON CONFLICT(account_id, ticket_number) DO UPDATE SET thread_json = excluded.thread_json`,
    ),
    departments: db.prepare<[string], { json: string }>('SELECT json FROM support_departments WHERE account_id = ?'),
    setDepartments: db.prepare(
      `INSERT INTO support_departments (account_id, json) VALUES (?, ?)
       ON CONFLICT(account_id) DO UPDATE SET json = excluded.json`,
    ),
    draft: db.prepare<[string, string], { body: string; updated_at: string }>(
      'SELECT body, updated_at FROM support_drafts WHERE account_id = ? AND ticket_number = ?',
    ),
    setDraft: db.prepare(
      `INSERT INTO support_drafts (account_id, ticket_number, body, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(account_id, ticket_number) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
    ),
    deleteDraft: db.prepare('DELETE FROM support_drafts WHERE account_id = ? AND ticket_number = ?'),
    notifications: db.prepare<[string], { json: string }>(
      'SELECT json FROM portal_notifications WHERE account_id = ? ORDER BY position',
    ),
    deleteNotifications: db.prepare('DELETE FROM portal_notifications WHERE account_id = ?'),
    insertNotification: db.prepare(
      'INSERT INTO portal_notifications (account_id, notification_id, position, json) VALUES (?, ?, ?, ?)',
    ),
    notification: db.prepare<[string, string], { json: string }>(
      'SELECT json FROM portal_notifications WHERE account_id = ? AND notification_id = ?',
    ),
    updateNotification: db.prepare(
      'UPDATE portal_notifications SET json = ? WHERE account_id = ? AND notification_id = ?',
    ),
  };

  const parse = <T>(json: string): T => JSON.parse(json) as T;

  return {
    /** False once the core closed the DB: background work stops instead of throwing. */
    isOpen: () => db.open,
    tickets: (accountId: string): TicketSummary[] =>
      q.tickets.all(accountId).map((row) => parse<TicketSummary>(row.summary_json)),
    replaceTickets: db.transaction((accountId: string, tickets: readonly TicketSummary[]) => {
      q.deleteTickets.run(accountId);
      const seen = new Set<string>();
      tickets.forEach((ticket, position) => {
        if (!ticket.number || seen.has(ticket.number)) return;
        seen.add(ticket.number);
        q.insertTicket.run(accountId, ticket.number, position, JSON.stringify(summaryRow(ticket)));
      });
    }),
    thread(accountId: string, ticketNumber: string): Ticket | null {
      const row = q.thread.get(accountId, ticketNumber);
      return row ? parse<Ticket>(row.thread_json) : null;
    },
    /** The opened thread, and its list row brought in line (the portal marks it read when opened). */
    setThread: db.transaction((accountId: string, ticket: Ticket) => {
      q.setThread.run(accountId, ticket.number, JSON.stringify(threadRow(ticket)));
      q.updateTicket.run(JSON.stringify(summaryRow(ticket)), accountId, ticket.number);
    }),
    departments(accountId: string): TicketDepartment[] | null {
      const row = q.departments.get(accountId);
      return row ? parse<TicketDepartment[]>(row.json) : null;
    },
    setDepartments(accountId: string, departments: readonly TicketDepartment[]): void {
      q.setDepartments.run(accountId, JSON.stringify(departments.map((d) => ({ id: d.id, name: d.name }))));
    },
    draft(accountId: string, ticketNumber: string): StoredDraft | null {
      const row = q.draft.get(accountId, ticketNumber);
      return row ? { body: row.body, updatedAt: row.updated_at } : null;
    },
    /** An empty body removes the draft. */
    setDraft(accountId: string, ticketNumber: string, body: string, at: string): void {
      if (body.trim() === '') q.deleteDraft.run(accountId, ticketNumber);
      else q.setDraft.run(accountId, ticketNumber, body, at);
    },
    notifications: (accountId: string): Notification[] =>
      q.notifications.all(accountId).map((row) => parse<Notification>(row.json)),
    replaceNotifications: db.transaction((accountId: string, list: readonly Notification[]) => {
      q.deleteNotifications.run(accountId);
      const seen = new Set<string>();
      list.forEach((n, position) => {
        if (!n.id || seen.has(n.id)) return;
        seen.add(n.id);
        q.insertNotification.run(accountId, n.id, position, JSON.stringify(notificationRow(n)));
      });
    }),
    markNotificationRead(accountId: string, id: string): void {
      const row = q.notification.get(accountId, id);
      if (!row) return;
      q.updateNotification.run(JSON.stringify({ ...parse<Notification>(row.json), read: true }), accountId, id);
    },
  };
}
export type SupportRepo = ReturnType<typeof createSupportRepo>;
