/**
 * Contracts end to end against the IONOS simulator: add an account with Basic sign-in, browse,
 * filter, search, sort, open by keyboard, rename, edit the reference and limits, create a contract;
 * then stop the simulator and find the cached contracts still browsable, with writes disabled.
 */
import type { Page } from '@playwright/test';
import { startIonosSandbox, type IonosSandbox } from '../../sandbox/ionos/server';
import { expect, screenshotBothThemes, test } from '../fixtures';
import { addAccountThroughUi, copiedText, grantClipboard, SIGN_IN } from '../flows';

async function addIonosAccount(page: Page, sandbox: IonosSandbox, method: 'basic' | 'token') {
  await addAccountThroughUi(page, {
    kind: 'IONOS Reseller',
    label: method === 'basic' ? 'IONOS Basic' : 'IONOS Token',
    url: sandbox.url,
    method: SIGN_IN[method],
    ...(method === 'basic' ? { username: sandbox.demo.username } : {}),
    secret: method === 'basic' ? sandbox.demo.password : sandbox.demo.token,
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contracts' }).click();
}

test('browse, search, sort, edit and create contracts; offline the cache stays browsable', async ({ page }) => {
  const sandbox = await startIonosSandbox({ contracts: 300 });
  try {
    await addIonosAccount(page, sandbox, 'basic');
    const contracts = [...sandbox.state.contracts.values()];
    const table = page.getByRole('table', { name: 'Contracts' });
    await expect(page.getByTestId('contracts-count')).toHaveText('300 contracts');
    await expect(table.getByRole('row').nth(1)).toContainText(contracts[0]!.id);
    await expect(page.getByTestId('sync-age')).toContainText('Updated');
    // Virtualized: far fewer rows in the DOM than contracts.
    expect(await table.locator('tbody tr[data-index]').count()).toBeLessThan(80);
    // An undocumented status is cased like the documented ones, with the raw value on hover.
    const suspended = table.getByRole('row').filter({ hasText: contracts[3]!.id }).first().locator('.status-badge');
    await expect(suspended).toHaveText('Suspended');
    await expect(suspended).toHaveAttribute('title', 'SUSPENDED');
    await screenshotBothThemes(page, 'contracts-list');

    // Status filter.
    const ceased = contracts.filter((c) => c.status === 'CEASED').length;
    await page.getByLabel('Status').selectOption({ label: 'Ceased' });
    await expect(page.getByTestId('contracts-count')).toHaveText(`${ceased} of 300 contracts`);
    await expect(table.locator('tbody tr[data-index] .badge').first()).toHaveText('Ceased');
    await page.getByLabel('Status').selectOption({ label: 'All statuses' });

    // Search over number, name and reference.
    const target = contracts[42]!;
    await page.getByRole('searchbox', { name: 'Search contracts' }).fill(target.resellerReference ?? target.id);
    await expect(table.getByRole('row').nth(1)).toContainText(target.id);
    await page.getByRole('searchbox', { name: 'Search contracts' }).fill('zz-no-such-contract');
    await expect(page.getByText('No contract matches the search or filter.')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search contracts' }).fill('');

    // Sort by name, both ways.
    // Natural, locale-aware order ("Acme 3" before "Acme 10"); ties keep the list's order (by number).
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    const byName = [...contracts].sort(
      (a, b) => collator.compare(a.name ?? '', b.name ?? '') || a.id.length - b.id.length || (a.id < b.id ? -1 : 1),
    );
    await table.getByRole('button', { name: 'Name' }).click();
    await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(table.getByRole('row').nth(1)).toContainText(byName[0]!.id);
    await table.getByRole('button', { name: 'Name' }).click();
    await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
    await expect(table.getByRole('row').nth(1)).toContainText(byName.at(-1)!.id);
    await table.getByRole('button', { name: 'Number' }).click();

    // Keyboard: focus the first row, move down, open with Enter.
    await table
      .getByRole('row')
      .nth(1)
      .click({ position: { x: 5, y: 5 }, trial: true });
    await table.locator('tbody tr[data-index="0"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect(table.locator('tbody tr[data-index="1"]')).toBeFocused();
    await page.keyboard.press('Enter');
    const opened = contracts[1]!;
    await expect(page.getByRole('heading', { level: 1 })).toContainText(opened.name ?? '');
    await expect(page.getByText(`Contract ${opened.id} of IONOS Basic`)).toBeVisible();
    await screenshotBothThemes(page, 'contract-detail');

    // Rename in place.
    await page.getByRole('button', { name: 'Edit contract name' }).click();
    await page.getByLabel('Contract name').fill('   ');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Enter the contract name')).toBeVisible();
    await page.getByLabel('Contract name').fill('Nordlicht Hosting AG');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Nordlicht Hosting AG');
    expect(sandbox.state.findContract(opened.id)?.name).toBe('Nordlicht Hosting AG');

    // Reference: a full PUT that keeps name and limits.
    const limitsBefore = { ...sandbox.state.findContract(opened.id)!.resourceLimits! };
    await page.getByRole('button', { name: 'Edit reseller reference' }).click();
    await page.getByLabel('Reseller reference').fill('NL-2024-001');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Edit reseller reference' })).toBeVisible();
    expect(sandbox.state.findContract(opened.id)).toMatchObject({
      name: 'Nordlicht Hosting AG',
      resellerReference: 'NL-2024-001',
      resourceLimits: limitsBefore,
    });

    // Limits: an invalid value is refused beside its field; a valid change shows old → new first.
    const limitsForm = page.getByRole('form', { name: 'Resource limits' });
    await limitsForm.getByLabel('IP addresses (IPs)').fill('-3');
    await limitsForm.getByLabel('Cores per server (cores)').fill('2.5');
    await limitsForm.getByRole('button', { name: 'Save limits' }).click();
    // Beside each field (an alert) and, instead of a preview, in "Changes to save".
    const changes = limitsForm.getByRole('status', { name: 'Changes to save' });
    await expect(limitsForm.getByRole('alert').filter({ hasText: 'IP addresses cannot be negative' })).toBeVisible();
    await expect(
      limitsForm.getByRole('alert').filter({ hasText: 'Cores per server: enter a whole number (cores)' }),
    ).toBeVisible();
    await expect(changes).toContainText('IP addresses cannot be negative');
    await expect(limitsForm.getByLabel('IP addresses (IPs)')).toHaveAttribute('aria-invalid', 'true');
    await limitsForm.getByLabel('Cores per server (cores)').fill(String(limitsBefore.cpuServerMax));
    // A rule only the server knows: one server above the contract's total RAM. Its message lands beside the field.
    await limitsForm.getByLabel('IP addresses (IPs)').fill(String(limitsBefore.ips));
    await limitsForm.getByLabel('RAM per server (MB)').fill(String(limitsBefore.ramContractMax + 1024));
    await limitsForm.getByRole('button', { name: 'Save limits' }).click();
    // The simulator names the API's field (ramServerMax); the page names the form's.
    await expect(
      limitsForm.getByText(/^RAM per server must not be greater than the contract's total RAM/),
    ).toBeVisible();
    await expect(limitsForm).not.toContainText('ramServerMax');
    await expect(limitsForm.getByLabel('RAM per server (MB)')).toHaveAttribute('aria-invalid', 'true');
    expect(sandbox.state.findContract(opened.id)?.resourceLimits).toEqual(limitsBefore);
    await limitsForm.getByLabel('RAM per server (MB)').fill(String(limitsBefore.ramServerMax));
    await limitsForm.getByLabel('IP addresses (IPs)').fill('12');
    await expect(changes).toContainText('1 change to save');
    await expect(changes).toContainText(`IP addresses: ${limitsBefore.ips} → 12 IPs`);
    await limitsForm.getByLabel('IP addresses (IPs)').scrollIntoViewIfNeeded();
    await screenshotBothThemes(page, 'contract-limits-diff');
    await limitsForm.getByRole('button', { name: 'Save limits' }).click();
    await expect(limitsForm.getByText('Limits saved')).toBeVisible();
    expect(sandbox.state.findContract(opened.id)?.resourceLimits).toEqual({ ...limitsBefore, ips: 12 });

    // Copy the number: the button says Copied and the clipboard holds the number.
    await grantClipboard(page);
    const copyNumber = page.getByRole('button', { name: `Copy contract number ${opened.id}` });
    expect(await copiedText(page, copyNumber)).toBe(opened.id);
    await expect(page.getByRole('status').filter({ hasText: `Copied contract number ${opened.id}` })).toBeAttached();
    await expect(copyNumber).toHaveText('Copy', { timeout: 5_000 });

    // Back to the list: the row shows the server's answer.
    await page.getByRole('link', { name: '← All contracts' }).click();
    await expect(table.getByRole('row').nth(2)).toContainText('Nordlicht Hosting AG');

    // New contract from a preset.
    await page.getByRole('button', { name: 'New contract' }).click();
    const dialog = page.getByRole('dialog', { name: 'New contract' });
    await dialog.getByRole('button', { name: 'Create contract' }).click();
    await expect(dialog.getByText('Enter the contract name')).toBeVisible();
    await dialog.getByLabel('Name').fill('Sonnenschein Web GmbH');
    await dialog.getByLabel('Reseller reference').fill('SW-77');
    await dialog.getByRole('radio', { name: 'Medium' }).check();
    await expect(dialog.getByLabel('RAM per server (MB)')).toHaveValue('16384');
    await screenshotBothThemes(page, 'contract-new');
    await dialog.getByRole('button', { name: 'Create contract' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Sonnenschein Web GmbH');
    const created = [...sandbox.state.contracts.values()].at(-1)!;
    expect(created).toMatchObject({ name: 'Sonnenschein Web GmbH', resellerReference: 'SW-77', status: 'BILLABLE' });
    expect(created.resourceLimits?.ramServerMax).toBe(16384);
    await page.getByRole('link', { name: '← All contracts' }).click();
    await expect(page.getByTestId('contracts-count')).toHaveText('301 contracts');

    // Offline: stop the simulator, refresh, and keep browsing the cache.
    await sandbox.close();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(page.getByRole('status', { name: 'Offline' })).toContainText('Showing data from');
    await expect(page.getByTestId('contracts-count')).toHaveText('301 contracts');
    await page.getByRole('searchbox', { name: 'Search contracts' }).fill('nordlicht');
    await expect(table.getByRole('row').nth(1)).toContainText(opened.id);
    await expect(page.getByRole('button', { name: 'New contract' })).toBeDisabled();
    await screenshotBothThemes(page, 'contracts-offline');
    await table.getByRole('row').nth(1).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Nordlicht Hosting AG');
    await expect(page.getByRole('button', { name: 'Edit contract name' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Edit contract name' })).toHaveAttribute(
      'title',
      /Offline: changes are disabled/,
    );
    await expect(
      page.getByRole('form', { name: 'Resource limits' }).getByText(/Offline: changes are disabled/),
    ).toBeVisible();
    await expect(page.getByRole('status', { name: 'Offline' })).toBeVisible();
  } finally {
    await sandbox.close();
  }
});
