/**
 * Accounts end to end, against the real keychain (GNOME Keyring under dbus-run-session): add one of
 * each kind, edit, remove (its keychain entries go), theme, and a restart that finds it all as left.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, screenshotBothThemes, test } from '../fixtures';
import { addAccountThroughUi as addAccount, discardUnsavedChanges } from '../flows';
import { keychainEntriesHolding } from '../keychain-probe';

function dataDirHolds(dir: string, text: string): boolean {
  return readdirSync(dir).some((name) => readFileSync(join(dir, name)).includes(Buffer.from(text)));
}

test('add, edit and remove accounts of both kinds; secrets only in the keychain', async ({ page, dataDir }) => {
  const ionosPassword = `ionos-${randomBytes(6).toString('hex')}`;
  const hostbillPassword = `hostbill-${randomBytes(6).toString('hex')}`;

  await page.getByRole('button', { name: 'Add your first account' }).click();
  const first = page.getByRole('dialog', { name: 'Add an account' });
  await first.getByRole('button', { name: 'Add account' }).click();
  await expect(first.getByText('Enter a label')).toBeVisible();
  await first.getByLabel('API address').fill('http://portal.example.com/api');
  await first.getByRole('button', { name: 'Add account' }).click();
  await expect(first.getByText(/Use https:\/\//)).toBeVisible();
  await screenshotBothThemes(page, 'account-form-errors');
  // The form was edited: Cancel asks before dropping that.
  await first.getByRole('button', { name: 'Cancel' }).click();
  await discardUnsavedChanges(page);
  await expect(first).toBeHidden();

  await addAccount(page, {
    kind: 'IONOS Reseller',
    label: 'IONOS production',
    url: 'https://api.ionos.com/reseller/v2',
    username: 'reseller@example.com',
    secret: ionosPassword,
  });
  await page.getByRole('link', { name: 'Accounts' }).click();
  await addAccount(page, {
    kind: 'HostBill portal',
    label: 'Portal',
    url: 'https://portal.example.com/api',
    method: 'Username and password (Basic)',
    username: 'me@example.com',
    secret: hostbillPassword,
  });

  const list = page.getByRole('list', { name: 'Accounts' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem', { name: 'IONOS production' }).getByText('Secret stored')).toBeVisible();
  await screenshotBothThemes(page, 'accounts');

  expect(await keychainEntriesHolding(ionosPassword)).toEqual([expect.stringMatching(/^[0-9a-f-]{36}:password$/)]);
  expect(await keychainEntriesHolding(hostbillPassword)).toHaveLength(1);
  expect(dataDirHolds(dataDir, ionosPassword)).toBe(false);
  expect(dataDirHolds(dataDir, hostbillPassword)).toBe(false);
  const rendererState = await page.evaluate(
    () => document.documentElement.outerHTML + JSON.stringify(localStorage) + JSON.stringify(sessionStorage),
  );
  expect(rendererState).not.toContain(ionosPassword);
  expect(rendererState).not.toContain(hostbillPassword);

  await list.getByRole('button', { name: 'Edit Portal' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Portal' });
  await expect(edit.getByLabel('Password')).toHaveValue('');
  await edit.getByLabel('Label').fill('Portal (EU)');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(list.getByRole('listitem', { name: 'Portal (EU)' })).toBeVisible();
  expect(await keychainEntriesHolding(hostbillPassword)).toHaveLength(1);

  await list.getByRole('button', { name: 'Remove IONOS production' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove IONOS production?' });
  await expect(confirm).toContainText('deleted from the keychain');
  await confirm.getByRole('button', { name: 'Remove account' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  expect(await keychainEntriesHolding(ionosPassword)).toEqual([]);

  await list.getByRole('button', { name: 'Remove Portal (EU)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove account' }).click();
  // The removal runs in main after the click: wait for it rather than read the keychain at once.
  await expect.poll(() => keychainEntriesHolding(hostbillPassword)).toEqual([]);
});

test('theme and accounts survive a reload and a restart of the app', async ({ page, restartHost }) => {
  await addAccount(page, {
    kind: 'IONOS Reseller',
    label: 'Kept account',
    url: 'https://api.ionos.com/reseller/v2',
    username: 'keep@example.com',
    secret: 'keep-me-123',
  });
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await screenshotBothThemes(page, 'settings');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  const run = await restartHost();
  await page.goto(run.host.url);
  await page.getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('listitem', { name: 'Kept account' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The sidebar lists the account with its areas: no "active account" to pick.
  await expect(
    page.getByRole('region', { name: /Kept account/ }).getByRole('link', { name: 'Contracts' }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Same as the system' }).check();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  await page.getByRole('link', { name: 'About' }).click();
  await expect(page.getByText('Browser host')).toBeVisible();
  await screenshotBothThemes(page, 'about');
});
