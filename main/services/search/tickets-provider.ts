/** HostBill support tickets: number and subject. Reads the ticket list of migration 007. */
import { ticketKeys } from '../../../common/channels/tickets';
import type { TicketSummary } from '../../../common/models/hostbill';
import type { SearchProvider } from './provider';

export const ticketsProvider: SearchProvider = {
  kind: 'ticket',
  accountKind: 'hostbill',
  affected(resource) {
    const name = ticketKeys.parse(resource)?.name;
    return name === 'list' || name === 'thread' ? 'all' : null;
  },
  items(db, accountId) {
    const rows = db
      .prepare('SELECT summary_json FROM support_tickets WHERE account_id = ? ORDER BY position')
      .pluck()
      .all(accountId) as string[];
    return rows.map((json) => {
      const ticket = JSON.parse(json) as TicketSummary;
      return {
        key: ticket.number,
        title: ticket.subject || `Ticket #${ticket.number}`,
        subtitle: [`#${ticket.number}`, ticket.department, ticket.status].filter(Boolean).join(' · '),
        route: `tickets/${ticket.number}`,
        terms: [ticket.department],
        exact: [ticket.number],
      };
    });
  },
};
