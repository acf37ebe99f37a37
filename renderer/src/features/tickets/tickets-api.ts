/** The Tickets area's writes: each one call through the bridge, answered as a Result. */
import { call } from '../../lib/api';

export const sendReply = (accountId: string, ticketNumber: string, body: string) =>
  call((api) => api.tickets.reply({ accountId, ticketNumber, body }));

export const saveDraft = (accountId: string, ticketNumber: string, body: string) =>
  call((api) => api.tickets.saveDraft({ accountId, ticketNumber, body }));

export const setTicketOpen = (accountId: string, ticketNumber: string, open: boolean) =>
  call((api) =>
    open ? api.tickets.reopen({ accountId, ticketNumber }) : api.tickets.close({ accountId, ticketNumber }),
  );

export const createTicket = (accountId: string, departmentId: string, subject: string, body: string) =>
  call((api) => api.tickets.create({ accountId, departmentId, subject, body }));

export const downloadAttachment = (accountId: string, ticketNumber: string, file: string) =>
  call((api) => api.tickets.attachment({ accountId, ticketNumber, file }));
