/**
 * The desktop-notification port. In Electron main shows the system notification itself; in the
 * browser host there is no desktop here, so the notice goes to the page, which shows it with the
 * Notification API when the user allowed it (and otherwise shows nothing).
 */
import type { DesktopNotice } from '../../../common/channels/notifications';
import type { EventBus } from '../event-bus';

export interface DesktopNotifier {
  show(notice: DesktopNotice): void;
}

interface ElectronNotificationModule {
  Notification: (new (options: { title: string; body: string; silent?: boolean }) => {
    show(): void;
    on(event: 'click', listener: () => void): void;
  }) & { isSupported(): boolean };
  BrowserWindow: { getAllWindows(): { show(): void; focus(): void }[] };
}

export function createDesktopNotifier(events: EventBus): DesktopNotifier {
  if (!process.versions.electron) return { show: (notice) => events.emit('notifications.desktop', notice) };
  let electron: ElectronNotificationModule | null = null;
  void import('electron').then(
    (module) => (electron = module as unknown as ElectronNotificationModule),
    () => (electron = null),
  );
  return {
    show(notice) {
      if (!electron?.Notification.isSupported()) return;
      // Title and body are plain text for the OS: portal text cannot become markup there.
      const shown = new electron.Notification({ title: notice.title.slice(0, 120), body: notice.body.slice(0, 300) });
      shown.on('click', () => {
        const window = electron?.BrowserWindow.getAllWindows()[0];
        window?.show();
        window?.focus();
      });
      shown.show();
    },
  };
}
