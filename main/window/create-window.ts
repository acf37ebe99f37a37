/**
 * The one BrowserWindow and every guard Electron's security checklist asks for: sandboxed,
 * isolated renderer without Node; navigation and new windows denied (https links go to the system
 * browser); all permission requests denied; no <webview>.
 */
import { BrowserWindow, screen, session, shell } from 'electron';
import { externalUrlToOpen } from './navigation-guard';
import { APP_ORIGIN } from './sender-guard';
import { DEFAULT_BOUNDS, restorableBounds, type WindowBounds } from './window-state';

export interface WindowOptions {
  readonly preloadPath: string;
  readonly storedBounds: unknown;
  readonly saveBounds: (bounds: WindowBounds) => void;
}

export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const restored = restorableBounds(
    options.storedBounds,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...(restored ?? DEFAULT_BOUNDS),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Reseller Console',
    backgroundColor: '#0f1115',
    webPreferences: {
      preload: options.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  if (restored?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  const contents = window.webContents;
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    const external = externalUrlToOpen(url);
    if (external) void shell.openExternal(external);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external) void shell.openExternal(external);
    return { action: 'deny' };
  });

  const save = () => {
    if (window.isDestroyed()) return;
    options.saveBounds({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  };
  window.on('resized', save);
  window.on('moved', save);
  window.on('close', save);

  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
