/**
 * Every screen and the main dialogs audited for accessibility (axe-core, WCAG 2.0/2.1 A and AA: no
 * serious or critical violation in light or dark) and layout (nothing cut, no sideways scrolling,
 * no overlapping controls at 1024 × 640). One pair of simulators per worker, read only; each test
 * has its own app host and walks a few areas, so the two workers share the run.
 */
import type { Page } from '@playwright/test';
import { startHostbillSandbox, type HostbillSandbox } from '../../sandbox/hostbill/server';
import { startIonosSandbox, type IonosSandbox } from '../../sandbox/ionos/server';
import { auditScreen } from '../a11y';
import { expect, test as base } from '../fixtures';
import { addAccountThroughUi, SIGN_IN } from '../flows';

interface Portals {
  readonly ionos: IonosSandbox;
  readonly hostbill: HostbillSandbox;
}

// axe takes a second or two per screen and theme: a test walks several screens.
base.describe.configure({ timeout: 150_000 });

const test = base.extend<object, { portals: Portals }>({
  portals: [
    async ({}, use) => {
      const [ionos, hostbill] = await Promise.all([
        startIonosSandbox({ contracts: 300 }),
        startHostbillSandbox({ size: { invoices: 60 } }),
      ]);
      await use({ ionos, hostbill });
      await Promise.all([ionos.close(), hostbill.close()]);
    },
    { scope: 'worker' },
  ],
});

async function addIonos(page: Page, ionos: IonosSandbox): Promise<string> {
  await addAccountThroughUi(page, {
    kind: 'IONOS Reseller',
    label: 'Reseller',
    url: ionos.url,
    method: SIGN_IN.token,
    secret: ionos.demo.token,
  });
  return landedAccountId(page);
}

async function addHostbill(page: Page, hostbill: HostbillSandbox): Promise<string> {
  await addAccountThroughUi(page, {
    kind: 'HostBill portal',
    label: 'Portal',
    url: hostbill.url,
    method: SIGN_IN.basic,
    username: hostbill.demo.username,
    secret: hostbill.demo.password,
  });
  return landedAccountId(page);
}

/** The first account added lands on its first area: its id is in the route. */
async function landedAccountId(page: Page): Promise<string> {
  await expect(page).toHaveURL(/#\/a\/[^/]+\//);
  return /#\/a\/([^/]+)\//.exec(page.url())![1]!;
}

/** Goes to a route and waits for its title and for nothing on screen to be loading. */
async function visit(page: Page, hash: string, title: string | RegExp): Promise<void> {
  await page.evaluate((target) => (window.location.hash = target), hash);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

test('app screens and the add-account dialog and command palette', async ({ page, portals }) => {
  await expect(page.getByRole('heading', { name: 'Welcome to Reseller Console' })).toBeVisible();
  await auditScreen(page, 'welcome');
  await page.getByRole('button', { name: 'Add your first account' }).click();
  await expect(page.getByRole('dialog', { name: 'Add an account' })).toBeVisible();
  await auditScreen(page, 'add account dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await addIonos(page, portals.ionos);
  await visit(page, '#/accounts', 'Accounts');
  await auditScreen(page, 'accounts');
  await visit(page, '#/settings', 'Settings');
  await auditScreen(page, 'settings');
  await visit(page, '#/about', 'About');
  await auditScreen(page, 'about');
  await visit(page, '#/activity', 'Activity');
  await auditScreen(page, 'activity');

  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill('go to');
  await expect(palette.getByRole('option').first()).toBeVisible();
  await auditScreen(page, 'command palette');
});

test('IONOS contracts: list, new contract dialog, a contract with its admins', async ({ page, portals }) => {
  const accountId = await addIonos(page, portals.ionos);
  await visit(page, `#/a/${accountId}/contracts`, 'Contracts');
  await expect(page.getByTestId('contracts-count')).toHaveText(/\d+ contracts/);
  await auditScreen(page, 'contracts list', {
    screenshot: 'a11y-contracts',
    sidewaysList: 'RAM, cores, disks and IPs: five figure columns and a badge need about 810 px of 790',
  });

  await page.getByRole('button', { name: 'New contract' }).click();
  await expect(page.getByRole('dialog', { name: 'New contract' })).toBeVisible();
  await auditScreen(page, 'new contract dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const [contractId] = [...portals.ionos.state.admins.entries()].find(([, admins]) => admins.length >= 2)!;
  const contract = portals.ionos.state.contracts.get(contractId)!;
  await visit(page, `#/a/${accountId}/contracts/${contractId}`, contract.name!);
  await expect(page.getByRole('table', { name: 'Admin users' }).getByRole('row').nth(1)).toBeVisible();
  await auditScreen(page, 'contract detail', { screenshot: 'a11y-contract-detail' });
});

test('HostBill services and VMs: lists and details', async ({ page, portals }) => {
  const { hostbill } = portals;
  const accountId = await addHostbill(page, hostbill);
  await visit(page, `#/a/${accountId}/services`, 'Services');
  await expect(page.getByRole('table', { name: 'Services' }).getByRole('row').nth(1)).toBeVisible();
  await auditScreen(page, 'services list', { screenshot: 'a11y-services' });

  const service = [...hostbill.state.services.values()][0]!;
  await visit(page, `#/a/${accountId}/services/${service.id}`, service.name);
  await expect(page.getByRole('tablist', { name: 'Service sections' })).toBeVisible();
  await auditScreen(page, 'service detail', { screenshot: 'a11y-service-detail' });

  await visit(page, `#/a/${accountId}/services/vms`, 'Virtual machines');
  await expect(page.getByRole('table', { name: 'Virtual machines' }).getByRole('row').nth(1)).toBeVisible();
  await auditScreen(page, 'VMs list', { screenshot: 'a11y-vms' });

  const vm = [...hostbill.state.vms.values()].find((candidate) => candidate.status === 'running')!;
  await visit(page, `#/a/${accountId}/services/vms/${vm.serviceId}/${vm.id}`, vm.label);
  await expect(page.getByTestId('vm-state')).toBeVisible();
  await auditScreen(page, 'VM detail', { screenshot: 'a11y-vm-detail' });
});

test('HostBill DNS, invoices and tickets: lists and details', async ({ page, portals }) => {
  const { hostbill } = portals;
  const accountId = await addHostbill(page, hostbill);
  await visit(page, `#/a/${accountId}/dns`, 'DNS zones');
  await expect(page.getByRole('table', { name: 'Zones' }).getByRole('row').nth(1)).toBeVisible();
  await auditScreen(page, 'DNS zones');
  const zone = [...hostbill.state.zones.values()][0]!;
  await visit(page, `#/a/${accountId}/dns/${zone.serviceId}/${zone.domainId}`, zone.name);
  await auditScreen(page, 'DNS zone', { screenshot: 'a11y-dns-zone' });

  await visit(page, `#/a/${accountId}/invoices`, 'Invoices');
  await expect(page.getByTestId('detail-progress')).toBeHidden({ timeout: 30_000 });
  await auditScreen(page, 'invoices list', {
    screenshot: 'a11y-invoices',
    sidewaysList: 'three dates, a total and the status badges need about 860 px of 790',
  });
  const invoice = [...hostbill.state.invoices.values()][0]!;
  await visit(page, `#/a/${accountId}/invoices/${invoice.id}`, 'Invoice');
  await auditScreen(page, 'invoice detail', { screenshot: 'a11y-invoice' });

  await visit(page, `#/a/${accountId}/tickets`, 'Tickets');
  await expect(page.getByRole('table', { name: 'Tickets' }).getByRole('row').nth(1)).toBeVisible();
  await auditScreen(page, 'tickets list');
  const ticket = [...hostbill.state.tickets.values()].find((candidate) => candidate.replies.length > 0)!;
  await visit(page, `#/a/${accountId}/tickets/${ticket.number}`, ticket.subject);
  await auditScreen(page, 'ticket thread', { screenshot: 'a11y-ticket' });
});

test('HostBill notifications, orders, contacts and the portal account', async ({ page, portals }) => {
  const accountId = await addHostbill(page, portals.hostbill);
  await visit(page, `#/a/${accountId}/notifications`, 'Notifications');
  await auditScreen(page, 'notifications');

  await visit(page, `#/a/${accountId}/orders`, 'Order');
  await expect(page.getByRole('list', { name: 'Products' }).getByRole('listitem').first()).toBeVisible();
  await auditScreen(page, 'orders catalog');
  await page
    .getByRole('navigation', { name: 'Product categories' })
    .getByRole('link', { name: 'Hosting', exact: true })
    .click();
  await page
    .getByRole('list', { name: 'Products' })
    .getByRole('listitem')
    .filter({ hasText: 'Starter Hosting' })
    .click();
  await expect(page.getByRole('heading', { name: 'Order Starter Hosting', level: 1 })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Domain' })).toBeVisible();
  await auditScreen(page, 'order form', { screenshot: 'a11y-order-form' });

  await visit(page, `#/a/${accountId}/contacts`, 'Contacts');
  await auditScreen(page, 'contacts');
  await visit(page, `#/a/${accountId}/account`, 'Portal account');
  await auditScreen(page, 'portal account');
});
