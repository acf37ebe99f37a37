/**
 * Admin users of a contract end to end, with an IONOS account signed in by API token: list, create
 * (strength feedback, the server's message beside the field it names), edit, and delete behind a
 * typed confirmation. Also the Contracts area's plain answer for a non-IONOS active account.
 */
import { startIonosSandbox, type IonosSandbox } from '../../sandbox/ionos/server';
import { expect, screenshotBothThemes, test } from '../fixtures';
import {
  addAccountThroughUi as addAccount,
  copiedText,
  discardUnsavedChanges,
  grantClipboard,
  type AccountFields,
} from '../flows';

const tokenAccount = (sandbox: IonosSandbox): AccountFields => ({
  kind: 'IONOS Reseller',
  label: 'IONOS Token',
  url: sandbox.url,
  method: 'API token (Bearer)',
  secret: sandbox.demo.token,
});

test('admin users: create, edit and delete, with the server’s messages beside the fields', async ({ page }) => {
  const sandbox = await startIonosSandbox({ contracts: 300 });
  try {
    // A HostBill account first: the sidebar lists only its own areas, no Contracts anywhere.
    await addAccount(page, {
      kind: 'HostBill portal',
      label: 'Portal',
      url: 'https://portal.example.com/api',
      method: 'Username and password (Basic)',
      username: 'me@example.com',
      secret: 'portal-secret',
    });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(
      nav.getByRole('region', { name: /Portal/ }).getByRole('link', { name: 'Services & VMs' }),
    ).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Contracts' })).toHaveCount(0);
    await nav.getByRole('link', { name: 'Accounts' }).click();
    await addAccount(page, {
      kind: 'IONOS Reseller',
      label: 'IONOS Token',
      url: sandbox.url,
      method: 'API token (Bearer)',
      secret: sandbox.demo.token,
    });
    await nav
      .getByRole('region', { name: /IONOS Token/ })
      .getByRole('link', { name: 'Contracts' })
      .click();

    // Open a contract that has admins, found by its number.
    const [contractId, seeded] = [...sandbox.state.admins.entries()].find(([, admins]) => admins.length >= 2)!;
    await page.getByRole('searchbox', { name: 'Search contracts' }).fill(contractId);
    const table = page.getByRole('table', { name: 'Contracts' });
    await table.getByRole('row').filter({ hasText: contractId }).first().click();
    const admins = page.getByRole('table', { name: 'Admin users' });
    await expect(admins.getByRole('row')).toHaveCount(seeded.length + 1);
    await admins.scrollIntoViewIfNeeded();
    await screenshotBothThemes(page, 'contract-admins');

    // Create: weak password feedback, then the server refuses an email already in use.
    await page.getByRole('button', { name: 'Add admin' }).click();
    const create = page.getByRole('dialog', { name: 'Add an admin user' });
    await create.getByLabel('First name').fill('Anna');
    await create.getByLabel('Last name').fill('Berg');
    await create.getByLabel('Email').fill(seeded[0]!.email.toUpperCase());
    await create.getByLabel('Password', { exact: true }).fill('abc');
    await expect(create.getByText('Too weak')).toBeVisible();
    await create.getByRole('button', { name: 'Add admin' }).click();
    await expect(create.getByText('Use at least 8 characters')).toHaveCount(2);
    await create.getByLabel('Password', { exact: true }).fill('Harbour-Lantern-2024');
    await expect(create.getByText(/Strength: (Good|Strong)/)).toBeVisible();
    await create.getByRole('button', { name: 'Add admin' }).click();
    await expect(create.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(create.getByText(/is already used by an admin of this contract/)).toBeVisible();
    await screenshotBothThemes(page, 'admin-create-server-error');
    await create.getByLabel('Email').fill('anna.berg@example.com');
    await create.getByRole('button', { name: 'Add admin' }).click();
    await expect(create).toBeHidden();
    await expect(admins.getByRole('row', { name: /Anna Berg/ })).toBeVisible();
    const created = sandbox.state.admins.get(contractId)!.find((a) => a.email === 'anna.berg@example.com')!;
    expect(created).toMatchObject({ firstName: 'Anna', lastName: 'Berg', password: 'Harbour-Lantern-2024' });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain('Harbour-Lantern-2024');

    // Edit: PATCH with all three fields.
    await admins.getByRole('button', { name: 'Edit Anna Berg' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Anna Berg' });
    await expect(edit.getByLabel('Password', { exact: true })).toHaveCount(0);
    await edit.getByLabel('Last name').fill('Lind');
    await edit.getByLabel('Email').fill('anna.lind@example.com');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit).toBeHidden();
    await expect(admins.getByRole('row', { name: /Anna Lind/ })).toContainText('anna.lind@example.com');
    expect(sandbox.state.findAdmin(contractId, created.id)).toMatchObject({
      lastName: 'Lind',
      email: 'anna.lind@example.com',
    });

    // The login (email) is one click from the clipboard.
    await grantClipboard(page);
    const copyLogin = admins.getByRole('button', { name: 'Copy login anna.lind@example.com' });
    expect(await copiedText(page, copyLogin)).toBe('anna.lind@example.com');

    // Delete: only after typing the admin's email.
    await admins.getByRole('button', { name: 'Delete Anna Lind' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Anna Lind?' });
    const deleteButton = confirm.getByRole('button', { name: 'Delete admin' });
    await expect(deleteButton).toBeDisabled();
    await confirm.getByLabel('Type anna.lind@example.com to confirm').fill('anna.lind@example');
    await expect(deleteButton).toBeDisabled();
    await screenshotBothThemes(page, 'admin-delete-confirm');
    await confirm.getByLabel('Type anna.lind@example.com to confirm').fill('anna.lind@example.com');
    await deleteButton.click();
    await expect(confirm).toBeHidden();
    await expect(admins.getByRole('row', { name: /Anna Lind/ })).toHaveCount(0);
    expect(sandbox.state.findAdmin(contractId, created.id)).toBeUndefined();
    await expect(admins.getByRole('row')).toHaveCount(seeded.length + 1);

    // Offline: the admins stay readable, a write is refused with a clear offline error.
    await sandbox.close();
    await page.getByRole('button', { name: 'Add admin' }).click();
    const offlineCreate = page.getByRole('dialog', { name: 'Add an admin user' });
    await offlineCreate.getByLabel('First name').fill('Otto');
    await offlineCreate.getByLabel('Last name').fill('Offline');
    await offlineCreate.getByLabel('Email').fill('otto@example.com');
    await offlineCreate.getByLabel('Password', { exact: true }).fill('Harbour-Lantern-2024');
    await offlineCreate.getByRole('button', { name: 'Add admin' }).click();
    await expect(offlineCreate.getByRole('alert').filter({ hasText: 'You are offline' })).toContainText(
      'Nothing was sent',
    );
    await offlineCreate.getByRole('button', { name: 'Cancel' }).click();
    await discardUnsavedChanges(page);
    await expect(admins.getByRole('row')).toHaveCount(seeded.length + 1);
  } finally {
    await sandbox.close();
  }
});

test('a token account opens the contracts list straight away', async ({ page }) => {
  const sandbox = await startIonosSandbox({ contracts: 300 });
  try {
    await addAccount(page, tokenAccount(sandbox));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contracts' }).click();
    await expect(page.getByTestId('contracts-count')).toHaveText('300 contracts');
  } finally {
    await sandbox.close();
  }
});
