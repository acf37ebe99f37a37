/**
 * Issue 8 items 11 and 12 against the sandbox: results follow the VM until it settles (bulk lines,
 * the VM page's status line after a reboot and then a rebuild, Rebuild disabled meanwhile); the
 * watcher's polls move "updated … ago" and drive the offline banner both ways (fault layer); and
 * the offline VM page shows its cached state without claiming nothing was loaded.
 */
import type { Page } from '@playwright/test';
import { startHostbillSandbox, type HostbillSandbox } from '../../sandbox/hostbill/server';
import type { VmRecord } from '../../sandbox/hostbill/state';
import { expect, screenshotBothThemes, test } from '../fixtures';
import { addAccountThroughUi, SIGN_IN } from '../flows';

let sandbox: HostbillSandbox;
test.afterEach(async () => {
  await sandbox.close();
});

async function openVmList(page: Page): Promise<void> {
  await addAccountThroughUi(page, {
    kind: 'HostBill portal',
    label: 'Portal',
    url: sandbox.url,
    method: SIGN_IN.basic,
    username: sandbox.demo.username,
    secret: sandbox.demo.password,
  });
  await page.getByRole('link', { name: 'Services & VMs' }).click();
  await page
    .getByRole('navigation', { name: 'Services and VMs' })
    .getByRole('link', { name: 'Virtual machines' })
    .click();
  await expect(page.getByTestId('vms-count')).toHaveText(`${sandbox.state.vms.size} virtual machines`);
}

/** Running VMs whose label names one VM only (each pool has its web-01). */
function uniqueRunning(count: number): VmRecord[] {
  const all = [...sandbox.state.vms.values()];
  return all
    .filter((v) => v.status === 'running' && all.filter((o) => o.label === v.label).length === 1)
    .slice(0, count);
}

/** The time "Updated … ago" stands for. */
const updatedAt = async (page: Page) =>
  Date.parse((await page.getByTestId('sync-age').locator('time').getAttribute('datetime')) ?? '') || 0;

test('bulk lines follow each VM until it settled; polls move "updated" and the offline banner', async ({ page }) => {
  sandbox = await startHostbillSandbox({ vmActionSeconds: 4 });
  await openVmList(page);
  const vms = page.getByRole('table', { name: 'Virtual machines' });
  const chosen = uniqueRunning(2);
  for (const vm of chosen) {
    await page.getByLabel('Search virtual machines').fill(vm.label!);
    await vms.getByRole('checkbox', { name: `Select ${vm.label}` }).check();
  }
  await page.getByLabel('Search virtual machines').fill('');
  const sentAt = Date.now();
  await page.getByRole('button', { name: 'Reboot selected' }).click();
  await page
    .getByRole('dialog', { name: 'Reboot 2 virtual machines?' })
    .getByRole('button', { name: 'Reboot', exact: true })
    .click();
  const results = page.getByRole('status', { name: 'Bulk action results' });
  await expect(results).toContainText('Reboot: 2 sent · 2 in progress');
  for (const vm of chosen)
    await expect(results).toContainText(`${vm.label} — Reboot in progress: the VM is rebooting.`);

  // The portal stops answering the polls: the list says it is offline without any refresh.
  sandbox.faults.add({ fault: { kind: 'drop' }, method: 'GET', path: '/vms/', times: 0 });
  const offline = page.getByRole('status', { name: 'Offline' });
  await expect(offline).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('button', { name: 'Reboot selected' })).toBeDisabled();
  await screenshotBothThemes(page, 'hosting-vms-poll-offline');
  // It answers again: the next poll clears the banner and moves "updated … ago" past the action.
  sandbox.faults.clear();
  await expect(offline).toBeHidden({ timeout: 10_000 });
  await expect.poll(() => updatedAt(page)).toBeGreaterThan(sentAt);

  // Each line is replaced once its VM settled: never "rebooting" beside a running VM.
  await page.getByLabel('Search virtual machines').fill('');
  for (const vm of chosen) {
    await expect(results).toContainText(`${vm.label} — Reboot done: the VM is running.`, { timeout: 15_000 });
  }
  await expect(results).toContainText('Reboot: 2 sent · all settled');
  await expect(results).not.toContainText('rebooting');
  await screenshotBothThemes(page, 'hosting-vms-bulk-settled');
});

test('the VM page: one status line per action, Rebuild disabled while it rebuilds', async ({ page }) => {
  sandbox = await startHostbillSandbox({ vmActionSeconds: 3 });
  await openVmList(page);
  const [vm] = uniqueRunning(1);
  await page.getByLabel('Search virtual machines').fill(vm!.label!);
  await page
    .getByRole('table', { name: 'Virtual machines' })
    .getByRole('button', { name: vm!.label, exact: true })
    .click();
  const actions = page.getByRole('group', { name: 'VM actions' });
  const status = page.getByRole('status').filter({ hasText: /in progress|done|ended/ });
  const rebuild = actions.getByRole('button', { name: 'Rebuild…' });

  // Stopped behind the app's back: the portal refuses, in two sentences, and the VM's state follows.
  sandbox.state.vms.get(vm!.id)!.status = 'stopped';
  await actions.getByRole('button', { name: 'Stop', exact: true }).click();
  await page
    .getByRole('dialog', { name: `Stop ${vm!.label}?` })
    .getByRole('button', { name: 'Stop' })
    .click();
  await expect(page.getByRole('alert')).toContainText(
    `Cannot stop a VM that is stopped. “${vm!.label}” is now stopped.`,
  );
  await expect(page.getByTestId('vm-state')).toHaveText('Stopped');
  await actions.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(status).toContainText('Start in progress: the VM is starting.');
  await expect(status).toHaveText('Start done: the VM is running.', { timeout: 15_000 });

  const rebootAt = Date.now();
  await actions.getByRole('button', { name: 'Reboot', exact: true }).click();
  await page
    .getByRole('dialog', { name: `Reboot ${vm!.label}?` })
    .getByRole('button', { name: 'Reboot' })
    .click();
  await expect(status).toContainText('Reboot in progress: the VM is rebooting.');
  await expect(rebuild).toBeDisabled();
  await expect(status).toHaveText('Reboot done: the VM is running.', { timeout: 15_000 });
  // The polls that followed the reboot are this page's latest reads too.
  await expect.poll(() => updatedAt(page)).toBeGreaterThan(rebootAt);

  await rebuild.click();
  const dialog = page.getByRole('dialog', { name: `Rebuild ${vm!.label}?` });
  await dialog.getByLabel('Template').selectOption({ label: 'Debian 12 (Bookworm)' });
  await dialog.getByLabel(`Type ${vm!.label} to confirm`).fill(vm!.label!);
  await dialog.getByRole('button', { name: 'Rebuild and erase disk' }).click();
  await expect(dialog).toBeHidden();
  // The rebuild's own words, never the reboot's; every action waits, and says why.
  await expect(status).toContainText('Rebuild in progress: the VM is rebuilding.');
  await expect(status).not.toContainText('Reboot');
  await expect(rebuild).toBeDisabled();
  await expect(rebuild).toHaveAttribute('title', /wait until/);
  await expect(actions.getByRole('button', { name: 'Stop', exact: true })).toBeDisabled();
  await screenshotBothThemes(page, 'hosting-vm-rebuilding');
  await expect(status).toHaveText('Rebuild done: the VM is running.', { timeout: 15_000 });
  await expect(rebuild).toBeEnabled();
  expect(sandbox.state.vms.get(vm!.id)?.templateId).toBe('debian-12');
});

test('offline, a VM page never opened shows its cached state and says what could not be loaded', async ({ page }) => {
  sandbox = await startHostbillSandbox();
  await openVmList(page);
  const [vm] = uniqueRunning(1);
  // Every request fails from now on (the portal is unreachable).
  sandbox.faults.add({ fault: { kind: 'drop' }, times: 0 });
  await page.getByLabel('Search virtual machines').fill(vm!.label!);
  await page
    .getByRole('table', { name: 'Virtual machines' })
    .getByRole('button', { name: vm!.label, exact: true })
    .click();
  await expect(page.getByRole('heading', { name: vm!.label, level: 1 })).toBeVisible();
  const banner = page.getByRole('status', { name: 'Offline' });
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await expect(banner).toContainText('Showing data from');
  await expect(page.getByText('Nothing has been loaded yet')).toHaveCount(0);
  await expect(page.getByTestId('sync-age')).toContainText('Updated');
  await expect(page.getByTestId('vm-state')).toHaveText('Running');
  await expect(page.getByRole('list', { name: 'IP addresses' })).toContainText(vm!.ipv4[0]!);
  await expect(page.getByText('The templates could not be loaded while offline.')).toBeVisible();
  await expect(page.getByText('The portal lists no templates.')).toHaveCount(0);
  await expect(
    page.getByRole('group', { name: 'VM actions' }).getByRole('button', { name: 'Rebuild…' }),
  ).toBeDisabled();
  await screenshotBothThemes(page, 'hosting-vm-offline');
  await page.setViewportSize({ width: 1024, height: 640 });
  await screenshotBothThemes(page, 'hosting-vm-offline-1024');
});
