/**
 * The invoice sync that does the least work: `GET /invoice`, then `GET /invoice/@id` only for rows that
 * are new or changed (common/invoices/change-detection), at most `concurrency` at a time. Each detail is
 * stored as it arrives with the list row it answers, so a sync that stops half-way (offline, app closed)
 * leaves everything fetched so far readable, and the next sync fetches only what is still missing.
 */
import { planDetailFetches } from '../../../common/invoices/change-detection';
import { toAppError } from '../../../common/errors';
import type { HostbillClient } from '../../api/hostbill';
import { createLimiter } from '../limiter';
import type { DetailProgress } from '../../../common/channels/invoices';
import type { InvoicesRepo } from './repo';

export interface InvoiceSyncStats {
  readonly listed: number;
  readonly detailsPlanned: number;
  readonly detailsFetched: number;
  /** The most detail requests in flight at once. */
  readonly peakConcurrency: number;
}

export interface InvoiceSyncOptions {
  readonly concurrency?: number;
  readonly onProgress?: (progress: DetailProgress) => void;
}

export const DEFAULT_DETAIL_CONCURRENCY = 6;

export async function syncInvoices(
  client: Pick<HostbillClient, 'listInvoices' | 'getInvoice'>,
  repo: InvoicesRepo,
  accountId: string,
  options: InvoiceSyncOptions = {},
): Promise<InvoiceSyncStats> {
  const rows = await client.listInvoices();
  if (!repo.isOpen()) return { listed: rows.length, detailsPlanned: 0, detailsFetched: 0, peakConcurrency: 0 };
  const plan = planDetailFetches(rows, repo.fingerprints(accountId));
  repo.storeList(accountId, rows, plan.gone);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const limiter = createLimiter(options.concurrency ?? DEFAULT_DETAIL_CONCURRENCY);
  let done = 0;
  let failure: unknown = null;
  options.onProgress?.({ done, total: plan.fetch.length });
  await Promise.all(
    plan.fetch.map((invoiceId) =>
      limiter.run(async () => {
        // After one failure (offline, portal down) start no more requests: the next sync resumes here.
        if (failure !== null || !repo.isOpen()) return;
        try {
          const invoice = await client.getInvoice(invoiceId);
          if (!repo.isOpen()) return;
          repo.storeDetail(accountId, invoice, byId.get(invoiceId));
        } catch (thrown) {
          // Deleted between the list and its detail: the next list drops it.
          if (toAppError(thrown).kind !== 'not-found') failure ??= thrown;
          return;
        }
        done += 1;
        options.onProgress?.({ done, total: plan.fetch.length });
      }),
    ),
  );
  if (failure !== null) throw failure;
  return {
    listed: rows.length,
    detailsPlanned: plan.fetch.length,
    detailsFetched: done,
    peakConcurrency: limiter.peak,
  };
}
