/**
 * A portal document read through useCachedResource, with the refresh button wired to
 * `portal.refresh` for the same resource key. Shared by the Orders, Contacts and Portal account areas.
 */
import type { Cached } from '../../../common/models/cached';
import type { ResourceKey } from '../../../common/resource-keys';
import type { Result } from '../../../common/result';
import { call } from './api';
import { useCachedResource, type CachedResource } from './use-cached-resource';

export function usePortalResource<T>(
  accountId: string,
  key: ResourceKey,
  read: () => Promise<Result<Cached<T>>>,
): CachedResource<T> {
  return useCachedResource({
    accountId,
    keys: [key],
    read,
    refresh: () => call((api) => api.portal.refresh({ accountId, resource: key })),
  });
}

/** Why the portal areas' writes are off (the cached data stays readable). */
export const OFFLINE_REASON = 'Offline: changes are disabled until the portal can be reached.';
