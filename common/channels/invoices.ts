/**
 * HostBill invoices and billing. Reads answer from the encrypted cache at once (Cached<T>) and sync in
 * the background (list first, then only new or changed details); exports are written from the cache, so
 * they work offline; applying credit goes to the portal first and is never repeated by itself.
 * cache.changed resources: `invoiceKeys`.
 */
import { z } from 'zod';
import { channel } from '../channel';
import type { InvoiceRow } from '../invoices/rows';
import type { Cached } from '../models/cached';
import type { Balance, Invoice, PaymentMethod } from '../models/hostbill';
import { resourceKeys } from '../resource-keys';
import { hostbillIdSchema } from '../schemas/hostbill';
import { idSchema } from '../validation';

/** Resources named in `cache.changed` by the invoices feature. */
export const invoiceKeys = resourceKeys('invoices', {
  list: [],
  invoice: ['invoiceId'],
  balance: [],
  paymentMethods: [],
});

/** A sync's detail requests so far: "n of N details". */
export interface DetailProgress {
  readonly done: number;
  readonly total: number;
}

export interface InvoiceListing {
  readonly rows: readonly InvoiceRow[];
  /** Set while a sync fetches details (the list is already readable meanwhile). */
  readonly progress: DetailProgress | null;
}

export interface InvoiceDetail {
  readonly row: InvoiceRow;
  /** Null until its detail has been fetched once (then readable offline for good). */
  readonly invoice: Invoice | null;
}

/**
 * What applying credit did. After a timeout or a dropped connection the invoice is re-read and
 * `confirmedByReread` says the answer comes from that re-read, not from the portal's reply.
 */
export interface CreditOutcome {
  readonly applied: boolean;
  readonly amount: number | null;
  readonly currency: string | null;
  readonly invoiceStatus: string | null;
  readonly confirmedByReread: boolean;
  readonly message: string;
}

/** Large enough for every invoice of a big account, bounded so a bad call cannot ask for millions. */
export const MAX_INVOICE_SELECTION = 20_000;

const account = { accountId: idSchema };
const invoiceIds = z
  .array(hostbillIdSchema)
  .min(1, 'Choose at least one invoice')
  .max(MAX_INVOICE_SELECTION, `At most ${MAX_INVOICE_SELECTION} invoices at once`);

export const creditAmountSchema = z
  .number({ error: 'Enter an amount' })
  .finite('Enter an amount')
  .positive('The amount must be more than 0')
  .max(1_000_000_000, 'The amount is too large')
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, { message: 'Use at most two decimals' });

export const invoiceChannels = {
  /** Cached invoice rows (list + what cached details add), with detail progress while a sync runs. */
  'invoices.list': channel<Cached<InvoiceListing>>()(z.strictObject(account)),
  /** Syncs now (list, then new/changed details) and answers the list plus how many details were fetched. */
  'invoices.refresh': channel<Cached<InvoiceListing> & { readonly detailsFetched: number }>()(z.strictObject(account)),
  /** One cached invoice with its lines; fetched in the background when not cached yet. */
  'invoices.get': channel<Cached<InvoiceDetail | null>>()(z.strictObject({ ...account, invoiceId: hostbillIdSchema })),
  /** Applies account credit to an unpaid invoice (POST, never repeated; re-read after a timeout). */
  'invoices.applyCredit': channel<CreditOutcome>()(
    z.strictObject({ ...account, invoiceId: hostbillIdSchema, amount: creditAmountSchema }),
  ),
  /** The account's balance (unpaid total) and the credit available. */
  'billing.balance': channel<Cached<Balance | null>>()(z.strictObject(account)),
  /** Payment methods and their fees, as the portal lists them. */
  'billing.paymentMethods': channel<Cached<readonly PaymentMethod[] | null>>()(z.strictObject(account)),
  /** One PDF of the chosen invoices (one per page) from the cache; the path, or null when cancelled. */
  'invoices.exportPdf': channel<{ readonly path: string } | null>()(z.strictObject({ ...account, invoiceIds })),
  /** CSV of the chosen invoices (or of their lines) from the cache; the path, or null when cancelled. */
  'invoices.exportCsv': channel<{ readonly path: string } | null>()(
    z.strictObject({ ...account, invoiceIds, lines: z.boolean().optional() }),
  ),
};
