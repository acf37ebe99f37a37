/**
 * The full refresh of an account's services and VMs, doing the least the API allows: one list call,
 * then per service its details (labels live only there), its methods only when the service is new
 * or its list row changed (methods follow the product), and its VMs only when the methods say it has
 * any. Every request goes through one limiter, so the portal never sees more than `concurrency`
 * calls from us at once. Nothing is written unless the whole refresh succeeded.
 */
import { AppFailure } from '../../../common/errors';
import type { HostbillService, ServiceMethods, Vm } from '../../../common/models/hostbill';
import type { HostbillClient } from '../../api/hostbill';
import { createLimiter } from '../limiter';
import type { HostingRepo } from './repo';

export const REFRESH_CONCURRENCY = 6;

export interface RefreshStats {
  readonly services: number;
  readonly vms: number;
  readonly requests: number;
  readonly peakConcurrency: number;
}

/** A feature the portal does not offer, or an item removed between two calls, is not a failed refresh. */
export async function tolerant<T>(promise: Promise<T>, fallback: T): Promise<T> {
  try {
    return await promise;
  } catch (thrown) {
    if (thrown instanceof AppFailure && (thrown.error.kind === 'unsupported' || thrown.error.kind === 'not-found')) {
      return fallback;
    }
    throw thrown;
  }
}

/** The list row overlaid with what only the detail carries (label, next invoice, created). */
export function mergeDetail(row: HostbillService, detail: HostbillService | null): HostbillService {
  if (!detail) return row;
  const merged: Record<string, unknown> = { ...row };
  for (const [key, value] of Object.entries(detail)) {
    if (value !== null && key !== 'kind' && key !== 'category') merged[key] = value;
  }
  return merged as unknown as HostbillService;
}

export async function refreshAll(
  client: HostbillClient,
  repo: HostingRepo,
  accountId: string,
  concurrency = REFRESH_CONCURRENCY,
): Promise<RefreshStats> {
  const limiter = createLimiter(concurrency);
  let requests = 0;
  const call = <T>(task: () => Promise<T>) => {
    requests += 1;
    return limiter.run(task);
  };

  const rows = await call(() => client.listServices());
  // Service answers carry no currency on most portals: the account's own (its balance, else its
  // invoices) is theirs, asked once and then kept with the services. Without it the amounts still
  // show, so a failure here fails nothing.
  const stored = rows.map((row) => repo.service(accountId, row.id)?.service.currency ?? null).find(Boolean) ?? null;
  const currency =
    stored ??
    (rows.some((row) => row.currency === null)
      ? await call(() => client.getBalance()).then(
          (balance) => balance.currency,
          () => null,
        )
      : null);
  const entries = await Promise.all(
    rows.map(async (row) => {
      const signature = JSON.stringify(row);
      const stored = repo.service(accountId, row.id);
      const known = stored && stored.listSignature === signature ? stored.service.features : null;
      const [features, detail] = await Promise.all([
        known ??
          tolerant<ServiceMethods | null>(
            call(() => client.getServiceMethods(row.id)),
            null,
          ),
        tolerant<HostbillService | null>(
          call(() => client.getService(row.id)),
          null,
        ),
      ]);
      const vms = features?.vms
        ? await tolerant<Vm[]>(
            call(() => client.listVms(row.id)),
            [],
          )
        : [];
      const service = mergeDetail(row, detail);
      return { service: { ...service, currency: service.currency ?? currency }, features, signature, vms };
    }),
  );
  const vms = entries.flatMap((entry) => entry.vms.map((vm) => ({ ...vm, serviceId: entry.service.id })));
  if (repo.isOpen()) repo.replaceAll(accountId, entries, vms);
  return { services: entries.length, vms: vms.length, requests, peakConcurrency: limiter.peak };
}
