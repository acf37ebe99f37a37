/** Invoices, credit and payment methods. Applying credit is a POST (money): never repeated by itself. */
import { z } from 'zod';
import type { CreditApplied, Invoice, InvoiceSummary, PaymentMethod } from '../../../common/models/hostbill';
import type { PortalContext } from './context';
import { toInvoice, toInvoiceSummary } from './mappers';
import { id, isRaw, money, num, parseWith, pick, rawListOrMap, rawObject, text } from './normalize';
import { path } from './request';

const listAnswer = z.object({ invoices: rawListOrMap });
const detailAnswer = z.object({ invoice: rawObject });

export function billingApi(ctx: PortalContext) {
  return {
    async listInvoices(): Promise<InvoiceSummary[]> {
      return parseWith(listAnswer, await ctx.get('/invoice')).invoices.map(toInvoiceSummary);
    },

    async getInvoice(invoiceId: string): Promise<Invoice> {
      return toInvoice(parseWith(detailAnswer, await ctx.get(path`/invoice/${invoiceId}`)).invoice);
    },

    /** Without an amount the portal applies as much credit as it takes to pay the invoice. */
    async applyCredit(invoiceId: string, amount?: number): Promise<CreditApplied> {
      const body = await ctx.post(path`/invoice/${invoiceId}/credit`, amount === undefined ? {} : { amount }, {
        optional: true,
      });
      const raw = isRaw(body) ? body : {};
      return { invoiceStatus: text(raw.invoice_status), applied: money(raw.applied) };
    },

    /** GET /payment answers `{id: name}`; the fee list is richer where the portal has it. */
    async listPaymentMethods(): Promise<PaymentMethod[]> {
      const body = parseWith(z.object({ payments: z.unknown() }), await ctx.get('/payment'));
      if (Array.isArray(body.payments)) return rawListOrMap.parse(body.payments).map(toPaymentMethod);
      if (!isRaw(body.payments)) return [];
      return Object.entries(body.payments).map(([key, value]) =>
        isRaw(value)
          ? toPaymentMethod({ id: key, ...value })
          : { id: key, name: text(value) ?? key, fixedFee: null, percentFee: null },
      );
    },

    async listPaymentFees(): Promise<PaymentMethod[]> {
      const body = parseWith(z.object({ payments: rawListOrMap }), await ctx.get('/payment/fees', { optional: true }));
      return body.payments.map(toPaymentMethod);
    },
  };
}

function toPaymentMethod(raw: Readonly<Record<string, unknown>>): PaymentMethod {
  return {
    id: id(raw.id) ?? '',
    name: text(pick(raw, 'name', 'title')) ?? '',
    fixedFee: money(raw.fixed_fee),
    percentFee: num(raw.percent_fee),
  };
}
