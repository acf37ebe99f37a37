/**
 * Invoice reads over the cache: the list (with a background sync when stale and "n of N" progress while
 * details arrive), one invoice (fetched on its own when not cached yet), the balance and payment methods.
 */
import {
  invoiceKeys,
  type DetailProgress,
  type InvoiceDetail,
  type InvoiceListing,
} from '../../../common/channels/invoices';
import { toAppError } from '../../../common/errors';
import type { Cached } from '../../../common/models/cached';
import type { PaymentMethod } from '../../../common/models/hostbill';
import { cachedRead, clientFor, refreshNow } from '../kernel';
import type { FeatureDeps } from '../feature-deps';
import type { InvoicesRepo } from './repo';
import { syncInvoices, type InvoiceSyncStats } from './sync';

/** How often a running sync tells the renderer to re-read (progress and the details that arrived). */
const PROGRESS_EVERY_MS = 400;

export interface InvoiceReadsOptions {
  readonly concurrency?: number;
}

export function createInvoiceReads(deps: FeatureDeps, repo: InvoicesRepo, options: InvoiceReadsOptions = {}) {
  const list = invoiceKeys.key.list();
  const progress = new Map<string, DetailProgress>();
  const lastStats = new Map<string, InvoiceSyncStats>();

  async function runSync(accountId: string): Promise<void> {
    const client = await clientFor(deps, accountId, 'hostbill');
    let lastEmit = 0;
    try {
      const stats = await syncInvoices(client, repo, accountId, {
        concurrency: options.concurrency,
        onProgress: (current) => {
          progress.set(accountId, current);
          const now = deps.clock();
          if (current.done === 0 || now - lastEmit >= PROGRESS_EVERY_MS) {
            lastEmit = now;
            deps.events.emit('cache.changed', { accountId, resource: list });
          }
        },
      });
      lastStats.set(accountId, stats);
    } finally {
      progress.delete(accountId);
    }
  }

  const listing = (accountId: string): InvoiceListing => ({
    rows: repo.rows(accountId),
    progress: progress.get(accountId) ?? null,
  });

  const readList = (accountId: string): Cached<InvoiceListing> =>
    cachedRead(deps, {
      accountId,
      kind: 'hostbill',
      resource: list,
      read: () => listing(accountId),
      refresh: () => runSync(accountId),
    });

  async function fetchOne(accountId: string, invoiceId: string): Promise<void> {
    const client = await clientFor(deps, accountId, 'hostbill');
    const invoice = await client.getInvoice(invoiceId);
    if (!repo.isOpen()) return;
    repo.storeDetail(accountId, invoice);
    deps.events.emit('cache.changed', { accountId, resource: list });
  }

  async function refreshBalance(accountId: string): Promise<void> {
    const client = await clientFor(deps, accountId, 'hostbill');
    const balance = await client.getBalance();
    if (repo.isOpen()) repo.setBalance(accountId, balance);
  }

  async function refreshPaymentMethods(accountId: string): Promise<void> {
    const client = await clientFor(deps, accountId, 'hostbill');
    const methods = await client.listPaymentMethods();
    let fees: PaymentMethod[] = [];
    try {
      fees = await client.listPaymentFees();
    } catch (thrown) {
      // Not every portal has /payment/fees: the methods alone are still worth showing.
      if (toAppError(thrown).kind !== 'unsupported') throw thrown;
    }
    const feeOf = (method: PaymentMethod) =>
      fees.find((fee) => fee.id === method.id) ?? fees.find((fee) => fee.name.replace(/\s+/g, '') === method.name);
    const merged = (methods.length > 0 ? methods : fees).map((method) => {
      const fee = feeOf(method);
      return fee
        ? { ...method, name: fee.name || method.name, fixedFee: fee.fixedFee, percentFee: fee.percentFee }
        : method;
    });
    if (repo.isOpen()) repo.setPaymentMethods(accountId, merged);
  }

  return {
    list: readList,
    async refresh(accountId: string) {
      const outcome = await refreshNow(deps, {
        accountId,
        kind: 'hostbill',
        resource: list,
        refresh: () => runSync(accountId),
      });
      const detailsFetched = outcome.lastError ? 0 : (lastStats.get(accountId)?.detailsFetched ?? 0);
      return { ...outcome, data: listing(accountId), detailsFetched };
    },
    get(accountId: string, invoiceId: string): Cached<InvoiceDetail | null> {
      return cachedRead(deps, {
        accountId,
        kind: 'hostbill',
        resource: invoiceKeys.key.invoice({ invoiceId }),
        read: () => {
          const row = repo.row(accountId, invoiceId);
          return row ? { row, invoice: repo.detail(accountId, invoiceId) } : null;
        },
        refresh: () => fetchOne(accountId, invoiceId),
      });
    },
    /** Re-reads one invoice now (after a credit), recording it as that invoice's sync. */
    reread: (accountId: string, invoiceId: string) =>
      refreshNow(deps, {
        accountId,
        kind: 'hostbill',
        resource: invoiceKeys.key.invoice({ invoiceId }),
        refresh: () => fetchOne(accountId, invoiceId),
      }),
    balance: (accountId: string) =>
      cachedRead(deps, {
        accountId,
        kind: 'hostbill',
        resource: invoiceKeys.key.balance(),
        read: () => repo.balance(accountId),
        refresh: () => refreshBalance(accountId),
      }),
    rereadBalance: (accountId: string) =>
      refreshNow(deps, {
        accountId,
        kind: 'hostbill',
        resource: invoiceKeys.key.balance(),
        refresh: () => refreshBalance(accountId),
      }),
    paymentMethods: (accountId: string) =>
      cachedRead(deps, {
        accountId,
        kind: 'hostbill',
        resource: invoiceKeys.key.paymentMethods(),
        read: () => repo.paymentMethods(accountId),
        refresh: () => refreshPaymentMethods(accountId),
      }),
    lastStats: (accountId: string) => lastStats.get(accountId) ?? null,
  };
}

export type InvoiceReads = ReturnType<typeof createInvoiceReads>;
