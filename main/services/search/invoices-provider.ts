/** HostBill invoices: number and amount. Reads the invoices table of migration 006. */
import { invoiceKeys } from '../../../common/channels/invoices';
import type { InvoiceSummary } from '../../../common/models/hostbill';
import type { SearchProvider } from './provider';

export const invoicesProvider: SearchProvider = {
  kind: 'invoice',
  accountKind: 'hostbill',
  affected(resource) {
    const parsed = invoiceKeys.parse(resource);
    if (parsed?.name === 'list') return 'all';
    return parsed?.name === 'invoice' ? { key: parsed.invoiceId } : null;
  },
  items(db, accountId, key) {
    const rows = (
      key === undefined
        ? db.prepare('SELECT row_json FROM hostbill_invoices WHERE account_id = ?').pluck().all(accountId)
        : db
            .prepare('SELECT row_json FROM hostbill_invoices WHERE account_id = ? AND invoice_id = ?')
            .pluck()
            .all(accountId, key)
    ) as string[];
    return rows.map((json) => {
      const invoice = JSON.parse(json) as InvoiceSummary;
      const amount = invoice.total === null ? null : invoice.total.toFixed(2);
      return {
        key: invoice.id,
        title: `Invoice ${invoice.number ?? invoice.id}`,
        subtitle: [amount && `${amount} ${invoice.currency ?? ''}`.trim(), invoice.status, invoice.date]
          .filter(Boolean)
          .join(' · '),
        route: `invoices/${invoice.id}`,
        terms: [invoice.number, amount],
        exact: [invoice.id, invoice.number, amount],
      };
    });
  },
};
