/** What the order came to: the new invoice and services, or — after a lost answer — what the portal shows. */
import type { ReactElement } from 'react';
import type { OrderOutcome } from '../../../../common/channels/portal';
import { accountHref } from '../../app/navigation-store';
import { Link } from '../../components/link';

/** Routes carry the account (#/a/<accountId>/<area>/<id>). */
const href = (accountId: string, area: 'invoices' | 'services', id: string) => accountHref(accountId, area, id);

export function OrderResult({ accountId, outcome }: { accountId: string; outcome: OrderOutcome }): ReactElement {
  if (outcome.status === 'placed') {
    const { order } = outcome;
    return (
      <div className="notice notice-success stack" role="status" aria-label="Order placed">
        <span className="notice-title">Order {order.orderNumbers.join(', ')} placed</span>
        {order.invoiceId && (
          <Link href={href(accountId, 'invoices', order.invoiceId)}>Open invoice #{order.invoiceId} (to pay)</Link>
        )}
        {order.items.map((item) => (
          <Link key={item.id} href={href(accountId, 'services', item.id)}>
            Open service #{item.id}
            {item.name ? ` (${item.name})` : ''} — pending until the invoice is paid
          </Link>
        ))}
      </div>
    );
  }
  return (
    <div className="notice notice-warning stack" role="status" aria-label="Order outcome unknown">
      <span className="notice-title">The portal did not confirm the order</span>
      <span>{outcome.message}</span>
      {outcome.found?.services.map((service) => (
        <Link key={service.id} href={href(accountId, 'services', service.id)}>
          Pending service #{service.id}: {service.name}
        </Link>
      ))}
      {outcome.found?.invoices.map((invoice) => (
        <Link key={invoice.id} href={href(accountId, 'invoices', invoice.id)}>
          Unpaid invoice #{invoice.number ?? invoice.id}
        </Link>
      ))}
    </div>
  );
}
