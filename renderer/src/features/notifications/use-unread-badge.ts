/** The sidebar badge of the Notifications area: the account's unread count, kept current by main's poll. */
import { useEffect } from 'react';
import { call } from '../../lib/api';
import { startNotificationWatch, useUnreadStore } from './notifications-api';

export function useUnreadBadge(accountId: string): number | null {
  const count = useUnreadStore((state) => state.counts[accountId]);
  useEffect(() => {
    startNotificationWatch();
    // Asking for the list makes main watch this account (and answers the count from the cache).
    void call((api) => api.notifications.list({ accountId })).then((result) => {
      if (!result.ok) return;
      const unread = result.value.data.filter((n) => !n.read).length;
      useUnreadStore.setState((state) =>
        state.counts[accountId] === undefined ? { counts: { ...state.counts, [accountId]: unread } } : state,
      );
    });
  }, [accountId]);
  return count ? count : null;
}
