/**
 * Drives the built main process inside the stand-in: fires 'ready', waits for the window, menu and
 * IPC handlers, then exercises what only the shell does and writes a JSON report to
 * $RC_BOOT_REPORT for main/boot.test.ts to check. Every wait is bounded.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const standIn = await import(new URL('./electron.ts', import.meta.url).href);
const { app, fireReady, record, standInEvent } = standIn;

async function waitFor(what: string, ready: () => boolean, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > until) throw new Error(`boot driver: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

interface MenuItem {
  label?: string;
  role?: string;
  accelerator?: string;
  type?: string;
  click?: () => void;
  submenu?: MenuItem[];
}
function menuItems(items: MenuItem[], parent = ''): { path: string; item: MenuItem }[] {
  return items.flatMap((item) => {
    if (item.type === 'separator') return [];
    const path = `${parent}${parent ? ' > ' : ''}${(item.label ?? item.role ?? '').replace(/&(?!&)/g, '')}`;
    return [{ path, item }, ...(item.submenu ? menuItems(item.submenu, path) : [])];
  });
}

async function fetchApp(path: string) {
  const handler = record.protocolHandlers.get('app');
  if (!handler) return null;
  const response: Response = await handler(new Request(`app://reseller-console${path}`));
  const body = await response.text();
  return {
    path,
    status: response.status,
    csp: response.headers.get('content-security-policy'),
    type: response.headers.get('content-type'),
    hasRoot: body.includes('<div id="root">'),
    leaksPackageJson: body.includes('"devDependencies"'),
  };
}

async function run() {
  const report: Record<string, unknown> = {};
  report.beforeReady = { calls: [...record.calls], privilegedSchemes: record.privilegedSchemes };
  if (record.calls.includes('app.quit')) {
    // Second instance: it must leave without opening a window or the cache.
    await new Promise((resolve) => setTimeout(resolve, 300));
    fireReady();
    await new Promise((resolve) => setTimeout(resolve, 300));
    report.secondInstance = { windows: record.windows.length, handlers: record.ipcHandlers.size };
    return report;
  }
  fireReady();
  await waitFor('the menu, the window and the IPC handlers', () => record.menuTemplate !== null);
  const window = record.windows[0];
  report.windows = record.windows.length;
  report.webPreferences = window?.options.webPreferences;
  report.windowOptions = {
    minWidth: window?.options.minWidth,
    minHeight: window?.options.minHeight,
    show: window?.options.show,
    backgroundColor: window?.options.backgroundColor,
  };
  report.loadedUrls = window?.loadedUrls;
  report.permissions = {
    request: await new Promise(
      (resolve) => record.permissionRequestHandler?.(null, 'media', resolve) ?? resolve('no handler'),
    ),
    check: record.permissionCheckHandler?.(null, 'media') ?? 'no handler',
  };
  const webview = standInEvent();
  window?.webContents.emit('will-attach-webview', webview, {}, {});
  const navigation = standInEvent();
  window?.webContents.emit('will-navigate', navigation, 'https://evil.example/');
  report.guards = {
    webviewPrevented: webview.defaultPrevented,
    navigationPrevented: navigation.defaultPrevented,
    windowOpen: window?.webContents.windowOpenHandler?.({ url: 'https://evil.example/' }) ?? null,
  };

  report.protocol = await Promise.all(
    [
      '/index.html',
      '/',
      '/../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/..%2f..%2fpackage.json',
      '/..%5c..%5cpackage.json',
      '/missing.js',
    ].map(fetchApp),
  );

  report.handlers = [...record.ipcHandlers.keys()];
  const invoke = async (frame: unknown) => record.ipcHandlers.get('app.info')?.({ senderFrame: frame }, undefined);
  report.ipc = {
    trusted: await invoke({ url: 'app://reseller-console/index.html', parent: null }),
    foreignOrigin: await invoke({ url: 'https://evil.example/', parent: null }),
    subFrame: await invoke({ url: 'app://reseller-console/index.html', parent: { url: 'app://reseller-console/' } }),
    noFrame: await invoke(null),
  };

  const items = menuItems(record.menuTemplate as MenuItem[]);
  report.menu = items.map(({ path, item }) => ({
    path,
    accelerator: item.accelerator ?? null,
    role: item.role ?? null,
  }));
  items.find(({ path }) => path === 'View > Refresh')?.item.click?.();
  items.find(({ path }) => path === 'Help > Copy Diagnostics')?.item.click?.();
  await waitFor('the diagnostics on the clipboard', () => record.clipboard.length > 0, 5_000).catch(() => undefined);
  report.menuEvents = window?.webContents.sent.filter(
    (sent: { channel: string }) => sent.channel === 'event:menu.command',
  );
  report.clipboard = record.clipboard;

  window?.calls.splice(0);
  app.emit('second-instance', standInEvent(), [], process.cwd());
  report.secondInstanceFocus = [...(window?.calls ?? [])];

  const cache = join(app.getPath('userData'), 'cache.db');
  report.cacheOpenBeforeQuit = { db: existsSync(cache), wal: existsSync(`${cache}-wal`) };
  app.quit();
  await waitFor('the app to quit', () => record.exited, 10_000).catch(() => undefined);
  report.quit = { events: record.quitEvents, exited: record.exited, walAfter: existsSync(`${cache}-wal`) };
  return report;
}

setTimeout(() => {
  run()
    .then((report) => writeFileSync(process.env.RC_BOOT_REPORT ?? 'boot-report.json', JSON.stringify(report, null, 2)))
    .catch((error: unknown) => {
      process.stderr.write(`boot driver failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    })
    .finally(() => setTimeout(() => process.exit(), 50));
}, 0);
