/**
 * Boot test of the built shell: runs out/main/index.js in plain Node with the recording stand-in
 * for `electron` (main/test-support/electron-stand-in/) and checks what only the shell does.
 * Builds once with electron-vite when out/ is missing or older than the sources.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../common/contract';
import { SECURITY_HEADERS } from '../common/csp';
import { WINDOW_BACKGROUND } from './window/theme';

const ROOT = resolve(import.meta.dirname, '..');
const BUILT = join(ROOT, 'out/main/index.js');
const SOURCES = ['main', 'common', 'preload', 'renderer/src', 'renderer/index.html', 'electron.vite.config.ts'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function buildIfStale(): void {
  const builtAt = existsSync(BUILT) && existsSync(join(ROOT, 'out/renderer/index.html')) ? statSync(BUILT).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((path) => newestMtime(join(ROOT, path))));
  if (builtAt > sourcesAt) return;
  execFileSync(join(ROOT, 'node_modules/.bin/electron-vite'), ['build'], { cwd: ROOT, stdio: 'pipe' });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Report = Record<string, any>;

function boot(env: Record<string, string> = {}): Report {
  const dir = mkdtempSync(join(tmpdir(), 'rc-boot-'));
  try {
    const reportFile = join(dir, 'report.json');
    const run = spawnSync(process.execPath, ['--import', './main/test-support/electron-stand-in/register.ts', BUILT], {
      cwd: ROOT,
      env: { ...process.env, RC_USER_DATA_DIR: join(dir, 'data'), RC_BOOT_REPORT: reportFile, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (run.status !== 0 || !existsSync(reportFile)) {
      throw new Error(`the built main process did not boot (status ${run.status}):\n${run.stderr}`);
    }
    return { ...(JSON.parse(readFileSync(reportFile, 'utf8')) as Report), dataDirFiles: readdirSync(dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let report: Report;
beforeAll(() => {
  buildIfStale();
  // The system is in dark mode: the window must open dark, before the renderer paints.
  report = boot({ RC_STAND_IN_DARK: '1' });
}, 120_000);

describe('the built shell (out/main/index.js under the electron stand-in)', () => {
  it('opens one window with the hardened webPreferences', () => {
    expect(report.windows).toBe(1);
    expect(report.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(report.webPreferences.preload).toMatch(/out\/preload\/index\.cjs$/);
    expect(report.webPreferences).not.toHaveProperty('nodeIntegrationInSubFrames', true);
    expect(report.webPreferences).not.toHaveProperty('allowRunningInsecureContent', true);
    expect(report.windowOptions).toMatchObject({ minWidth: 1024, minHeight: 640, show: false });
    expect(report.windowOptions.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
    expect(report.loadedUrls).toEqual(['app://reseller-console/index.html']);
  });

  it('denies permissions, webviews, navigation and new windows', () => {
    expect(report.permissions).toEqual({ request: false, check: false });
    expect(report.guards).toEqual({
      webviewPrevented: true,
      navigationPrevented: true,
      windowOpen: { action: 'deny' },
    });
  });

  it('registers app:// as privileged before ready and serves index.html with the CSP header', () => {
    expect(report.beforeReady.privilegedSchemes).toEqual([
      {
        beforeReady: true,
        schemes: [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }],
      },
    ]);
    const [index, root] = report.protocol;
    for (const page of [index, root]) {
      expect(page).toMatchObject({ status: 200, hasRoot: true, type: 'text/html; charset=utf-8' });
      expect(page.csp).toBe(SECURITY_HEADERS['content-security-policy']);
    }
  });

  it('refuses paths outside the renderer build', () => {
    const outside = report.protocol.slice(2);
    expect(outside.map((page: Report) => page.path)).toEqual([
      '/../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/..%2f..%2fpackage.json',
      '/..%5c..%5cpackage.json',
      '/missing.js',
    ]);
    for (const page of outside) expect(page).toMatchObject({ status: 404, leaksPackageJson: false, hasRoot: false });
  });

  it('has a handler for every contract channel and none extra', () => {
    expect([...report.handlers].sort()).toEqual([...channelNames].sort());
  });

  it('answers the app window and refuses a foreign origin, a sub-frame and a gone frame', () => {
    expect(report.ipc.trusted).toMatchObject({ ok: true, value: { host: 'electron' } });
    const refused = {
      ok: false,
      error: { kind: 'validation', message: 'This call did not come from the app window and was refused.' },
    };
    expect(report.ipc.foreignOrigin).toEqual(refused);
    expect(report.ipc.subFrame).toEqual(refused);
    expect(report.ipc.noFrame).toEqual(refused);
  });

  it('takes the single-instance lock before ready; a second launch focuses the window', () => {
    expect(report.beforeReady.calls).toContain('app.requestSingleInstanceLock');
    expect(report.secondInstanceFocus).toEqual(expect.arrayContaining(['show', 'focus']));
  });

  it('sets the menu with its accelerators; a menu item reaches the renderer as menu.command', () => {
    const accelerators = Object.fromEntries(
      report.menu.filter((item: Report) => item.accelerator).map((item: Report) => [item.path, item.accelerator]),
    );
    expect(accelerators).toMatchObject({
      'File > Accounts': 'CmdOrCtrl+Shift+A',
      'File > Settings': 'CmdOrCtrl+,',
      'Edit > Find in List': 'CmdOrCtrl+F',
      'Edit > Command Palette…': 'CmdOrCtrl+K',
      'View > Refresh': 'CmdOrCtrl+R',
      'View > Contracts': 'CmdOrCtrl+1',
      'View > Portal Account': 'CmdOrCtrl+9',
    });
    const paths = report.menu.map((item: Report) => item.path);
    expect(paths).toEqual(
      expect.arrayContaining(['Help > Check for Updates…', 'Help > Open Logs Folder', 'Help > Copy Diagnostics']),
    );
    expect(report.menuEvents).toEqual([{ channel: 'event:menu.command', payload: { command: 'refresh' } }]);
    expect(report.clipboard[0]).toMatch(/^Reseller Console diagnostics\n/);
  });

  it('closes the cache before the process quits', () => {
    expect(report.cacheOpenBeforeQuit).toEqual({ db: true, wal: true });
    // The first will-quit is held until the cache has closed, then the app quits again.
    expect(report.quit).toEqual({ events: [{ prevented: true }, { prevented: false }], exited: true, walAfter: false });
  });

  it('a second instance leaves at once: no window, no handlers, no cache', () => {
    const second = boot({ RC_STAND_IN_LOCK: 'held-elsewhere' });
    expect(second.secondInstance).toEqual({ windows: 0, handlers: 0 });
    expect(second.dataDirFiles).toEqual(['report.json']);
  });
});
