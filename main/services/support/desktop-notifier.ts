/**
 * The desktop-notification port. In Electron main shows the system notification itself; in the
 * browser host there is no desktop here, so the notice goes to the page, which shows it with the
 * Notification API when the user allowed it (and otherwise shows nothing). A click brings the
 * window forward and opens the notice's route in both.
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

export interface DesktopNotifierOptions {
  /** Whether this is Electron's main process (the OS shows the notice) or the browser host (the page does). */
  readonly inElectron?: boolean;
  /** Electron's module; tests pass a stand-in for the OS's notification centre. */
  readonly loadElectron?: () => Promise<unknown>;
}

export function createDesktopNotifier(events: EventBus, options: DesktopNotifierOptions = {}): DesktopNotifier {
  const inElectron = options.inElectron ?? Boolean(process.versions.electron);
  if (!inElectron) return { show: (notice) => events.emit('notifications.desktop', notice) };
  let electron: ElectronNotificationModule | null = null;
  const loadElectron = options.loadElectron ?? (() => import('electron'));
  void loadElectron().then(
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
        // The window opens what the notice is about (the ticket, the invoice), as the page's own do.
        if (notice.href) events.emit('notifications.open', { href: notice.href });
      });
      shown.show();
    },
  };
}
