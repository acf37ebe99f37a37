import { isOffline } from '../../components/sync-status';
import { useHostingStore } from './hosting-store';

/** True when the last refresh of either list could not reach the portal: writes are disabled then. */
export function useOffline(): boolean {
  return useHostingStore((state) => isOffline(state.services) || isOffline(state.vms));
}
