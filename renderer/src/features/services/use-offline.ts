import { useHostingAccount } from './hosting-data';

/** True when the last refresh of either list could not reach the portal: writes are disabled then. */
export function useOffline(): boolean {
  return useHostingAccount().offline;
}
