/**
 * The one BrowserWindow and every guard Electron's security checklist asks for: sandboxed,
 * isolated renderer without Node; navigation and new windows denied (https links go to the system
 * browser); all permission requests denied; no <webview>.
 */
import { BrowserWindow, dialog, nativeTheme, screen, session, shell } from 'electron';
import { externalUrlToOpen } from './navigation-guard';
import { APP_ORIGIN } from './sender-guard';
import { windowBackground } from './theme';
import { MIN_HEIGHT, MIN_WIDTH, placeWindow, rememberBounds, type StoredWindowState } from './window-state';

export interface WindowOptions {
  readonly preloadPath: string;
  readonly storedState: unknown;
  readonly saveState: (state: StoredWindowState) => void;
}

export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const placed = placeWindow(options.storedState, screen.getAllDisplays(), screen.getPrimaryDisplay());
  const { maximized, ...bounds } = placed;
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: 'Reseller Console',
    // themeSource is set from Settings before this: the frame and the first paint match the theme.
    backgroundColor: windowBackground(nativeTheme.shouldUseDarkColors),
    webPreferences: {
      preload: options.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      // Middle-click cannot open windows either (new windows are denied below anyway).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  const followTheme = () => {
    if (!window.isDestroyed()) window.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors));
  };
  nativeTheme.on('updated', followTheme);
  window.on('closed', () => nativeTheme.off('updated', followTheme));

  const contents = window.webContents;
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    const external = externalUrlToOpen(url);
    if (external) void shell.openExternal(external);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // A form with unsaved edits cancels `beforeunload` (renderer lib/use-unsaved-changes); Electron then
  // closes or reloads nothing and asks nobody, so the question is asked here. preventDefault = leave.
  contents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Discard changes', 'Keep editing'],
      defaultId: 1,
      cancelId: 1,
      message: 'Discard unsaved changes?',
      detail: 'What you changed on a form has not been saved. It is lost if you go on.',
    });
    if (choice === 0) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external) void shell.openExternal(external);
    return { action: 'deny' };
  });

  let stored = options.storedState;
  const save = () => {
    if (window.isDestroyed()) return;
    const normal = window.getNormalBounds();
    stored = rememberBounds(stored, { ...normal, maximized: window.isMaximized() }, screen.getDisplayMatching(normal));
    options.saveState(stored as StoredWindowState);
  };
  window.on('resized', save);
  window.on('moved', save);
  window.on('maximize', save);
  window.on('unmaximize', save);
  window.on('close', save);

  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
