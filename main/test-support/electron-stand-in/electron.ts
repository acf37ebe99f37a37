/**
 * RECORDING STAND-IN FOR THE `electron` MODULE, for the boot test only (main/boot.test.ts).
 * No Electron binary can be installed here, so the built main process runs in plain Node with
 * this module in place of `electron` (see register.ts). It implements just what main/ calls and
 * records it, so the test can check what the shell asked Electron to do. It is not Electron:
 * nothing here says whether Electron itself honours those settings.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The stand-in mirrors Electron's loose callback signatures.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (...args: any[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.off(name, wrapped);
      return listener(...args);
    };
    return this.on(name, wrapped);
  }
  off(name: string, listener: Listener): this {
    this.listeners.set(
      name,
      (this.listeners.get(name) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  removeListener(name: string, listener: Listener): this {
    return this.off(name, listener);
  }
  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(...args);
  }
}

export interface StandInEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}
export function standInEvent(extra: object = {}): StandInEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
    ...extra,
  };
}

/** Everything the shell asked for, read by the driver. */
export const record = {
  readyFired: false,
  calls: [] as string[],
  privilegedSchemes: [] as { schemes: unknown; beforeReady: boolean }[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  ipcHandlers: new Map<string, Listener>(),
  windows: [] as BrowserWindow[],
  menuTemplate: null as unknown[] | null,
  permissionRequestHandler: null as Listener | null,
  permissionCheckHandler: null as Listener | null,
  quitEvents: [] as { prevented: boolean }[],
  exited: false,
  clipboard: [] as string[],
};

let resolveReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => (resolveReady = resolve));

const paths: Record<string, string> = {};

class StandInApp extends Emitter {
  readonly isPackaged = false;
  readonly name = 'Reseller Console';
  setAppUserModelId(id: string): void {
    record.calls.push(`app.setAppUserModelId ${id}`);
  }
  setPath(name: string, value: string): void {
    paths[name] = value;
  }
  getPath(name: string): string {
    // Only when the test did not set RC_USER_DATA_DIR (main passes it to setPath).
    paths.userData ??= mkdtempSync(join(tmpdir(), 'rc-stand-in-'));
    return paths[name] ?? join(paths.userData, name);
  }
  getVersion(): string {
    return '0.0.0-stand-in';
  }
  whenReady(): Promise<void> {
    return ready;
  }
  isReady(): boolean {
    return record.readyFired;
  }
  requestSingleInstanceLock(): boolean {
    record.calls.push('app.requestSingleInstanceLock');
    return process.env.RC_STAND_IN_LOCK !== 'held-elsewhere';
  }
  /** Like Electron: before-quit, will-quit (which a listener may prevent), then quit. */
  quit(): void {
    record.calls.push('app.quit');
    this.emit('before-quit', standInEvent());
    const event = standInEvent();
    this.emit('will-quit', event);
    record.quitEvents.push({ prevented: event.defaultPrevented });
    if (!event.defaultPrevented) {
      record.exited = true;
      this.emit('quit', standInEvent(), 0);
    }
  }
  exit(): void {
    record.calls.push('app.exit');
    record.exited = true;
  }
}
export const app = new StandInApp();

/** Called by the driver: Electron's 'ready'. */
export function fireReady(): void {
  record.readyFired = true;
  resolveReady();
  app.emit('ready');
}

class StandInWebContents extends Emitter {
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: Listener | null = null;
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
}

const DISPLAY = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  scaleFactor: 1,
};

export class BrowserWindow extends Emitter {
  readonly webContents = new StandInWebContents();
  readonly loadedUrls: string[] = [];
  readonly calls: string[] = [];
  backgroundColor: string;
  private destroyed = false;
  private minimized = false;
  private maximized = false;
  readonly options: Record<string, unknown>;
  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    this.backgroundColor = String(options.backgroundColor);
    record.windows.push(this);
  }
  static getAllWindows(): BrowserWindow[] {
    return record.windows;
  }
  static getFocusedWindow(): BrowserWindow | null {
    return record.windows[0] ?? null;
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    setImmediate(() => this.emit('ready-to-show'));
  }
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
  isMaximized = () => this.maximized;
  minimize = () => void (this.minimized = true);
  maximize = () => void (this.maximized = true);
  restore = () => void (this.calls.push('restore'), (this.minimized = false));
  show = () => void this.calls.push('show');
  focus = () => void this.calls.push('focus');
  setBackgroundColor = (color: string) => void (this.backgroundColor = color);
  getNormalBounds = () => ({
    x: Number(this.options.x ?? 0),
    y: Number(this.options.y ?? 0),
    width: 1280,
    height: 820,
  });
}

export const ipcMain = Object.assign(new Emitter(), {
  handle(channel: string, handler: Listener): void {
    // Electron throws on a second handler for one channel; so does the stand-in.
    if (record.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    record.ipcHandlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    record.ipcHandlers.delete(channel);
  },
});

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown): void {
    record.privilegedSchemes.push({ schemes, beforeReady: !record.readyFired });
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    record.protocolHandlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: Listener) => void (record.permissionRequestHandler = handler),
    setPermissionCheckHandler: (handler: Listener) => void (record.permissionCheckHandler = handler),
  },
};

export const screen = {
  getAllDisplays: () => [DISPLAY],
  getPrimaryDisplay: () => DISPLAY,
  getDisplayMatching: () => DISPLAY,
};

export const nativeTheme = Object.assign(new Emitter(), {
  themeSource: 'system',
  get shouldUseDarkColors(): boolean {
    return this.themeSource === 'dark' || (this.themeSource === 'system' && process.env.RC_STAND_IN_DARK === '1');
  },
});

export const net = { fetch: (url: string, init?: RequestInit) => fetch(url, init) };
export const shell = {
  openExternal: async (url: string) => void record.calls.push(`shell.openExternal ${url}`),
  openPath: async (path: string) => (record.calls.push(`shell.openPath ${path}`), ''),
};
export const dialog = {
  showSaveDialog: async () => (record.calls.push('dialog.showSaveDialog'), { canceled: true, filePath: undefined }),
};
export const clipboard = { writeText: (text: string) => void record.clipboard.push(text) };

export const Menu = {
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu: (menu: { template: unknown[] } | null) => void (record.menuTemplate = menu?.template ?? null),
};

export default {
  app,
  BrowserWindow,
  ipcMain,
  protocol,
  session,
  screen,
  nativeTheme,
  net,
  shell,
  dialog,
  clipboard,
  Menu,
};
