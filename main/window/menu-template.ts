/**
 * The application menu as data: the macOS app menu, or File/Edit/View/Window/Help elsewhere.
 * Pure (Electron's types only), so accelerators and what is shown in development are unit-tested.
 * Items that act in the renderer send one `menu.command`; the rest (updates, logs folder,
 * diagnostics) run in main.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_AREAS, type MenuArea, type MenuCommand } from '../../common/channels/app';

export interface MenuActions {
  readonly send: (command: MenuCommand) => void;
  readonly checkForUpdates: () => void;
  readonly openLogsFolder: () => void;
  readonly copyDiagnostics: () => void;
}

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  /** Reload and developer tools only in development. */
  readonly isDev: boolean;
  readonly appName: string;
  readonly actions: MenuActions;
}

const AREA_LABELS: Readonly<Record<MenuArea, string>> = {
  contracts: 'Contracts',
  services: 'Services && VMs',
  dns: 'DNS',
  invoices: 'Invoices',
  tickets: 'Tickets',
  notifications: 'Notifications',
  orders: 'Orders',
  contacts: 'Contacts',
  account: 'Portal Account',
};

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

export function buildMenuTemplate(options: MenuOptions): Item[] {
  const { actions } = options;
  const mac = options.platform === 'darwin';
  const command = (label: string, sent: MenuCommand, accelerator?: string): Item => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(sent),
  });
  const settings = command(mac ? 'Settings…' : 'Settings', 'settings', 'CmdOrCtrl+,');
  const checkForUpdates: Item = { label: 'Check for Updates…', click: actions.checkForUpdates };
  const about = command(`About ${options.appName}`, 'about');

  const appMenu: Item = {
    label: options.appName,
    submenu: [
      about,
      separator,
      settings,
      checkForUpdates,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const file: Item = {
    label: '&File',
    submenu: [
      command('Accounts', 'accounts', 'CmdOrCtrl+Shift+A'),
      ...(mac ? [] : [settings]),
      separator,
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: Item = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('Find in List', 'focus-search', 'CmdOrCtrl+F'),
      command('Command Palette…', 'command-palette', 'CmdOrCtrl+K'),
    ],
  };
  const view: Item = {
    label: '&View',
    submenu: [
      command('Refresh', 'refresh', 'CmdOrCtrl+R'),
      separator,
      ...MENU_AREAS.map((area, index) => command(AREA_LABELS[area], `go:${area}`, `CmdOrCtrl+${index + 1}`)),
      separator,
      ...(options.isDev
        ? ([
            { role: 'forceReload', accelerator: 'CmdOrCtrl+Shift+R' },
            { role: 'toggleDevTools', accelerator: mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' },
            separator,
          ] satisfies Item[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  const window: Item = {
    label: '&Window',
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };
  const help: Item = {
    label: '&Help',
    role: 'help',
    submenu: [
      { label: 'Copy Diagnostics', click: actions.copyDiagnostics },
      { label: 'Open Logs Folder', click: actions.openLogsFolder },
      ...(mac ? [] : [separator, checkForUpdates, separator, about]),
    ],
  };
  return mac ? [appMenu, file, edit, view, window, help] : [file, edit, view, window, help];
}

export interface FlatMenuItem {
  readonly path: string;
  readonly accelerator: string | null;
  readonly role: string | null;
}

/** Every item with its path ("View > Refresh"), for tests and the boot check. */
export function flattenMenu(template: readonly Item[], parent = ''): FlatMenuItem[] {
  return template.flatMap((item) => {
    if (item.type === 'separator') return [];
    const path = `${parent}${parent ? ' > ' : ''}${(item.label ?? item.role ?? '').replace(/&(?!&)/g, '')}`;
    const own: FlatMenuItem = {
      path,
      accelerator: typeof item.accelerator === 'string' ? item.accelerator : null,
      role: item.role ?? null,
    };
    const children = Array.isArray(item.submenu) ? flattenMenu(item.submenu, path) : [];
    return [own, ...children];
  });
}
