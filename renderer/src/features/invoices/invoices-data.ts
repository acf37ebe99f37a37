/**
 * The Invoices area's reads (useCachedResource, re-read on cache.changed) and its calls (credit,
 * exports, print) answering Results for the screens.
 */
import { invoiceKeys } from '../../../../common/channels/invoices';
import { call } from '../../lib/api';
import { useCachedResource } from '../../lib/use-cached-resource';

const { key } = invoiceKeys;

export function useInvoiceList(accountId: string) {
  return useCachedResource({
    accountId,
    keys: [key.list()],
    read: () => call((api) => api.invoices.list({ accountId })),
    refresh: () => call((api) => api.invoices.refresh({ accountId })),
  });
}

export function useInvoice(accountId: string, invoiceId: string) {
  return useCachedResource({
    accountId,
    keys: [key.invoice({ invoiceId }), key.list()],
    read: () => call((api) => api.invoices.get({ accountId, invoiceId })),
    refresh: () => call((api) => api.invoices.refresh({ accountId })),
  });
}

export function useBalance(accountId: string) {
  return useCachedResource({
    accountId,
    keys: [key.balance()],
    read: () => call((api) => api.billing.balance({ accountId })),
  });
}

export function usePaymentMethods(accountId: string) {
  return useCachedResource({
    accountId,
    keys: [key.paymentMethods()],
    read: () => call((api) => api.billing.paymentMethods({ accountId })),
  });
}

export const invoiceCalls = {
  applyCredit: (accountId: string, invoiceId: string, amount: number) =>
    call((api) => api.invoices.applyCredit({ accountId, invoiceId, amount })),
  exportPdf: (accountId: string, invoiceIds: readonly string[]) =>
    call((api) => api.invoices.exportPdf({ accountId, invoiceIds: [...invoiceIds] })),
  exportCsv: (accountId: string, invoiceIds: readonly string[], lines: boolean) =>
    call((api) => api.invoices.exportCsv({ accountId, invoiceIds: [...invoiceIds], lines })),
};
