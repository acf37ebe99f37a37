/** Support tickets. Creating a ticket and replying are POSTs: a repeat would post the message twice. */
import { z } from 'zod';
import type {
  PortalInfo,
  Ticket,
  TicketAttachment,
  TicketDepartment,
  TicketSummary,
} from '../../../common/models/hostbill';
import type { PortalContext } from './context';
import { toTicket, toTicketSummary } from './mappers';
import { bool, id, infoOf, isRaw, parseWith, pick, rawListOrMap, rawObject, text } from './normalize';
import { path } from './request';

const listAnswer = z.object({ tickets: rawListOrMap });
const detailAnswer = z.object({ ticket: rawObject }).catchall(z.unknown());

export function supportApi(ctx: PortalContext) {
  return {
    async listTickets(): Promise<TicketSummary[]> {
      return parseWith(listAnswer, await ctx.get('/tickets')).tickets.map(toTicketSummary);
    },

    async getTicket(ticketNumber: string): Promise<Ticket> {
      const body = parseWith(detailAnswer, await ctx.get(path`/tickets/${ticketNumber}`));
      // Replies come beside the ticket in the documented answer, inside it on some portals.
      return toTicket(body.ticket, body.replies ?? body.ticket.replies);
    },

    async createTicket(input: {
      departmentId: string;
      subject: string;
      body: string;
    }): Promise<PortalInfo & { number: string | null }> {
      const body = await ctx.post('/tickets', {
        dept_id: input.departmentId,
        subject: input.subject,
        body: input.body,
      });
      return { info: infoOf(body), number: isRaw(body) ? id(pick(body, 'ticket', 'ticket_number', 'number')) : null };
    },

    async replyTicket(ticketNumber: string, message: string): Promise<PortalInfo> {
      return { info: infoOf(await ctx.post(path`/tickets/${ticketNumber}`, { body: message })) };
    },

    async reopenTicket(ticketNumber: string): Promise<boolean> {
      const body = await ctx.put(path`/tickets/${ticketNumber}/open`, {}, { optional: true });
      return isRaw(body) ? bool(body.status ?? true) : true;
    },

    async closeTicket(ticketNumber: string): Promise<boolean> {
      const body = await ctx.put(path`/tickets/${ticketNumber}/close`, {}, { optional: true });
      return isRaw(body) ? bool(body.status ?? true) : true;
    },

    async listTicketDepartments(): Promise<TicketDepartment[]> {
      const body = parseWith(
        z.object({ departments: z.unknown() }).catchall(z.unknown()),
        await ctx.get('/ticket/departments', { optional: true }),
      );
      if (isRaw(body.departments) && !Object.values(body.departments).some(isRaw)) {
        // `{id: name}` form.
        return Object.entries(body.departments).map(([key, value]) => ({ id: key, name: text(value) ?? key }));
      }
      const rows = rawListOrMap.safeParse(body.departments);
      return (rows.success ? rows.data : []).map((raw) => ({
        id: id(pick(raw, 'id', 'dept_id')) ?? '',
        name: text(pick(raw, 'name', 'deptname')) ?? '',
      }));
    },

    /**
     * The attachment either as the raw file (read as bytes, exact) or, on some portals, as JSON
     * `{name, content(base64)}`. An `error` answer fails as everywhere else.
     */
    async getTicketAttachment(fileId: string): Promise<TicketAttachment> {
      const reply = await ctx.reply('GET', path`/ticket/attachment/${fileId}`, {
        optional: true,
        allowNonJson: true,
        binary: true,
      });
      const contentType = reply.headers.get('content-type');
      if (isRaw(reply.body)) {
        const raw = isRaw(reply.body.attachment) ? reply.body.attachment : reply.body;
        const content = text(pick(raw, 'content', 'data', 'body')) ?? '';
        const isBase64 = /^[A-Za-z0-9+/=\s]*$/.test(content) && text(raw.encoding) !== 'plain';
        return {
          name: text(pick(raw, 'filename', 'name')),
          contentType: text(pick(raw, 'type', 'mime', 'content_type')),
          bytes: isBase64 ? new Uint8Array(Buffer.from(content, 'base64')) : new TextEncoder().encode(content),
        };
      }
      return {
        name: fileNameFromDisposition(reply.headers.get('content-disposition') ?? ''),
        contentType,
        bytes: reply.bytes ?? new TextEncoder().encode(reply.text),
      };
    },
  };
}

/** RFC 6266: `filename*=UTF-8''…` (percent-encoded) wins over `filename="…"`. */
export function fileNameFromDisposition(disposition: string): string | null {
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A broken encoding falls back to the plain form.
    }
  }
  return /filename\s*=\s*"?([^";]*)"?/i.exec(disposition)?.[1]?.trim() || null;
}
