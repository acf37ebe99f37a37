/**
 * The command palette, shortcuts and the activity log end to end, with an IONOS and a HostBill
 * account synced: Ctrl+K then a contract number opens that contract, an IP opens its VM, "new
 * ticket" and "new contract" open their forms; the same works
 * offline; after a rename, a VM reboot and a DNS change the activity log lists them with their outcomes.
 */
import type { Page } from '@playwright/test';
import { startHostbillSandbox, type HostbillSandbox } from '../../sandbox/hostbill/server';
import { startIonosSandbox, type IonosSandbox } from '../../sandbox/ionos/server';
import { expect, screenshotBothThemes, test } from '../fixtures';
import { addAccountThroughUi, SIGN_IN } from '../flows';

let ionos: IonosSandbox;
let hostbill: HostbillSandbox;
test.beforeEach(async () => {
  ionos = await startIonosSandbox({ contracts: 300 });
  hostbill = await startHostbillSandbox({ vmActionSeconds: 1 });
});
test.afterEach(async () => {
  await ionos.close();
  await hostbill.close();
});

/** Ctrl+K, type, wait for the first result to be `expected`, then Enter. */
async function paletteOpen(page: Page, text: string, expected: RegExp | string): Promise<void> {
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await palette.getByRole('combobox').fill(text);
  await expect(palette.getByRole('option').first()).toContainText(expected);
  await expect(palette.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
}

test('palette finds contracts and VMs across accounts, online and offline; the activity log shows the writes', async ({
  page,
}) => {
  await addAccountThroughUi(page, {
    kind: 'IONOS Reseller',
    label: 'IONOS',
    url: ionos.url,
    method: SIGN_IN.basic,
    username: ionos.demo.username,
    secret: ionos.demo.password,
  });
  await expect(page.getByTestId('contracts-count')).toHaveText('300 contracts');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
  await addAccountThroughUi(page, {
    kind: 'HostBill portal',
    label: 'Portal',
    url: hostbill.url,
    method: SIGN_IN.basic,
    username: hostbill.demo.username,
    secret: hostbill.demo.password,
  });
  // Opening the VM list syncs the portal's services and VMs into the cache.
  await paletteOpen(page, 'go to services', /Go to Services & VMs/);
  await expect(page.getByRole('table', { name: 'Services' })).toBeVisible();

  // A contract number opens that contract.
  // Some seeded contracts come without a name (an API quirk): take one that has one.
  const seeded = [...ionos.state.contracts.values()].slice(42).find((c) => c.name && c.id)!;
  const contract = { id: seeded.id, name: seeded.name! };
  await paletteOpen(page, contract.id, contract.id);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(contract.name);
  await expect(page.getByText(`Contract ${contract.id} of IONOS`)).toBeVisible();

  // An IP opens its VM (a label that names one VM only, so the heading is unambiguous).
  const all = [...hostbill.state.vms.values()];
  const vm = all.find(
    (v) => v.status === 'running' && v.ipv4.length > 0 && all.filter((o) => o.label === v.label).length === 1,
  )!;
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill(vm.ipv4[0]!);
  await expect(palette.getByRole('group', { name: 'Virtual machines' })).toBeVisible();
  await expect(palette.getByRole('option').first()).toContainText(vm.label);
  await expect(palette.getByRole('option').first()).toContainText('Portal');
  await screenshotBothThemes(page, 'palette-ip');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: vm.label, level: 1 })).toBeVisible();

  // Arrows move, Escape closes and nothing opens.
  await page.keyboard.press('Control+K');
  await palette.getByRole('combobox').fill('go to');
  await expect(palette.getByRole('option').nth(1)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(palette.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('heading', { name: vm.label, level: 1 })).toBeVisible();

  // The desktop menu's Command Palette item arrives as the window event use-menu-commands fires.
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('rc:command-palette')));
  await expect(palette).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();

  // "new ticket" opens the ticket form of the HostBill account.
  await paletteOpen(page, 'new ticket', 'New ticket');
  await expect(page.getByRole('form', { name: 'New ticket' })).toBeVisible();

  // A command: new contract opens the form on the IONOS account's list.
  await paletteOpen(page, 'new contract', 'New contract');
  const form = page.getByRole('dialog', { name: 'New contract' });
  await expect(form).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  // Shortcuts: "/" focuses the list's search, "?" lists every shortcut, never while typing.
  await page.locator('#content').focus();
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search contracts' });
  await expect(search).toBeFocused();
  await page.keyboard.type('?');
  await expect(search).toHaveValue('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  await search.fill('');
  await page.locator('#content').focus();
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toContainText('Open the command palette');
  await expect(shortcuts).toContainText('App menu');
  await screenshotBothThemes(page, 'palette-shortcuts');
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();

  // Two writes: a rename of the contract, a reboot of the VM.
  await paletteOpen(page, contract.id, contract.id);
  await page.getByRole('button', { name: 'Edit contract name' }).click();
  await page.getByLabel('Contract name').fill('Palette Renamed GmbH');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Palette Renamed GmbH');
  await paletteOpen(page, vm.ipv4[0]!, vm.label);
  await page.getByRole('group', { name: 'VM actions' }).getByRole('button', { name: 'Reboot', exact: true }).click();
  const confirmReboot = page.getByRole('dialog', { name: `Reboot ${vm.label}?` });
  await confirmReboot.getByRole('button', { name: 'Reboot', exact: true }).click();
  await expect(page.getByTestId('vm-state')).toHaveText(/rebooting/i);

  // A DNS change: the zone found by name, then "Add a DNS record" presses the zone's Add record.
  await paletteOpen(page, 'go to dns', 'Go to DNS');
  const zone = [...hostbill.state.zones.values()][0]!;
  await expect(page.getByText(zone.name).first()).toBeVisible();
  await paletteOpen(page, zone.name, zone.name);
  await expect(page.getByRole('button', { name: 'Add record' })).toBeEnabled();
  await paletteOpen(page, 'add a dns record', 'Add a DNS record');
  const recordForm = page.getByRole('dialog', { name: 'Add a record' });
  await recordForm.getByLabel('Type', { exact: true }).selectOption('A');
  await recordForm.getByLabel('Name', { exact: true }).fill('palette');
  await recordForm.getByLabel('IPv4 address').fill('192.0.2.77');
  await recordForm.getByRole('button', { name: 'Add to plan' }).click();
  await page.getByRole('button', { name: 'Review plan' }).click();
  await page
    .getByRole('dialog', { name: `Plan for ${zone.name}` })
    .getByRole('button', { name: /^Apply/ })
    .click();
  const applied = page.getByRole('dialog', { name: 'Plan applied' });
  await expect(applied).toContainText(/1 done, 0 failed/);
  await applied.getByRole('button', { name: 'Close' }).click();

  // The renamed contract is found by its new name (the index followed cache.changed), accents ignored.
  await paletteOpen(page, 'palette renamed', 'Palette Renamed GmbH');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Palette Renamed GmbH');

  await paletteOpen(page, 'go to activity', 'Go to Activity');
  const log = page.getByRole('table', { name: 'Activity' });
  await expect(log.getByRole('row').filter({ hasText: 'rename' })).toContainText('Done');
  await expect(log.getByRole('row').filter({ hasText: 'rename' })).toContainText('Palette Renamed GmbH');
  await expect(log.getByRole('row').filter({ hasText: 'reboot' })).toContainText('Done');
  await expect(log.getByRole('row').filter({ hasText: 'reboot' })).toContainText('Portal');
  await expect(log.getByRole('row').filter({ hasText: 'apply plan' })).toContainText('Done');
  await expect(log.getByRole('row').filter({ hasText: 'apply plan' })).toContainText(zone.name);
  await page.getByLabel('Area').selectOption('vms');
  await expect(log.getByRole('row').filter({ hasText: 'rename' })).toHaveCount(0);
  await expect(log.getByRole('row').filter({ hasText: 'reboot' })).toHaveCount(1);
  await page.getByLabel('Area').selectOption('');
  await screenshotBothThemes(page, 'activity-log');
  await page.setViewportSize({ width: 1024, height: 768 });
  await screenshotBothThemes(page, 'activity-log-1024');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByText(/Saved to .*activity-.*\.csv/)).toBeVisible();
  await log.getByRole('link', { name: `contract ${contract.id}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Palette Renamed GmbH');

  // Offline: both portals gone, the palette still finds everything from the cache.
  await ionos.close();
  await hostbill.close();
  await paletteOpen(page, vm.ipv4[0]!, vm.label);
  await expect(page.getByRole('heading', { name: vm.label, level: 1 })).toBeVisible();
  await paletteOpen(page, contract.id, 'Palette Renamed GmbH');
  await expect(page.getByText(`Contract ${contract.id} of IONOS`)).toBeVisible();
  await page.keyboard.press('Control+K');
  await palette.getByRole('combobox').fill('new contract');
  await expect(palette.getByRole('option').first()).toContainText('New contract');
  await page.keyboard.press('Escape');
});
