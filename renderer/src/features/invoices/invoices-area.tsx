/**
 * The Invoices area of a HostBill account. Routes (under #/a/<account>/invoices): the list, and <id>
 * (one invoice; also the target of links from services and upgrade results).
 */
import type { ReactElement } from 'react';
import type { AccountAreaProps } from '../../app/area-props';
import { isOffline } from '../../components/sync-status';
import { InvoiceDetailScreen } from './invoice-detail';
import { useInvoiceList } from './invoices-data';
import { InvoicesList } from './invoices-list';
import './invoices.css';

export function InvoicesArea({ accountId, path }: AccountAreaProps): ReactElement {
  const [invoiceId] = path;
  // Read at the area level so going from the list to an invoice and back re-reads nothing, and the
  // invoice knows when the last sync found the portal unreachable.
  const list = useInvoiceList(accountId);
  return invoiceId ? (
    <InvoiceDetailScreen
      key={invoiceId}
      accountId={accountId}
      invoiceId={invoiceId}
      portalUnreachable={isOffline(list.cached)}
    />
  ) : (
    <InvoicesList key={accountId} accountId={accountId} list={list} />
  );
}
