/**
 * Navigation by account: the sidebar lists every account with its own areas, routes carry the
 * account, so going from a contract to a VM needs no account switch, two portals sit side by side,
 * and a reload lands on the same detail screen with its data.
 */
import { startHostbillSandbox, type HostbillSandbox } from '../../sandbox/hostbill/server';
import { startIonosSandbox, type IonosSandbox } from '../../sandbox/ionos/server';
import { expect, screenshotBothThemes, test } from '../fixtures';
import { addAccountThroughUi, SIGN_IN } from '../flows';

let ionos: IonosSandbox;
let portalA: HostbillSandbox;
let portalB: HostbillSandbox;
test.beforeEach(async () => {
  [ionos, portalA, portalB] = await Promise.all([
    startIonosSandbox({ contracts: 300 }),
    startHostbillSandbox({ vmActionSeconds: 1 }),
    startHostbillSandbox({ vmActionSeconds: 1, seed: 7 }),
  ]);
});
test.afterEach(async () => {
  await Promise.all([ionos.close(), portalA.close(), portalB.close()]);
});

test('contract → VM → contract with no account switch; reloads keep the detail; two portals side by side', async ({
  page,
}) => {
  await addAccountThroughUi(page, {
    kind: 'IONOS Reseller',
    label: 'Reseller',
    url: ionos.url,
    method: SIGN_IN.token,
    secret: ionos.demo.token,
  });
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Accounts' }).click();
  for (const [label, sandbox] of [
    ['Portal A', portalA],
    ['Portal B', portalB],
  ] as const) {
    await addAccountThroughUi(page, {
      kind: 'HostBill portal',
      label,
      url: sandbox.url,
      method: SIGN_IN.basic,
      username: sandbox.demo.username,
      secret: sandbox.demo.password,
    });
  }
  const reseller = nav.getByRole('region', { name: /Reseller/ });
  const sectionA = nav.getByRole('region', { name: /Portal A/ });
  const sectionB = nav.getByRole('region', { name: /Portal B/ });

  // A contract of the reseller.
  await reseller.getByRole('link', { name: 'Contracts' }).click();
  const contract = [...ionos.state.contracts.values()][5]!;
  await page.getByRole('searchbox', { name: 'Search contracts' }).fill(contract.id);
  await page
    .getByRole('table', { name: 'Contracts' })
    .getByRole('row')
    .filter({ hasText: contract.id })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(contract.name!);
  await expect(reseller.getByRole('link', { name: 'Contracts' })).toHaveAttribute('aria-current', 'page');
  const contractUrl = page.url();

  // Straight to a VM of portal A: one click in the sidebar, no account to switch.
  await sectionA.getByRole('link', { name: 'Services & VMs' }).click();
  await page
    .getByRole('navigation', { name: 'Services and VMs' })
    .getByRole('link', { name: 'Virtual machines' })
    .click();
  const vmTable = page.getByRole('table', { name: 'Virtual machines' });
  await expect(vmTable.getByRole('row').nth(1)).toBeVisible();
  const firstVm = vmTable.getByRole('row').nth(1).getByRole('button').first();
  const vmName = (await firstVm.textContent())!.trim();
  await firstVm.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(vmName);
  await expect(sectionA.getByRole('link', { name: 'Services & VMs' })).toHaveAttribute('aria-current', 'page');
  const vmUrl = page.url();
  expect(vmUrl).toMatch(/#\/a\/[^/]+\/services\/vms\/[^/]+\/[^/]+$/);

  // Back to the contract: history works across accounts.
  for (let step = 0; step < 3; step += 1) await page.goBack(); // VM ← VM list ← services ← contract
  await expect(page).toHaveURL(contractUrl);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(contract.name!);

  // Reloads land on the same screen with its data: contract, VM and service details.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(contract.name!);
  await page.goto(vmUrl);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(vmName);
  await expect(page.getByTestId('vm-state')).toBeVisible();
  await sectionA.getByRole('link', { name: 'Services & VMs' }).click();
  const service = [...portalA.state.services.values()][0]!;
  await page
    .getByRole('table', { name: 'Services' })
    .getByRole('row')
    .filter({ hasText: `#${service.id}` })
    .click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(service.name);
  await expect(page.getByRole('tablist', { name: 'Service sections' })).toBeVisible();

  // Two portals side by side: each lists its own services.
  await sectionB.getByRole('link', { name: 'Services & VMs' }).click();
  await expect(page.getByRole('table', { name: 'Services' }).getByRole('row')).toHaveCount(
    portalB.state.services.size + 1,
  );
  await sectionA.getByRole('link', { name: 'Services & VMs' }).click();
  await expect(page.getByRole('table', { name: 'Services' }).getByRole('row')).toHaveCount(
    portalA.state.services.size + 1,
  );

  // The layout holds at 1024 × 640, expanded and collapsed to icons.
  await page.setViewportSize({ width: 1024, height: 640 });
  await screenshotBothThemes(page, 'navigation-1024');
  await nav.getByRole('button', { name: 'Collapse the sidebar' }).click();
  await expect(nav.getByRole('button', { name: 'Expand the sidebar' })).toBeVisible();
  await expect(sectionA.getByRole('link', { name: 'Services & VMs' })).toBeVisible();
  await screenshotBothThemes(page, 'navigation-collapsed');
  await page.reload();
  await expect(nav.getByRole('button', { name: 'Expand the sidebar' })).toBeVisible();
});

test('a link to an account that is not there says so, and offers the accounts screen', async ({ page }) => {
  await page.evaluate(() => (window.location.hash = '#/a/no-such-account/services'));
  await expect(page.getByRole('heading', { name: 'Welcome to Reseller Console' })).toBeVisible();
  await addAccountThroughUi(page, {
    kind: 'IONOS Reseller',
    label: 'Reseller',
    url: ionos.url,
    method: SIGN_IN.token,
    secret: ionos.demo.token,
  });
  await page.evaluate(() => (window.location.hash = '#/a/no-such-account/services/42'));
  await expect(page.getByRole('heading', { name: 'Account not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to accounts' }).click();
  await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
});
