/**
 * Issue 8 items 9, 10, 14 against a portal whose methods list has no unrescue: the action is not
 * offered (single or bulk); a bulk reboot of a running and a stopped VM asks first, sends only to
 * the running one and reports the stopped one as skipped.
 */
import { startHostbillSandbox, type HostbillSandbox } from '../../sandbox/hostbill/server';
import { expect, screenshotBothThemes, test } from '../fixtures';
import { addAccountThroughUi, SIGN_IN } from '../flows';

let sandbox: HostbillSandbox;
test.beforeEach(async () => {
  sandbox = await startHostbillSandbox({
    vmActionSeconds: 1,
    quirks: { withoutRoutes: ['/service/@id/vms/@vmid/unrescue'] },
  });
});
test.afterEach(async () => {
  await sandbox.close();
});

test('only listed actions are offered; bulk follows the single-VM rules and asks first', async ({ page }) => {
  await addAccountThroughUi(page, {
    kind: 'HostBill portal',
    label: 'Portal without unrescue',
    url: sandbox.url,
    method: SIGN_IN.basic,
    username: sandbox.demo.username,
    secret: sandbox.demo.password,
  });
  const all = [...sandbox.state.vms.values()];
  const unique = (status: string) =>
    all.find((v) => v.status === status && all.filter((o) => o.label === v.label).length === 1)!;
  const running = unique('running');
  const stopped = all.find((v) => v !== running && all.filter((o) => o.label === v.label).length === 1)!;
  stopped.status = 'stopped';

  await page.getByRole('link', { name: 'Services & VMs' }).click();
  await page.getByRole('navigation', { name: 'Services and VMs' }).getByRole('link', { name: 'Services' }).click();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await page
    .getByRole('navigation', { name: 'Services and VMs' })
    .getByRole('link', { name: 'Virtual machines' })
    .click();
  const vms = page.getByRole('table', { name: 'Virtual machines' });
  await expect(page.getByTestId('vms-count')).toHaveText(`${sandbox.state.vms.size} virtual machines`);
  const bulk = page.getByRole('group', { name: 'Bulk actions' });
  await expect(bulk.getByRole('button', { name: 'Rescue selected' })).toBeVisible();
  await expect(bulk.getByRole('button', { name: 'Unrescue selected' })).toHaveCount(0);

  // The list is virtualized: narrow it to each VM before ticking it (the selection is kept).
  for (const vm of [running, stopped]) {
    await page.getByLabel('Search virtual machines').fill(vm.label);
    await vms.getByRole('checkbox', { name: `Select ${vm.label}` }).check();
  }
  await page.getByLabel('Search virtual machines').fill('');
  await bulk.getByRole('button', { name: 'Reboot selected' }).click();
  const confirm = page.getByRole('dialog', { name: `Reboot ${running.label}?` });
  await expect(confirm).toContainText(`Skipped: ${stopped.label} (not possible while the VM is stopped)`);
  await screenshotBothThemes(page, 'hosting-vms-bulk-confirm');
  await confirm.getByRole('button', { name: 'Reboot', exact: true }).click();
  const results = page.getByRole('status', { name: 'Bulk action results' });
  await expect(results).toContainText('Reboot: 1 sent, 1 skipped');
  await expect(results).toContainText(`${stopped.label} — skipped: not possible while the VM is stopped`);
  expect(sandbox.state.vms.get(stopped.id)?.status).toBe('stopped');

  // The list is virtualized: find the VM by name rather than hope its row is on screen.
  await page.getByLabel('Search virtual machines').fill(running.label);
  await vms.getByRole('button', { name: running.label, exact: true }).click();
  const actions = page.getByRole('group', { name: 'VM actions' });
  await expect(actions.getByRole('button', { name: 'Rescue', exact: true })).toBeVisible();
  await expect(actions.getByRole('button', { name: 'Unrescue', exact: true })).toHaveCount(0);
});
