/**
 * A VM end to end (Basic sign-in): stop, start, reboot, rescue and unrescue, each shown pending and
 * then settled; a rebuild that needs the VM's name typed; and the VM detail with addresses,
 * resources and templates.
 */
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

test('a VM: power actions settle, rebuild needs the typed name', async ({ page }) => {
  await addAccountThroughUi(page, {
    kind: 'HostBill portal',
    label: 'Portal (Basic)',
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
  const vms = page.getByRole('table', { name: 'Virtual machines' });
  // Labels repeat across services (each pool has its web-01): take one that names a single VM.
  const all = [...sandbox.state.vms.values()];
  const vm = all.find((v) => v.status === 'running' && all.filter((o) => o.label === v.label).length === 1)!;
  // The list is virtualized: find the VM by name rather than hope its row is on screen.
  await page.getByLabel('Search virtual machines').fill(vm.label!);
  await vms.getByRole('button', { name: vm.label, exact: true }).click();

  await expect(page.getByRole('heading', { name: vm.label, level: 1 })).toBeVisible();
  const state = page.getByTestId('vm-state');
  await expect(state).toHaveText('Running');
  await expect(page.getByRole('list', { name: 'IP addresses' })).toContainText(vm.ipv4[0]!);
  const resources = page.getByRole('table', { name: 'Service resources' });
  await expect(resources.getByRole('row', { name: /^Memory \(MB\)/ })).toBeVisible();
  await expect(resources).not.toContainText(/\b1 (servers|addresses)\b/);
  await expect(page.getByRole('list', { name: 'Templates' })).toContainText('current');
  await screenshotBothThemes(page, 'hosting-vm-detail');

  const actions = page.getByRole('group', { name: 'VM actions' });
  // Start is not possible on a running VM, and says why.
  await expect(actions.getByRole('button', { name: 'Start' })).toBeDisabled();

  const steps: [string, RegExp, string][] = [
    ['Stop', /stopping/i, 'stopped'],
    ['Start', /starting/i, 'running'],
    ['Reboot', /rebooting/i, 'running'],
    ['Rescue', /rescuing/i, 'rescue'],
    ['Unrescue', /unrescuing/i, 'running'],
  ];
  for (const [button, pending, settled] of steps) {
    await actions.getByRole('button', { name: button, exact: true }).click();
    // Stop, reboot and rescue ask first, naming the VM; start and unrescue do not.
    if (['Stop', 'Reboot', 'Rescue'].includes(button)) {
      const confirm = page.getByRole('dialog', { name: `${button} ${vm.label}?` });
      await expect(confirm).toBeVisible();
      await confirm.getByRole('button', { name: button, exact: true }).click();
    } else {
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
    await expect(state).toHaveText(pending);
    await expect(actions.getByRole('button', { name: button, exact: true })).toBeDisabled();
    await expect(state).toHaveText(new RegExp(`^${settled}$`, 'i'), { timeout: 15_000 });
    expect(sandbox.state.vms.get(vm.id)?.status).toBe(settled);
  }

  await actions.getByRole('button', { name: 'Rebuild…' }).click();
  const dialog = page.getByRole('dialog', { name: `Rebuild ${vm.label}?` });
  await dialog.getByLabel('Template').selectOption({ label: 'Debian 12 (Bookworm)' });
  const confirm = dialog.getByRole('button', { name: 'Rebuild and erase disk' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(`Type ${vm.label} to confirm`).fill('something else');
  await expect(confirm).toBeDisabled();
  await screenshotBothThemes(page, 'hosting-vm-rebuild');
  await dialog.getByLabel(`Type ${vm.label} to confirm`).fill(vm.label);
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(state).toHaveText(/rebuilding/i);
  await expect(state).toHaveText('Running', { timeout: 15_000 });
  expect(sandbox.state.vms.get(vm.id)?.templateId).toBe('debian-12');
});
