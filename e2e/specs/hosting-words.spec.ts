/**
 * Words on the Services & VMs screens (issue 8, items 16 and 17): every amount with its currency,
 * status badges cased alike (an unknown status too, its raw value on hover), overdue and cancellation
 * marks, the upgrade estimate part by part, and copy buttons that put IPs, hostnames, domains and
 * logins on the clipboard (read back from it).
 */
import type { Page } from '@playwright/test';
import { startHostbillSandbox, type HostbillSandbox } from '../../sandbox/hostbill/server';
import { expect, screenshotBothThemes, test } from '../fixtures';
import { addAccountThroughUi, copiedText, grantClipboard, SIGN_IN } from '../flows';

let sandbox: HostbillSandbox;
test.beforeEach(async () => {
  sandbox = await startHostbillSandbox();
});
test.afterEach(async () => {
  await sandbox.close();
});

/** The page's own formatting of an amount (the browser's locale), to compare with what it shows. */
const euros = (page: Page, amount: number) =>
  page.evaluate(
    (value) => new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' }).format(value),
    amount,
  );

test('services: amounts with currency, status badges, overdue and cancellation, the upgrade price in parts', async ({
  page,
}) => {
  const services = [...sandbox.state.services.values()];
  const hosting = services.find((s) => s.kind === 'hosting' && s.status === 'Active' && s.domain && s.username)!;
  const cloud = services.find((s) => s.kind === 'cloud' && s.status === 'Active' && s !== hosting)!;
  const odd = services.find((s) => s !== hosting && s !== cloud && s.kind === 'domain')!;
  // A status no list of known ones has, a next-due date in the past, a cancellation requested.
  odd.status = 'PENDING_TRANSFER';
  hosting.nextDue = '2020-01-15';
  hosting.cancelRequest = { type: 'End of billing period', reason: 'Moving', date: '2026-11-20' };
  expect(cloud.upgradeSelections['1560']).toBeUndefined();

  await addAccountThroughUi(page, {
    kind: 'HostBill portal',
    label: 'Portal',
    url: sandbox.url,
    method: SIGN_IN.jwt,
    username: sandbox.demo.username,
    secret: sandbox.demo.password,
  });
  await page.getByRole('link', { name: 'Services & VMs' }).click();
  const table = page.getByRole('table', { name: 'Services' });
  await expect(table.getByRole('row')).toHaveCount(services.length + 1);

  const cloudRow = table.getByRole('row').filter({ hasText: `#${cloud.id}` });
  await expect(cloudRow).toContainText(await euros(page, cloud.total));
  const oddBadge = table
    .getByRole('row')
    .filter({ hasText: `#${odd.id}` })
    .locator('.status-badge')
    .first();
  await expect(oddBadge).toHaveText('Pending transfer');
  await expect(oddBadge).toHaveAttribute('title', 'PENDING_TRANSFER');
  await expect(cloudRow.locator('.status-badge').first()).toHaveText('Active');
  await expect(cloudRow.locator('.status-badge').first()).not.toHaveAttribute('title');

  // The hosting service: overdue, cancellation requested, its amounts in euros, domain and login copied.
  await table
    .getByRole('row')
    .filter({ hasText: `#${hosting.id}` })
    .click();
  await expect(page.getByRole('heading', { name: hosting.name, level: 1 })).toBeVisible();
  const details = page.locator('.definition-list').first();
  await expect(details.getByText('Overdue')).toBeVisible();
  await expect(details.getByText('Cancellation requested')).toBeVisible();
  await expect(details).toContainText(await euros(page, hosting.total));
  await expect(details).toContainText(await euros(page, hosting.firstpayment));
  await grantClipboard(page);
  expect(await copiedText(page, page.getByRole('button', { name: `Copy domain ${hosting.domain}` }))).toBe(
    hosting.domain,
  );
  const login = page.getByRole('button', { name: `Copy login ${hosting.username}` });
  expect(await copiedText(page, login)).toBe(hosting.username);
  await expect(page.getByRole('status').filter({ hasText: `Copied login ${hosting.username}` })).toBeAttached();
  await screenshotBothThemes(page, 'words-service-detail');
  await page.getByRole('link', { name: '← All services' }).click();

  // The cloud service's upgrade: daily backups for 30 days cost 12.00 a month and 5.00 to set up.
  await table
    .getByRole('row')
    .filter({ hasText: `#${cloud.id}` })
    .click();
  await page.getByRole('tablist', { name: 'Service sections' }).getByRole('tab', { name: 'Upgrade' }).click();
  await page
    .getByLabel('Backups')
    .selectOption({ label: `Daily, 30 days — ${await euros(page, 12)} + ${await euros(page, 5)} setup` });
  await page.getByRole('button', { name: 'Estimate price' }).click();
  const estimate = page.getByRole('status', { name: 'Estimate' });
  const line = estimate
    .getByRole('table', { name: 'Price lines' })
    .getByRole('row', { name: /Backups: Daily, 30 days/ });
  await expect(line).toContainText(await euros(page, 12));
  await expect(line).toContainText(await euros(page, 5));
  const summary = estimate.getByRole('definition');
  const terms = estimate.getByRole('term');
  await expect(terms).toHaveText(['Setup fees', 'Subtotal', 'VAT 21 %', 'Due now', 'Then']);
  await expect(summary).toHaveText([
    await euros(page, 5),
    await euros(page, 17),
    await euros(page, 3.57),
    await euros(page, 20.57),
    new RegExp(`^${(await euros(page, cloud.total + 12)).replace(/[.$]/g, '\\$&')}`),
  ]);
  await screenshotBothThemes(page, 'words-upgrade-estimate');
});

test('VMs: copy an IP address from the list, an IP and the hostname from the VM page', async ({ page }) => {
  const all = [...sandbox.state.vms.values()];
  const vm = all.find((v) => v.ipv4.length > 0 && v.hostname && all.filter((o) => o.label === v.label).length === 1)!;
  await addAccountThroughUi(page, {
    kind: 'HostBill portal',
    label: 'Portal',
    url: sandbox.url,
    method: SIGN_IN.jwt,
    username: sandbox.demo.username,
    secret: sandbox.demo.password,
  });
  await page.getByRole('link', { name: 'Services & VMs' }).click();
  await page
    .getByRole('navigation', { name: 'Services and VMs' })
    .getByRole('link', { name: 'Virtual machines' })
    .click();
  await page.getByLabel('Search virtual machines').fill(vm.label!);
  const vms = page.getByRole('table', { name: 'Virtual machines' });
  await grantClipboard(page);
  const address = vm.ipv4[0]!;
  expect(await copiedText(page, vms.getByRole('button', { name: `Copy IP address ${address}` }))).toBe(address);
  // Copying inside a row does not open the VM.
  await expect(page.getByRole('heading', { name: vm.label!, level: 1 })).toHaveCount(0);
  await screenshotBothThemes(page, 'words-vms-copy');

  await vms.getByRole('button', { name: vm.label!, exact: true }).click();
  await expect(page.getByRole('heading', { name: vm.label!, level: 1 })).toBeVisible();
  const ips = page.getByRole('list', { name: 'IP addresses' });
  expect(await copiedText(page, ips.getByRole('button', { name: `Copy IP address ${address}` }))).toBe(address);
  expect(await copiedText(page, page.getByRole('button', { name: `Copy hostname ${vm.hostname}` }))).toBe(vm.hostname);
  await expect(page.getByTestId('vm-state')).toHaveText(/^[A-Z][a-z]/);
  await screenshotBothThemes(page, 'words-vm-detail');
});
