/**
 * The steps every feature repeats, written once: read through the cache with a background refresh,
 * refresh on demand, and write to the portal first, then store, then tell the renderer.
 */
import { toAppError } from '../../common/errors';
import type { AccountKind } from '../../common/models/account';
import type { Cached, SyncOutcome } from '../../common/models/cached';
import type { ResourceKey } from '../../common/resource-keys';
import type { HostbillClient } from '../api/hostbill';
import type { IonosClient } from '../api/ionos/client';
import type { ActivityDescription, ActivityOutcome } from './activity-recorder';
import type { FeatureDeps } from './feature-deps';
import type { SyncWork } from './resource-sync';

interface ClientOfKind {
  readonly hostbill: HostbillClient;
  readonly 'ionos-reseller': IonosClient;
}

interface ResourceSpec<K extends AccountKind> {
  readonly accountId: string;
  readonly kind: K;
  readonly resource: ResourceKey;
}

/** The account's API client, after checking the account exists and is of that kind. */
export async function clientFor<K extends AccountKind>(
  deps: FeatureDeps,
  accountId: string,
  kind: K,
): Promise<ClientOfKind[K]> {
  deps.requireAccount(accountId, kind);
  const client = kind === 'hostbill' ? deps.connections.hostbill(accountId) : deps.connections.ionos(accountId);
  return (await client) as ClientOfKind[K];
}

/** Cached rows now; a background refresh when they are stale. */
export function cachedRead<T, K extends AccountKind>(
  deps: FeatureDeps,
  spec: ResourceSpec<K> & { readonly read: () => T; readonly refresh: SyncWork },
): Cached<T> {
  deps.requireAccount(spec.accountId, spec.kind);
  return deps.sync.read(spec.accountId, spec.resource, spec.read, spec.refresh);
}

/** The refresh button: waits for the portal and answers how it went (lastError when it failed). */
export async function refreshNow<K extends AccountKind>(
  deps: FeatureDeps,
  spec: ResourceSpec<K> & { readonly refresh: SyncWork },
): Promise<SyncOutcome> {
  deps.requireAccount(spec.accountId, spec.kind);
  await deps.sync.refresh(spec.accountId, spec.resource, spec.refresh);
  return deps.sync.status(spec.accountId, spec.resource);
}

export interface WriteSpec<K extends AccountKind, R> {
  readonly accountId: string;
  readonly kind: K;
  /** The request to the portal. Never repeated here: the HTTP layer decides what may be retried. */
  readonly send: (client: ClientOfKind[K]) => Promise<R>;
  /** Keeps the portal's answer in the cache (skipped when the cache has closed meanwhile). */
  readonly store?: (answer: R) => void;
  /** The resources whose cached rows this write changed. */
  readonly changed: readonly ResourceKey[];
  /**
   * Resources the write changed on the portal in ways its answer does not carry (an order creates a
   * service and an invoice): marked stale, so the screens showing them sync at once.
   */
  readonly outdated?: readonly ResourceKey[];
  readonly activity: ActivityDescription;
}

function accountStillThere(deps: FeatureDeps, accountId: string, kind: AccountKind): boolean {
  try {
    deps.requireAccount(accountId, kind);
    return true;
  } catch {
    return false;
  }
}

/** Portal first; only a confirmed answer reaches the cache, then `cache.changed` for each resource. */
export async function portalWrite<K extends AccountKind, R>(deps: FeatureDeps, spec: WriteSpec<K, R>): Promise<R> {
  const row = deps.requireAccount(spec.accountId, spec.kind);
  const record = (outcome: ActivityOutcome, message: string | null) =>
    deps.activity.record({
      ...spec.activity,
      accountId: spec.accountId,
      accountKind: row.kind,
      outcome,
      message,
      at: new Date(deps.clock()).toISOString(),
    });
  let answer: R;
  try {
    answer = await spec.send(await clientFor(deps, spec.accountId, spec.kind));
  } catch (thrown) {
    const error = toAppError(thrown);
    const unknown = error.kind === 'network' || error.kind === 'timeout';
    // `offline` means nothing was sent; it is not a write that happened, so nothing is recorded.
    if (error.kind !== 'offline') record(unknown ? 'unknown' : 'refused', error.message);
    throw thrown;
  }
  // The account may have been removed while the request was out: the portal's answer stands, but
  // there is no cache of that account left to keep it in (storing it would break a foreign key).
  if (!deps.db.open || !accountStillThere(deps, spec.accountId, spec.kind)) return answer;
  spec.store?.(answer);
  for (const resource of spec.outdated ?? []) deps.sync.expire(spec.accountId, resource);
  for (const resource of [...spec.changed, ...(spec.outdated ?? [])])
    deps.events.emit('cache.changed', { accountId: spec.accountId, resource });
  record('done', null);
  return answer;
}
