import type { HostingFeature } from '../services/hosting';

/** Handlers of the hosting channels. (Filled in by the hosting feature.) */
export function hostingHandlers(_hosting: HostingFeature) {
  return {};
}
