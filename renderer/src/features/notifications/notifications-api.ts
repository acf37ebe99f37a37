/** The Notifications area's calls, the unread count store and the page's presence reports. */
import { create } from 'zustand';
import { call, onEvent } from '../../lib/api';

export const ackNotification = (accountId: string, id: string) =>
  call((api) => api.notifications.ack({ accountId, id }));

interface UnreadState {
  readonly counts: Readonly<Record<string, number>>;
}

/** Unread counts per account, as main last pushed them (`notifications.unread`). */
export const useUnreadStore = create<UnreadState>(() => ({ counts: {} }));

let started = false;

/**
 * Once per page: keep the unread counts from main's events, tell main whether the page is visible
 * and online (polling pauses otherwise), and show desktop notices in the browser host.
 */
export function startNotificationWatch(): void {
  if (started) return;
  started = true;
  onEvent('notifications.unread', ({ accountId, count }) =>
    useUnreadStore.setState((state) => ({ counts: { ...state.counts, [accountId]: count } })),
  );
  const report = () =>
    void call((api) =>
      api.notifications.presence({ visible: document.visibilityState !== 'hidden', online: navigator.onLine }),
    );
  document.addEventListener('visibilitychange', report);
  window.addEventListener('online', report);
  window.addEventListener('offline', report);
  report();
  onEvent('notifications.desktop', (notice) => {
    // The page's own notifications: only when the user allowed them; portal text goes in as plain text.
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    const shown = new Notification(notice.title, { body: notice.body });
    shown.onclick = () => {
      window.focus();
      if (notice.href) openNoticeRoute(notice.href);
    };
  });
  // Electron's notices are shown by the OS; main says when one was clicked.
  onEvent('notifications.open', ({ href }) => openNoticeRoute(href));
}

/** Only the app's own routes: a notice cannot send the window anywhere else. */
function openNoticeRoute(href: string): void {
  if (href.startsWith('#/')) window.location.hash = href.slice(1);
}
