/** Electron entry: lifecycle, protocol, window and the wiring of the core. Wiring only. */
import { join } from 'node:path';
import { app, net } from 'electron';
import { createAppCore, type AppCore } from './core';
import { createConsoleLogger } from './logger';
import { createKeytarStore } from './secrets/keytar-store';
import { createWindowBoundsFile } from './window/window-bounds-file';
import { attachIpc } from './window/ipc-transport';
import { createMainWindow, hardenSession } from './window/create-window';
import { createDialogFilesPort } from './window/files-port';
import { registerAppScheme, serveRenderer } from './window/protocol';

app.setAppUserModelId('com.resellerconsole.app');
// Tests (and people running two profiles) point the app at another data folder.
if (process.env.RC_USER_DATA_DIR) app.setPath('userData', process.env.RC_USER_DATA_DIR);
registerAppScheme();
if (!app.requestSingleInstanceLock()) app.quit();

let core: AppCore | null = null;

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession();
  serveRenderer(join(import.meta.dirname, '../renderer'));
  const logger = createConsoleLogger();
  core = await createAppCore({
    dataDir: app.getPath('userData'),
    secrets: createKeytarStore(),
    // Electron's net.fetch goes through Chromium's network stack: system proxy settings apply.
    fetch: (url, init) => net.fetch(url, init),
    host: 'electron',
    version: app.getVersion(),
    logger,
    files: createDialogFilesPort(),
    startDemoSandbox: async () => (await import('../sandbox/demo')).startDemoSandbox(),
  });
  const bounds = createWindowBoundsFile(app.getPath('userData'));
  const window = createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    storedBounds: bounds.read(),
    saveBounds: bounds.write,
  });
  attachIpc(core, window);
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
}

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => void core?.close());
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void start();
