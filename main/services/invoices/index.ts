/**
 * HostBill invoices and billing over the encrypted cache: the least-work sync (list, then only new or
 * changed details), reads that work offline, credit applied once and confirmed by a re-read after a
 * drop, and PDF/CSV exports written from the cache through the save-file port.
 */
import type { invoiceChannels } from '../../../common/channels/invoices';
import type { Handler } from '../../ipc/registry';
import type { FeatureDeps } from '../feature-deps';
import { createCreditAction } from './credit';
import { createInvoiceExports } from './exports';
import { createInvoiceReads } from './reads';
import { createInvoicesRepo } from './repo';

export interface InvoicesOptions {
  /** Detail requests in flight at once during a sync. */
  readonly concurrency?: number;
  /** The locale PDFs are laid out for (paper size, dates, amounts); default: this process's. */
  readonly locale?: () => string;
}

const processLocale = (): string => Intl.DateTimeFormat().resolvedOptions().locale;

export function createInvoicesFeature(deps: FeatureDeps, options: InvoicesOptions = {}) {
  const repo = createInvoicesRepo(deps.db);
  const reads = createInvoiceReads(deps, repo, { concurrency: options.concurrency });
  const applyCredit = createCreditAction(deps, repo, reads);
  const exports = createInvoiceExports(deps, repo, options.locale ?? processLocale);

  const handlers: { readonly [C in keyof typeof invoiceChannels]: Handler<C> } = {
    'invoices.list': ({ accountId }) => reads.list(accountId),
    'invoices.refresh': ({ accountId }) => reads.refresh(accountId),
    'invoices.get': ({ accountId, invoiceId }) => reads.get(accountId, invoiceId),
    'invoices.applyCredit': ({ accountId, invoiceId, amount }) => applyCredit(accountId, invoiceId, amount),
    'billing.balance': ({ accountId }) => reads.balance(accountId),
    'billing.paymentMethods': ({ accountId }) => reads.paymentMethods(accountId),
    'invoices.exportPdf': ({ accountId, invoiceIds }) => exports.pdf(accountId, invoiceIds),
    'invoices.exportCsv': ({ accountId, invoiceIds, lines }) => exports.csv(accountId, invoiceIds, lines === true),
  };

  return {
    kind: 'hostbill' as const,
    handlers,
    /** For tests and benches: what the account's last completed sync did. */
    lastSyncStats: (accountId: string) => reads.lastStats(accountId),
  };
}
export type InvoicesFeature = ReturnType<typeof createInvoicesFeature>;
