/**
 * Cached reads of the portal areas: the stored document at once, a background refresh when stale.
 * A resource never synced waits for its first refresh, so the first screen is not an empty one.
 * An optional module the portal lacks answers `unsupported` (its screen is hidden), even offline,
 * because the last refresh recorded that answer.
 */
import { fail } from '../../../common/errors';
import type { Cached } from '../../../common/models/cached';
import type { ResourceKey } from '../../../common/resource-keys';
import type { HostbillClient } from '../../api/hostbill';
import type { FeatureDeps } from '../feature-deps';
import { clientFor } from '../kernel';
import type { PortalDocuments } from './documents';

export interface DocumentSpec<T> {
  readonly accountId: string;
  readonly resource: ResourceKey;
  /** Reads the portal and answers the projection to store (never a secret). */
  readonly fetch: (client: HostbillClient) => Promise<T>;
  /** The portal may not offer this at all (affiliates): `unsupported` stops the read. */
  readonly optional?: boolean;
}

export function createPortalReads(deps: FeatureDeps, docs: PortalDocuments) {
  const work =
    <T>(spec: DocumentSpec<T>) =>
    async (): Promise<void> => {
      const value = await spec.fetch(await clientFor(deps, spec.accountId, 'hostbill'));
      if (docs.isOpen()) docs.put(spec.accountId, spec.resource, value);
    };

  /** The document, `null` until the portal was read once. */
  async function read<T>(spec: DocumentSpec<T>): Promise<Cached<T | null>> {
    deps.requireAccount(spec.accountId, 'hostbill');
    const before = deps.sync.status(spec.accountId, spec.resource);
    if (before.syncedAt === null && before.lastError === null) {
      await deps.sync.refresh(spec.accountId, spec.resource, work(spec));
    }
    const cached = deps.sync.read(
      spec.accountId,
      spec.resource,
      () => docs.get<T>(spec.accountId, spec.resource),
      work(spec),
    );
    if (spec.optional && cached.lastError?.kind === 'unsupported') {
      fail('unsupported', 'This portal does not offer this feature.');
    }
    return cached;
  }

  /** A list document: an empty list until the portal was read once. */
  async function readList<T>(spec: DocumentSpec<readonly T[]>): Promise<Cached<readonly T[]>> {
    const cached = await read(spec);
    return { ...cached, data: cached.data ?? [] };
  }

  /** The refresh button. */
  function refresh<T>(spec: DocumentSpec<T>) {
    deps.requireAccount(spec.accountId, 'hostbill');
    return deps.sync
      .refresh(spec.accountId, spec.resource, work(spec))
      .then(() => deps.sync.status(spec.accountId, spec.resource));
  }

  return { read, readList, refresh };
}

export type PortalReads = ReturnType<typeof createPortalReads>;
