/**
 * Billing routes. List rows carry `total` as a string; the detail carries subtotal/credit/tax/total as numbers
 * and line items with string amounts (`"15.00"`, `"qty": "1.00"`), as in the seed. Unpaid invoices have
 * `datepaid` "0000-00-00 00:00:00". Credit notes are invoices with status Refunded and negative lines.
 */
import { text } from '../body';
import { invoiceTotals } from '../invoice-math';
import { CURRENCY } from '../invoices';
import { fail, ok, type Route } from '../router';
import { cents, money, ymdhms } from '../rng';
import { PAYMENT_METHODS } from '../seed/catalog-data';
import { addLog, type InvoiceRecord } from '../state';
import { clientJson } from './account';

function invoiceRow(invoice: InvoiceRecord): Record<string, unknown> {
  return {
    id: invoice.id,
    date: invoice.date,
    dateorig: invoice.date,
    duedate: invoice.duedate,
    paybefore: invoice.duedate,
    total: money(invoiceTotals(invoice).total),
    datepaid: invoice.datepaid,
    status: invoice.status,
    merge_id: null,
    number: invoice.number,
    currency: invoice.currency,
  };
}

export const billingRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/invoice',
    // Newest first, whole list: HostBill documents no paging.
    handler: ({ state }) => ok({ invoices: [...state.invoices.values()].reverse().map(invoiceRow) }),
  },
  {
    method: 'GET',
    pattern: '/invoice/:id',
    handler: ({ state, params }) => {
      const invoice = state.invoices.get(params.id ?? '');
      if (!invoice) return fail('Invoice not found');
      const totals = invoiceTotals(invoice);
      return ok({
        invoice: {
          id: invoice.id,
          status: invoice.status,
          date: invoice.date,
          duedate: invoice.duedate,
          paybefore: invoice.duedate,
          datepaid: invoice.datepaid,
          subtotal: totals.subtotal,
          credit: invoice.credit,
          tax: totals.tax,
          taxrate: invoice.taxrate,
          tax2: totals.tax2,
          taxrate2: invoice.taxrate2 ?? 0,
          taxexempt: invoice.taxrate === 0 ? '1' : '0',
          total: totals.total,
          rate: 1,
          rate2: 0,
          rate3: 1,
          notes: invoice.notes,
          items: invoice.items.map((item) => ({
            id: item.id,
            invoice_id: invoice.id,
            type: item.type,
            item_id: item.itemId,
            description: item.description,
            amount: money(item.amount),
            taxed: item.taxed ? '1' : '0',
            qty: item.qty.toFixed(2),
            linetotal: money(item.amount * item.qty),
          })),
          client: clientJson(state.client),
          number: invoice.number,
          currency: invoice.currency,
        },
      });
    },
  },
  {
    method: 'POST',
    pattern: '/invoice/:id/credit',
    handler: ({ state, params, body, now }) => {
      const invoice = state.invoices.get(params.id ?? '');
      if (!invoice) return fail('Invoice not found');
      if (invoice.status !== 'Unpaid') return fail('Credit can only be applied to unpaid invoices');
      // Account credit is held in the account's currency and is not converted.
      if (invoice.currency !== CURRENCY)
        return fail(`Credit is held in ${CURRENCY} and cannot pay a ${invoice.currency} invoice`);
      const due = invoiceTotals(invoice).due;
      const amountText = text(body, 'amount');
      const wanted = amountText === '' ? due : Number(amountText);
      if (!Number.isFinite(wanted) || wanted <= 0) return fail('Invalid amount');
      if (state.client.credit <= 0) return fail('You do not have enough credit');
      const applied = cents(Math.min(wanted, due, state.client.credit));
      invoice.credit = cents(invoice.credit + applied);
      state.client.credit = cents(state.client.credit - applied);
      if (invoiceTotals(invoice).due === 0) {
        invoice.status = 'Paid';
        invoice.datepaid = ymdhms(now);
      }
      addLog(state, 'invoice', `Credit ${money(applied)} applied to invoice #${invoice.id}`, now);
      return ok({ success: true, invoice_status: invoice.status, applied });
    },
  },
  {
    method: 'GET',
    pattern: '/payment',
    handler: () => ok({ payments: Object.fromEntries(PAYMENT_METHODS.map((m) => [String(m.id), m.module])) }),
  },
  {
    method: 'GET',
    pattern: '/payment/fees',
    handler: () =>
      ok({
        payments: PAYMENT_METHODS.map((m) => ({ id: m.id, name: m.name, fixed_fee: m.fixed, percent_fee: m.percent })),
      }),
  },
];
