/**
 * Tickets and departments. GET /tickets/@number answers `{"ticket": {...}, "replies": [...]}` (replies beside the
 * ticket, as the seed shows) and marks the ticket read. POST /tickets answers `{"ticket": 865650}` (a number).
 * Attachments are listed as `attachments: [{id, filename}]` and fetched raw from GET /ticket/attachment/@file.
 */
import { text } from '../body';
import { fail, info, ok, type Route } from '../router';
import { ymdhms } from '../rng';
import { DEPARTMENTS } from '../seed/catalog-data';
import { addLog, nextId, type AttachmentRecord, type HostbillState, type TicketRecord } from '../state';

export { supportControl } from './support-control';

const deptName = (id: string): string => DEPARTMENTS.find((d) => d.id === id)?.name ?? 'General';
const attachmentList = (list: AttachmentRecord[]) => list.map(({ id, filename }) => ({ id, filename }));

function ticketRow(ticket: TicketRecord): Record<string, unknown> {
  return {
    client_read: ticket.clientRead ? '1' : '0',
    ticket_number: ticket.number,
    date: ticket.date,
    deptname: deptName(ticket.deptId),
    subject: ticket.subject,
    status: ticket.status,
    lastreply: ticket.lastreply,
  };
}

/** `filename` for plain ASCII names, `filename*` (RFC 5987) beside it for anything else. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|"/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

function findAttachment(state: HostbillState, id: string): AttachmentRecord | undefined {
  for (const ticket of state.tickets.values()) {
    const found = [...ticket.attachments, ...ticket.replies.flatMap((r) => r.attachments)].find((a) => a.id === id);
    if (found) return found;
  }
  return undefined;
}

export const supportRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/tickets',
    handler: ({ state }) =>
      ok({
        tickets: [...state.tickets.values()].sort((a, b) => b.lastreply.localeCompare(a.lastreply)).map(ticketRow),
      }),
  },
  {
    method: 'GET',
    pattern: '/tickets/:number',
    handler: ({ state, params }) => {
      const ticket = state.tickets.get(params.number ?? '');
      if (!ticket) return fail('Ticket not found');
      ticket.clientRead = true;
      return ok({
        ticket: {
          date: ticket.date,
          ticket_number: ticket.number,
          name: `${state.client.firstname} ${state.client.lastname}`,
          email: state.client.email,
          subject: ticket.subject,
          body: ticket.body,
          status: ticket.status,
          client_read: '1',
          deptname: deptName(ticket.deptId),
          attachments: attachmentList(ticket.attachments),
        },
        replies: ticket.replies.map((r) => ({
          id: r.id,
          name: r.name,
          date: r.date,
          body: r.body,
          status: 'Sent',
          type: r.type,
          attachments: attachmentList(r.attachments),
        })),
      });
    },
  },
  {
    method: 'POST',
    pattern: '/tickets',
    handler: ({ state, body, now }) => {
      const deptId = text(body, 'dept_id');
      if (!DEPARTMENTS.some((d) => d.id === deptId)) return fail('Invalid department');
      const subject = text(body, 'subject');
      const message = text(body, 'body');
      if (subject === '') return fail('Subject is required');
      if (message === '') return fail('Message is required');
      let number = Number(nextId(state, 'ticket', 865_649));
      while (state.tickets.has(String(number))) number = Number(nextId(state, 'ticket'));
      const date = ymdhms(now);
      state.tickets.set(String(number), {
        number: String(number),
        deptId,
        subject,
        body: message,
        status: 'Open',
        date,
        lastreply: date,
        clientRead: true,
        attachments: [],
        replies: [],
      });
      addLog(state, 'ticket', `Ticket #${number} opened`, now);
      return ok({ ticket: number });
    },
  },
  {
    method: 'POST',
    pattern: '/tickets/:number',
    handler: ({ state, params, body, now }) => {
      const ticket = state.tickets.get(params.number ?? '');
      if (!ticket) return fail('Ticket not found');
      const message = text(body, 'body');
      if (message === '') return fail('Message is required');
      const date = ymdhms(now);
      const id = nextId(state, 'reply', 5000);
      ticket.replies.push({
        id,
        name: `${state.client.firstname} ${state.client.lastname}`,
        date,
        body: message,
        type: 'Client',
        attachments: [],
      });
      ticket.status = 'Client-Reply';
      ticket.lastreply = date;
      return info('Reply has been added');
    },
  },
  {
    method: 'PUT',
    pattern: '/tickets/:number/open',
    handler: ({ state, params }) => {
      const ticket = state.tickets.get(params.number ?? '');
      if (!ticket) return fail('Ticket not found');
      if (ticket.status !== 'Closed') return fail('Ticket is not closed');
      ticket.status = 'Open';
      return ok({ status: true });
    },
  },
  {
    method: 'PUT',
    pattern: '/tickets/:number/close',
    handler: ({ state, params }) => {
      const ticket = state.tickets.get(params.number ?? '');
      if (!ticket) return fail('Ticket not found');
      if (ticket.status === 'Closed') return fail('Ticket is already closed');
      ticket.status = 'Closed';
      return ok({ status: true });
    },
  },
  { method: 'GET', pattern: '/ticket/departments', handler: () => ok({ departments: DEPARTMENTS }) },
  {
    method: 'GET',
    pattern: '/ticket/attachment/:file',
    handler: ({ state, params }) => {
      const attachment = findAttachment(state, params.file ?? '');
      if (!attachment) return fail('Attachment not found');
      return {
        status: 200,
        headers: {
          'content-type': attachment.contentType,
          'content-length': String(attachment.bytes.length),
          'content-disposition': contentDisposition(attachment.filename),
        },
        body: attachment.bytes,
      };
    },
  },
];
