import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../common/channels/app';
import { buildMenuTemplate, flattenMenu } from './menu-template';

function build(platform: NodeJS.Platform, isDev = false) {
  const sent: MenuCommand[] = [];
  const calls: string[] = [];
  const template = buildMenuTemplate({
    platform,
    isDev,
    appName: 'Reseller Console',
    actions: {
      send: (command) => sent.push(command),
      checkForUpdates: () => calls.push('updates'),
      openLogsFolder: () => calls.push('logs'),
      copyDiagnostics: () => calls.push('diagnostics'),
    },
  });
  return { template, sent, calls, flat: flattenMenu(template) };
}

function click(template: MenuItemConstructorOptions[], path: string): void {
  const [top, ...rest] = path.split(' > ');
  let items = template;
  let item = items.find((candidate) => candidate.label?.replace(/&(?!&)/g, '') === top);
  for (const label of rest) {
    items = item?.submenu as MenuItemConstructorOptions[];
    item = items.find((candidate) => candidate.label?.replace(/&(?!&)/g, '') === label);
  }
  if (!item?.click) throw new Error(`no clickable item ${path}`);
  (item.click as () => void)();
}

const accelerator = (flat: ReturnType<typeof build>['flat'], path: string) =>
  flat.find((item) => item.path === path)?.accelerator;

describe('application menu', () => {
  it('has File, Edit, View, Window, Help on Windows and Linux, with the app menu first on macOS', () => {
    expect(build('linux').template.map((menu) => menu.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    expect(build('win32').template.map((menu) => menu.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    const mac = build('darwin');
    expect(mac.template.map((menu) => menu.label)).toEqual([
      'Reseller Console',
      '&File',
      '&Edit',
      '&View',
      '&Window',
      '&Help',
    ]);
    const appItems = mac.flat.filter((item) => item.path.startsWith('Reseller Console > ')).map((item) => item.path);
    expect(appItems).toEqual(
      expect.arrayContaining([
        'Reseller Console > About Reseller Console',
        'Reseller Console > Settings…',
        'Reseller Console > Check for Updates…',
        'Reseller Console > quit',
      ]),
    );
  });

  it('binds the accelerators: areas 1–9, refresh, find, palette, settings, accounts', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const { flat } = build(platform);
      expect(accelerator(flat, 'View > Contracts')).toBe('CmdOrCtrl+1');
      expect(accelerator(flat, 'View > Services & VMs')).toBe('CmdOrCtrl+2');
      expect(accelerator(flat, 'View > Portal Account')).toBe('CmdOrCtrl+9');
      expect(accelerator(flat, 'View > Refresh')).toBe('CmdOrCtrl+R');
      expect(accelerator(flat, 'Edit > Find in List')).toBe('CmdOrCtrl+F');
      expect(accelerator(flat, 'Edit > Command Palette…')).toBe('CmdOrCtrl+K');
      expect(accelerator(flat, 'File > Accounts')).toBe('CmdOrCtrl+Shift+A');
      const settingsPath = platform === 'darwin' ? 'Reseller Console > Settings…' : 'File > Settings';
      expect(accelerator(flat, settingsPath)).toBe('CmdOrCtrl+,');
    }
  });

  it('never binds one accelerator twice', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      for (const isDev of [false, true]) {
        const used = build(platform, isDev)
          .flat.map((item) => item.accelerator)
          .filter(Boolean);
        expect(new Set(used).size).toBe(used.length);
      }
    }
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => build('linux', isDev).flat.map((item) => item.role);
    expect(roles(false)).not.toContain('forceReload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['forceReload', 'toggleDevTools']));
  });

  it('sends one menu command per renderer action and runs the main-side actions', () => {
    const { template, sent, calls } = build('linux');
    click(template, 'View > DNS');
    click(template, 'View > Refresh');
    click(template, 'Edit > Find in List');
    click(template, 'Edit > Command Palette…');
    click(template, 'File > Settings');
    click(template, 'Help > About Reseller Console');
    expect(sent).toEqual(['go:dns', 'refresh', 'focus-search', 'command-palette', 'settings', 'about']);
    click(template, 'Help > Check for Updates…');
    click(template, 'Help > Open Logs Folder');
    click(template, 'Help > Copy Diagnostics');
    expect(calls).toEqual(['updates', 'logs', 'diagnostics']);
  });
});
