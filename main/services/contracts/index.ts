import type { FeatureDeps } from '../features';

/** IONOS contracts and admins over the cache. (Filled in by the contracts feature.) */
export function createContractsFeature(_deps: FeatureDeps) {
  return {};
}
export type ContractsFeature = ReturnType<typeof createContractsFeature>;
