import type { FeatureDeps } from '../features';

/** HostBill services and VMs over the cache. (Filled in by the hosting feature.) */
export function createHostingFeature(_deps: FeatureDeps) {
  return {};
}
export type HostingFeature = ReturnType<typeof createHostingFeature>;
