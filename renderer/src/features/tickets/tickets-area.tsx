/** The Tickets area: `tickets` (the queue), `tickets/new`, `tickets/<number>` (one thread). */
import type { ReactElement } from 'react';
import { ticketKeys } from '../../../../common/channels/tickets';
import { accountHref } from '../../app/navigation-store';
import { Link } from '../../components/link';
import { Page } from '../../components/page';
import { call } from '../../lib/api';
import { useCachedResource } from '../../lib/use-cached-resource';
import { NewTicketScreen } from './new-ticket';
import { TicketThreadScreen } from './ticket-thread';
import { TicketsList } from './tickets-list';
import './tickets.css';

function TicketsScreen({ accountId }: { readonly accountId: string }): ReactElement {
  const tickets = useCachedResource({
    accountId,
    keys: [ticketKeys.key.list()],
    read: () => call((api) => api.tickets.list({ accountId })),
    refresh: () => call((api) => api.tickets.refresh({ accountId })),
  });
  return (
    <Page
      titleId="tickets-title"
      className="tickets-page"
      title="Tickets"
      subtitle="Support tickets with your HostBill provider"
      actions={
        <Link className="button button-primary" href={accountHref(accountId, 'tickets', 'new')}>
          New ticket
        </Link>
      }
      resource={tickets}
    >
      {tickets.data ? (
        <TicketsList accountId={accountId} tickets={tickets.data} />
      ) : (
        <div className="card card-body muted" aria-busy="true">
          Loading tickets…
        </div>
      )}
    </Page>
  );
}

export function TicketsArea({
  accountId,
  path,
}: {
  readonly accountId: string;
  readonly path: readonly string[];
}): ReactElement {
  const [first] = path;
  if (first === 'new') return <NewTicketScreen accountId={accountId} />;
  if (first) return <TicketThreadScreen key={first} accountId={accountId} ticketNumber={first} />;
  return <TicketsScreen accountId={accountId} />;
}
