/**
 * electron-updater behind the UpdaterPort. Loaded only in a packaged app (it reads
 * app-update.yml, which electron-builder writes from `publish` in electron-builder.yml).
 * `checkForUpdates`, not `checkForUpdatesAndNotify`: the app shows state in Settings, no pop-ups.
 */
import type { Logger } from '../logger';
import type { UpdaterEvent, UpdaterPort } from './updater-port';

export async function createElectronUpdater(logger: Logger): Promise<UpdaterPort> {
  const { autoUpdater } = (await import('electron-updater')).default;
  autoUpdater.autoDownload = true;
  // Offered, never forced: an update the user did not restart for installs at the next quit.
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.logger = {
    info: (message?: unknown) => logger.info('updates', String(message)),
    warn: (message?: unknown) => logger.warn('updates', String(message)),
    error: (message?: unknown) => logger.error('updates', String(message)),
  };
  return {
    async check() {
      await autoUpdater.checkForUpdates();
    },
    quitAndInstall: () => autoUpdater.quitAndInstall(),
    onEvent(listener: (event: UpdaterEvent) => void) {
      const handlers = {
        'checking-for-update': () => listener({ type: 'checking' }),
        'update-available': (info: { version: string }) => listener({ type: 'available', version: info.version }),
        'update-not-available': () => listener({ type: 'not-available' }),
        'download-progress': (progress: { percent: number }) =>
          listener({ type: 'progress', percent: progress.percent }),
        'update-downloaded': (info: { version: string }) => listener({ type: 'downloaded', version: info.version }),
        error: (error: Error) => listener({ type: 'error', message: error.message }),
      } as const;
      for (const [name, handler] of Object.entries(handlers)) autoUpdater.on(name as 'error', handler as never);
      return () => {
        for (const [name, handler] of Object.entries(handlers)) autoUpdater.off(name as 'error', handler as never);
      };
    },
  };
}
