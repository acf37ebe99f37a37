/**
 * The desktop parts that also reach the browser host: Settings › Updates says plainly that updates
 * do not happen here, and the diagnostics text names nothing about the user.
 */
import { expect, screenshotBothThemes, test } from '../fixtures';
import { addAccountThroughUi as addAccount } from '../flows';

test('Settings shows that updates are not available in the browser host, with no controls', async ({ page }) => {
  await page.getByRole('link', { name: 'Settings' }).click();
  const updates = page.getByRole('group', { name: 'Updates' });
  await expect(updates.getByRole('status')).toHaveText('Updates are not available here: not in the browser host.');
  await expect(updates.getByRole('button')).toHaveCount(0);
  await expect(updates.getByRole('checkbox')).toHaveCount(0);
  await screenshotBothThemes(page, 'settings-updates');
});

test('diagnostics count the accounts by kind and hold no label, URL, username or secret', async ({ page, dataDir }) => {
  await addAccount(page, {
    kind: 'IONOS Reseller',
    label: 'Diagnostics Probe Ltd',
    url: 'https://api.ionos.com/reseller/v2',
    username: 'probe@example.com',
    secret: 'probe-secret-987',
  });
  const text = await page.evaluate(async () => {
    const api = (window as unknown as { api: { app: { diagnostics(): Promise<{ ok: boolean; value: string }> } } }).api;
    return (await api.app.diagnostics()).value;
  });
  expect(text).toMatch(/^Reseller Console diagnostics\n/);
  expect(text).toContain('App: ');
  expect(text).toContain('(browser)');
  expect(text).toContain('Accounts: ionos-reseller 1');
  for (const secret of ['Diagnostics Probe', 'api.ionos.com', 'probe@example.com', 'probe-secret-987', dataDir]) {
    expect(text).not.toContain(secret);
  }
});

test('menu commands from main reach the shell through the one menu.command event', async ({ page, hostRun }) => {
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  // Events are not queued for a page whose event stream is not connected yet: send until it is.
  await expect(async () => {
    hostRun.core.events.emit('menu.command', { command: 'settings' });
    await expect(page).toHaveURL(/#\/settings$/, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  hostRun.core.events.emit('menu.command', { command: 'about' });
  await expect(page).toHaveURL(/#\/about$/);
  // No account yet: "go to" has nowhere to go and changes nothing.
  hostRun.core.events.emit('menu.command', { command: 'go:services' });
  await page.waitForTimeout(200);
  await expect(page).toHaveURL(/#\/about$/);
});

test('About copies the diagnostics to the clipboard', async ({ page, context, hostRun }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: hostRun.host.url });
  await page.getByRole('link', { name: 'About' }).click();
  await page.getByRole('button', { name: 'Copy diagnostics' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Reseller Console diagnostics\n/);
  expect(copied).toContain('Accounts: none');
  await screenshotBothThemes(page, 'about-diagnostics');
});
