/**
 * One invoice with every field the portal gives: items (and the service each bills), subtotal,
 * credit applied, both taxes with their rates, total, dates (paid date as the portal shows it), the
 * billing address, payment methods with their fees; apply credit, PDF, print and CSV of its lines.
 */
import { useState, type ReactElement } from 'react';
import { creditBlocker } from '../../../../common/invoices/credit';
import { isOverdue } from '../../../../common/invoices/overdue';
import { amountDue } from '../../../../common/invoices/rows';
import type { Invoice, PaymentMethod } from '../../../../common/models/hostbill';
import { accountHref } from '../../app/navigation-store';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { Link } from '../../components/link';
import { Page } from '../../components/page';
import { isOffline } from '../../components/sync-status';
import { CreditDialog } from './credit-dialog';
import { ExportNotice, type ExportState } from './export-notice';
import { formatDay, formatMoney, formatStamp, INVOICE_TONES } from './format';
import { StatusBadge } from '../../components/status-badge';
import { invoiceCalls, useBalance, useInvoice, usePaymentMethods } from './invoices-data';
import { printInvoice } from './print';
import { useToday } from './use-today';

interface DetailProps {
  readonly accountId: string;
  readonly invoiceId: string;
  /** The list's last sync could not reach the portal. */
  readonly portalUnreachable: boolean;
}

export function InvoiceDetailScreen({ accountId, invoiceId, portalUnreachable }: DetailProps): ReactElement {
  const resource = useInvoice(accountId, invoiceId);
  const balance = useBalance(accountId);
  const methods = usePaymentMethods(accountId);
  const [crediting, setCrediting] = useState(false);
  const [exporting, setExporting] = useState<ExportState>(null);
  const today = useToday();
  const back = (
    <Link href={accountHref(accountId, 'invoices')} className="back-link">
      ← All invoices
    </Link>
  );
  const detail = resource.data;
  if (!detail) {
    return (
      <Page titleId="invoice-title" title={`Invoice ${invoiceId}`} before={back} resource={resource}>
        <EmptyState icon="invoices" title={resource.cached ? 'Not in the cache' : 'Loading…'}>
          {resource.cached
            ? 'This invoice has not been synced yet. It is fetched when the portal can be reached.'
            : null}
        </EmptyState>
      </Page>
    );
  }
  const { row, invoice } = detail;
  const offline = portalUnreachable || isOffline(resource.cached) || isOffline(balance.cached);
  const blocker = offline
    ? 'Offline: credit can be applied when the portal can be reached again.'
    : creditBlocker(row, balance.data ?? null);
  const overdue = isOverdue(row, today);
  const run = async (label: string, work: () => ReturnType<typeof invoiceCalls.exportPdf>) => {
    setExporting({ busy: label });
    setExporting({ done: await work() });
  };
  const currency = row.currency;

  return (
    <Page
      titleId="invoice-title"
      before={back}
      title={
        <>
          {(row.total ?? 0) < 0 ? 'Credit note' : 'Invoice'} {row.number ?? row.id}{' '}
          <StatusBadge status={row.status} tones={INVOICE_TONES} />
          {overdue && <StatusBadge status="Overdue" tone="bad" />}
        </>
      }
      subtitle={`Portal invoice ID ${row.id}`}
      resource={resource}
      actions={
        <>
          <span title={blocker ?? undefined}>
            <Button variant="primary" disabled={blocker !== null} onClick={() => setCrediting(true)}>
              Apply credit
            </Button>
          </span>
          <Button onClick={() => run('Writing the PDF', () => invoiceCalls.exportPdf(accountId, [row.id]))}>
            Export PDF
          </Button>
          <Button onClick={() => run('Preparing the print', () => printInvoice(accountId, row.id))}>Print</Button>
          <Button
            disabled={!invoice}
            onClick={() => run('Writing the CSV', () => invoiceCalls.exportCsv(accountId, [row.id], true))}
          >
            CSV of lines
          </Button>
        </>
      }
    >
      {blocker && row.status === 'Unpaid' && (
        <p className="muted invoice-credit-reason" data-testid="credit-reason">
          {blocker}
        </p>
      )}
      <ExportNotice state={exporting} />
      <div className="invoice-detail-grid">
        <section className="card invoice-facts" aria-label="Dates and amounts">
          <dl>
            <dt>Issued</dt>
            <dd>{formatDay(row.date)}</dd>
            <dt>Due</dt>
            <dd>{formatDay(row.dueDate)}</dd>
            <dt>Paid</dt>
            <dd>{row.paidAt ? formatStamp(row.paidAt) : 'Not paid'}</dd>
            <dt>Currency</dt>
            <dd>{currency ?? '—'}</dd>
            <dt>Total</dt>
            <dd className="invoice-total">{formatMoney(row.total, currency)}</dd>
            <dt>Amount due</dt>
            <dd>{formatMoney(amountDue(row), currency)}</dd>
            <dt>Credit available</dt>
            <dd>{formatMoney(balance.data?.credit ?? null, balance.data?.currency ?? null)}</dd>
          </dl>
        </section>
        <section className="card invoice-address" aria-label="Billing address">
          <h2>Bill to</h2>
          {invoice?.address ? (
            <address>
              {[
                invoice.address.company,
                invoice.address.name,
                ...invoice.address.lines,
                invoice.address.country,
                invoice.address.email,
              ]
                .filter(Boolean)
                .map((line) => (
                  <div key={line}>{line}</div>
                ))}
            </address>
          ) : (
            <p className="muted">Not synced yet.</p>
          )}
        </section>
      </div>
      {invoice ? (
        <InvoiceLines accountId={accountId} invoice={invoice} />
      ) : (
        <p className="muted">The lines are fetched with the next sync.</p>
      )}
      <PaymentMethods methods={methods.data ?? null} currency={currency} />
      {crediting && balance.data && (
        <CreditDialog accountId={accountId} row={row} available={balance.data} onClose={() => setCrediting(false)} />
      )}
    </Page>
  );
}

function InvoiceLines({ accountId, invoice }: { accountId: string; invoice: Invoice }): ReactElement {
  const money = (amount: number | null) => formatMoney(amount, invoice.currency);
  return (
    <section className="card invoice-lines" aria-label="Items">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Description</th>
            <th scope="col">Type</th>
            <th scope="col" className="col-num">
              Qty
            </th>
            <th scope="col" className="col-num">
              Amount
            </th>
            <th scope="col" className="col-num">
              Line total
            </th>
            <th scope="col">Taxed</th>
          </tr>
        </thead>
        <tbody>
          {invoice.lines.map((line) => (
            <tr key={line.id}>
              <td>
                {line.serviceId ? (
                  <Link href={accountHref(accountId, 'services', line.serviceId)} title="Open the service">
                    {line.description}
                  </Link>
                ) : (
                  line.description
                )}
              </td>
              <td>{line.type ?? '—'}</td>
              <td className="col-num">{line.quantity ?? '—'}</td>
              <td className="col-num">{money(line.amount)}</td>
              <td className="col-num">{money(line.lineTotal)}</td>
              <td>{line.taxed ? 'Yes' : 'No'}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <TotalRow label="Subtotal" value={money(invoice.subtotal)} />
          {(invoice.credit ?? 0) !== 0 && <TotalRow label="Credit applied" value={money(-(invoice.credit ?? 0))} />}
          <TotalRow label={`Tax${invoice.taxRate ? ` (${invoice.taxRate} %)` : ''}`} value={money(invoice.tax)} />
          {((invoice.tax2 ?? 0) !== 0 || (invoice.taxRate2 ?? 0) !== 0) && (
            <TotalRow
              label={`Tax 2${invoice.taxRate2 ? ` (${invoice.taxRate2} %)` : ''}`}
              value={money(invoice.tax2)}
            />
          )}
          <TotalRow label="Total" value={money(invoice.total)} strong />
        </tfoot>
      </table>
      {invoice.notes && <p className="invoice-notes">{invoice.notes}</p>}
    </section>
  );
}

function TotalRow({ label, value, strong }: { label: string; value: string; strong?: boolean }): ReactElement {
  return (
    <tr className={strong ? 'invoice-grand-total' : undefined}>
      <th scope="row" colSpan={4} className="col-num">
        {label}
      </th>
      <td className="col-num">{value}</td>
      <td />
    </tr>
  );
}

function PaymentMethods({
  methods,
  currency,
}: {
  methods: readonly PaymentMethod[] | null;
  currency: string | null;
}): ReactElement | null {
  if (!methods || methods.length === 0) return null;
  return (
    <section className="card invoice-payments" aria-label="Payment methods">
      <h2>Payment methods</h2>
      <ul>
        {methods.map((method) => (
          <li key={method.id}>
            {method.name}
            <span className="muted">
              {' '}
              — fee {formatMoney(method.fixedFee ?? 0, currency)} + {method.percentFee ?? 0} %
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
