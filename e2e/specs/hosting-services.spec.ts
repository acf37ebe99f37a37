/**
 * Services & VMs end to end (JWT sign-in): the services list with search and filter, a service's
 * features as tabs, label editing, an upgrade estimate, a bulk reboot with per-VM results, and then
 * the portal going away: services and VMs still read from the cache, with the offline banner.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startHostbillSandbox, type HostbillSandbox } from '../../sandbox/hostbill/server';
import { expect, screenshotBothThemes, test } from '../fixtures';
import { addAccountThroughUi, SIGN_IN } from '../flows';

let sandbox: HostbillSandbox;
test.beforeEach(async () => {
  sandbox = await startHostbillSandbox({ vmActionSeconds: 1 });
});
test.afterEach(async () => {
  await sandbox.close();
});

test('services: list, search, tabs by methods, label, upgrade estimate, bulk reboot, offline reading', async ({
  page,
  dataDir,
}) => {
  await addAccountThroughUi(page, {
    kind: 'HostBill portal',
    label: 'Portal (JWT)',
    url: sandbox.url,
    method: SIGN_IN.jwt,
    username: sandbox.demo.username,
    secret: sandbox.demo.password,
  });
  await page.getByRole('link', { name: 'Services & VMs' }).click();

  const table = page.getByRole('table', { name: 'Services' });
  await expect(table.getByRole('row')).toHaveCount(sandbox.state.services.size + 1);
  await expect(page.getByTestId('sync-age')).toContainText('Updated');
  await screenshotBothThemes(page, 'hosting-services');

  // Search and status filter narrow the list.
  const domain = [...sandbox.state.services.values()].find((s) => s.domain)!.domain;
  await page.getByLabel('Search services').fill(domain);
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.getByLabel('Search services').fill('');
  const statuses = new Set([...sandbox.state.services.values()].map((s) => s.status));
  await page.getByLabel('Status').selectOption('Active');
  const active = [...sandbox.state.services.values()].filter((s) => s.status === 'Active').length;
  await expect(table.getByRole('row')).toHaveCount(active + 1);
  expect(statuses.size).toBeGreaterThan(0);
  await page.getByLabel('Status').selectOption('');

  // A domain service offers no VMs and no upgrade: no such tabs.
  const domainService = [...sandbox.state.services.values()].find((s) => s.kind === 'domain')!;
  await table
    .getByRole('row')
    .filter({ hasText: `#${domainService.id}` })
    .click();
  const tabs = page.getByRole('tablist', { name: 'Service sections' });
  await expect(tabs.getByRole('tab', { name: 'Overview' })).toBeVisible();
  await expect(tabs.getByRole('tab', { name: 'Cancellation' })).toBeVisible();
  await expect(tabs.getByRole('tab')).toHaveCount(2);
  await page.getByRole('link', { name: '← All services' }).click();

  // A cloud service: every tab, then edit its label.
  const cloud = [...sandbox.state.services.values()].find((s) => s.kind === 'cloud' && s.status === 'Active')!;
  await table
    .getByRole('row')
    .filter({ hasText: `#${cloud.id}` })
    .click();
  await expect(tabs.getByRole('tab')).toHaveText(['Overview', 'Virtual machines', 'Upgrade', 'Cancellation']);
  await page.getByLabel('Service label').fill('E2E production');
  await page.getByRole('button', { name: 'Save label' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Label saved on the portal.' })).toBeVisible();
  expect(sandbox.state.services.get(cloud.id)?.label).toBe('E2E production');
  await screenshotBothThemes(page, 'hosting-service-detail');

  // GET /service/@id carries the service's own password: not in the data dir, not on the page (the unit
  // test also reads the decrypted cache rows).
  const secret = sandbox.state.services.get(cloud.id)!.password;
  const files = readdirSync(dataDir).map((name) => readFileSync(join(dataDir, name)));
  expect(files.some((bytes) => bytes.includes(Buffer.from(secret)))).toBe(false);
  expect(await page.content()).not.toContain(secret);

  // Keyboard: arrow keys move between tabs.
  await tabs.getByRole('tab', { name: 'Overview' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Upgrade' })).toBeFocused();
  await page.getByLabel('Bandwidth').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Estimate price' }).click();
  await expect(page.getByRole('status', { name: 'Estimate' })).toContainText('Due now');
  await screenshotBothThemes(page, 'hosting-upgrade-estimate');

  await page.getByRole('link', { name: '← All services' }).click();
  await expect(table.getByRole('row').filter({ hasText: `#${cloud.id}` })).toContainText('E2E production');

  // Bulk reboot of two running VMs: a result per VM, then each settles back to running.
  await page
    .getByRole('navigation', { name: 'Services and VMs' })
    .getByRole('link', { name: 'Virtual machines' })
    .click();
  const vms = page.getByRole('table', { name: 'Virtual machines' });
  await expect(page.getByTestId('vms-count')).toHaveText(`${sandbox.state.vms.size} virtual machines`);
  const running = vms
    .getByRole('row')
    .filter({ has: page.getByTestId('vm-state').getByText('Running', { exact: true }) });
  const names = [
    // The first button of a row is the VM's name (its addresses have copy buttons).
    await running.nth(0).getByRole('button').first().innerText(),
    await running.nth(1).getByRole('button').first().innerText(),
  ];
  for (const name of names) await vms.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page.getByRole('button', { name: 'Reboot selected' }).click();
  const confirm = page.getByRole('dialog', { name: 'Reboot 2 virtual machines?' });
  for (const name of names) await expect(confirm).toContainText(name);
  await confirm.getByRole('button', { name: 'Reboot', exact: true }).click();
  const results = page.getByRole('status', { name: 'Bulk action results' });
  await expect(results).toContainText('Reboot: 2 sent');
  await screenshotBothThemes(page, 'hosting-vms-bulk');
  for (const name of names) {
    const row = vms.getByRole('row').filter({ has: page.getByRole('button', { name, exact: true }) });
    await expect(row.getByTestId('vm-state')).toHaveText('Running', { timeout: 15_000 });
  }

  // The portal goes away: the lists still read from the cache, changes are disabled with the reason.
  await sandbox.close();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('status', { name: 'Offline' })).toBeVisible();
  await expect(page.getByTestId('vms-count')).toHaveText(`${sandbox.state.vms.size} virtual machines`);
  await expect(page.getByRole('button', { name: 'Reboot selected' })).toBeDisabled();
  await expect(page.getByText('Offline: changes are disabled').first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Services and VMs' }).getByRole('link', { name: 'Services' }).click();
  await expect(table.getByRole('row')).toHaveCount(sandbox.state.services.size + 1);
  await expect(page.getByRole('status', { name: 'Offline' })).toBeVisible();
  await screenshotBothThemes(page, 'hosting-services-offline');
});
