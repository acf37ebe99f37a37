/**
 * HostBill support tickets. Reads answer from the encrypted cache at once (Cached<T>) and refresh in
 * the background; every opened thread stays readable offline. Writes go to the portal first; a reply
 * or a new ticket (POST) is never repeated by itself: after a drop the thread is re-read and the
 * answer says whether the reply arrived.
 */
import { z } from 'zod';
import { channel } from '../channel';
import type { Cached, SyncOutcome } from '../models/cached';
import type { Ticket, TicketDepartment, TicketSummary } from '../models/hostbill';
import { resourceKeys } from '../resource-keys';
import { idSchema, patternString } from '../validation';

export const ticketKeys = resourceKeys('tickets', {
  list: [],
  thread: ['ticketNumber'],
  departments: [],
});

/** An opened ticket with every reply, and the reply draft kept for it (null: none). */
export interface TicketThread extends Ticket {
  readonly draft: string | null;
}

export type ReplyOutcome =
  /** The portal answered: the reply is in. */
  | 'sent'
  /** The connection dropped, and re-reading the thread found the reply: it is in. */
  | 'confirmed';

export const MAX_TICKET_BODY = 20_000;
export const MAX_TICKET_SUBJECT = 200;

export const ticketNumberSchema = patternString(32, /^[A-Za-z0-9_-]{1,32}$/, 'Unknown ticket number');
const fileIdSchema = patternString(128, /^[A-Za-z0-9_-]{1,128}$/, 'Unknown attachment');
export const ticketBodySchema = z
  .string()
  .max(MAX_TICKET_BODY, `Keep the message under ${MAX_TICKET_BODY.toLocaleString('en')} characters`)
  .refine((value) => value.trim().length > 0, 'Write a message first');
export const ticketSubjectSchema = z
  .string()
  .trim()
  .min(1, 'Enter a subject')
  .max(MAX_TICKET_SUBJECT, `Keep the subject under ${MAX_TICKET_SUBJECT} characters`);
const departmentIdSchema = patternString(32, /^[A-Za-z0-9_-]{1,32}$/, 'Choose a department');

const account = { accountId: idSchema };
const ticket = { ...account, ticketNumber: ticketNumberSchema };

export const ticketChannels = {
  /** The account's tickets from the cache (newest activity first), refreshed in the background. */
  'tickets.list': channel<Cached<readonly TicketSummary[]>>()(z.strictObject(account)),
  /** Re-reads the ticket list from the portal now; answers how it went. */
  'tickets.refresh': channel<SyncOutcome>()(z.strictObject(account)),
  /** One ticket with all its replies (cached, readable offline), and its kept draft. */
  'tickets.get': channel<Cached<TicketThread | null>>()(z.strictObject(ticket)),
  /** Posts a reply once; the draft is cleared only when the reply is known to be in. */
  'tickets.reply': channel<{ readonly outcome: ReplyOutcome }>()(z.strictObject({ ...ticket, body: ticketBodySchema })),
  /** Opens a new ticket in a department; answers the new ticket's number. */
  'tickets.create': channel<{ readonly ticketNumber: string }>()(
    z.strictObject({
      ...account,
      departmentId: departmentIdSchema,
      subject: ticketSubjectSchema,
      body: ticketBodySchema,
    }),
  ),
  /** Re-reads one ticket's thread from the portal now (its refresh button); answers how it went. */
  'tickets.refreshThread': channel<SyncOutcome>()(z.strictObject(ticket)),
  /** Closes a ticket. */
  'tickets.close': channel<null>()(z.strictObject(ticket)),
  /** Re-opens a closed ticket. */
  'tickets.reopen': channel<null>()(z.strictObject(ticket)),
  /** The departments a new ticket can go to (cached). */
  'tickets.departments': channel<Cached<readonly TicketDepartment[]>>()(z.strictObject(account)),
  /** Downloads an attachment byte-exact and saves it (dialog or downloads folder); null when cancelled. */
  'tickets.attachment': channel<{ readonly path: string; readonly bytes: number } | null>()(
    z.strictObject({ ...ticket, file: fileIdSchema }),
  ),
  /** Keeps (or, with an empty body, drops) the reply draft of a ticket in the encrypted cache. */
  'tickets.saveDraft': channel<null>()(
    z.strictObject({ ...ticket, body: z.string().max(MAX_TICKET_BODY, 'The draft is too long') }),
  ),
};

export type TicketChannel = keyof typeof ticketChannels;
