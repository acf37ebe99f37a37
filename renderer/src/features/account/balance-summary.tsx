/** The account's money at a glance on the Portal account screen: what is unpaid and the credit held. */
import type { ReactElement } from 'react';
import { invoiceKeys } from '../../../../common/channels/invoices';
import { formatMoney } from '../../../../common/portal/format';
import { accountHref } from '../../app/navigation-store';
import { Link } from '../../components/link';
import { call } from '../../lib/api';
import { useCachedResource } from '../../lib/use-cached-resource';
import './balance-summary.css';

export function BalanceSummary({ accountId }: { accountId: string }): ReactElement | null {
  const balance = useCachedResource({
    accountId,
    keys: [invoiceKeys.key.balance()],
    read: () => call((api) => api.billing.balance({ accountId })),
  });
  const data = balance.data;
  if (!data) return null;
  return (
    <section className="card card-body balance-card" aria-label="Balance">
      <dl className="balance-summary">
        <div>
          <dt>Unpaid</dt>
          <dd data-testid="balance-unpaid">{formatMoney(data.balance, data.currency)}</dd>
        </div>
        <div>
          <dt>Credit</dt>
          <dd data-testid="balance-credit">{formatMoney(data.credit, data.currency)}</dd>
        </div>
      </dl>
      <Link href={accountHref(accountId, 'invoices')}>Open the invoices</Link>
    </section>
  );
}
