/** Electron entry: lifecycle, protocol, window, menu, updates and the wiring of the core. Wiring only. */
import { join } from 'node:path';
import { app, clipboard, Menu, nativeTheme, net, shell, type BrowserWindow } from 'electron';
import type { Settings } from '../common/models/settings';
import { createAppCore, type AppCore } from './core';
import { createFileLogger, type FileLogger } from './logging/file-logger';
import { installProcessGuards } from './process-guards';
import { createKeytarStore } from './secrets/keytar-store';
import { createElectronUpdater } from './updates/electron-updater-port';
import { createMainWindow, hardenSession } from './window/create-window';
import { createDialogFilesPort } from './window/files-port';
import { attachIpc } from './window/ipc-transport';
import { buildMenuTemplate } from './window/menu-template';
import { registerAppScheme, serveRenderer } from './window/protocol';
import { createWindowBoundsFile } from './window/window-bounds-file';

const APP_NAME = 'Reseller Console';

app.setAppUserModelId('com.resellerconsole.app');
// Tests (and people running two profiles) point the app at another data folder.
if (process.env.RC_USER_DATA_DIR) app.setPath('userData', process.env.RC_USER_DATA_DIR);
registerAppScheme();

let core: AppCore | null = null;
let mainWindow: BrowserWindow | null = null;
let logger: FileLogger | null = null;

if (!app.requestSingleInstanceLock()) {
  // Another instance runs: it focuses its window ('second-instance' there) and this one leaves
  // before touching the cache.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // The cache is closed (WAL checkpointed, syncs settled) before the process may end.
  app.on('will-quit', (event) => {
    const closing = core;
    if (!closing) return;
    core = null;
    event.preventDefault();
    void closing
      .close()
      .catch(() => logger?.error('app', 'closing the cache failed'))
      .finally(() => app.quit());
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  void start();
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession();
  serveRenderer(join(import.meta.dirname, '../renderer'));
  const userData = app.getPath('userData');
  const logsDir = join(userData, 'logs');
  const log = createFileLogger({ dir: logsDir, console: !app.isPackaged });
  logger = log;
  // A stray rejection (a background sync, a port) is logged, never the end of the app.
  installProcessGuards(log);
  log.info('app', `starting ${app.getVersion()} on Electron ${process.versions.electron ?? '?'}`);
  const started = await createAppCore({
    dataDir: userData,
    secrets: createKeytarStore(),
    // Electron's net.fetch goes through Chromium's network stack: system proxy settings apply.
    fetch: (url, init) => net.fetch(url, init),
    host: 'electron',
    version: app.getVersion(),
    logger: log,
    files: createDialogFilesPort(),
    startDemoSandbox: async () => (await import('../sandbox/demo')).startDemoSandbox(),
    // Development builds never update themselves.
    updater: app.isPackaged ? await createElectronUpdater(log) : undefined,
  });
  core = started;
  const settings = await started.dispatch('settings.get', undefined);
  if (settings.ok) nativeTheme.themeSource = (settings.value as Settings).theme;

  const bounds = createWindowBoundsFile(userData);
  const window = createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    storedState: bounds.read(),
    saveState: bounds.write,
  });
  mainWindow = window;
  attachIpc(started, window, { onSettings: (next) => (nativeTheme.themeSource = next.theme) });

  const template = buildMenuTemplate({
    platform: process.platform,
    isDev: !app.isPackaged,
    appName: APP_NAME,
    actions: {
      send: (command) => started.events.emit('menu.command', { command }),
      checkForUpdates: () => {
        // The outcome shows in Settings (never a dialog): check, then open Settings.
        void started.dispatch('updates.check', undefined);
        started.events.emit('menu.command', { command: 'settings' });
      },
      openLogsFolder: () => void shell.openPath(logsDir),
      copyDiagnostics: () =>
        void started.dispatch('app.diagnostics', undefined).then((result) => {
          if (result.ok) clipboard.writeText(result.value as string);
        }),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
