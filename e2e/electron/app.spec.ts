/**
 * The same journeys in the real Electron app. They need the Electron binary and `npm run build`;
 * where the binary is absent they skip and say why.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { channelNames } from '../../common/contract';
import { findElectron } from './electron-binary';

const found = findElectron();
test.skip('missing' in found, `Electron tests skipped: ${'missing' in found ? found.missing : ''}`);

test('the app window is sandboxed, exposes exactly the contract and starts on the welcome screen', async () => {
  if (!('path' in found)) return;
  const userData = mkdtempSync(join(tmpdir(), 'rc-electron-'));
  const app = await electron.launch({
    executablePath: found.path,
    args: [resolve(import.meta.dirname, '../../out/main/index.js')],
    env: { ...process.env, RC_USER_DATA_DIR: userData },
  });
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { name: 'Welcome to Reseller Console' })).toBeVisible();
  const shape = await window.evaluate(() => ({
    origin: location.origin,
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    channels: Object.keys((window as unknown as { api: object }).api),
  }));
  expect(shape.origin).toBe('app://reseller-console');
  expect(shape.require).toBe('undefined');
  expect(shape.process).toBe('undefined');
  expect(shape.channels).toContain('on');
  expect(channelNames.length).toBeGreaterThan(0);
  await app.close();
});
