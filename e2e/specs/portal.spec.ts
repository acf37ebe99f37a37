/**
 * The portal areas end to end: order a product through its form (a config option and an addon, the
 * price following them), confirm, find the new service and invoice; a contact with privileges,
 * created then edited; account details; logs and affiliates (hidden on a portal without them); all
 * of it readable offline with writes disabled and the reason shown.
 */
import { startHostbillSandbox, type HostbillSandbox } from '../../sandbox/hostbill/server';
import { expect, screenshotBothThemes, test } from '../fixtures';
import { addAccountThroughUi, discardUnsavedChanges, SIGN_IN } from '../flows';

let sandbox: HostbillSandbox;
test.beforeEach(async () => {
  sandbox = await startHostbillSandbox({ size: { invoices: 40 } });
});
test.afterEach(async () => {
  await sandbox.close();
});

async function addPortal(page: Parameters<typeof addAccountThroughUi>[0], label: string, portal: HostbillSandbox) {
  await addAccountThroughUi(page, {
    kind: 'HostBill portal',
    label,
    url: portal.url,
    method: SIGN_IN.basic,
    username: portal.demo.username,
    secret: portal.demo.password,
  });
}

test('order a product through its form; the price follows the options; the new service and invoice', async ({
  page,
}) => {
  await addPortal(page, 'Portal', sandbox);
  await page.getByRole('link', { name: 'Orders' }).click();
  await page
    .getByRole('navigation', { name: 'Product categories' })
    .getByRole('link', { name: 'Hosting', exact: true })
    .click();
  await screenshotBothThemes(page, 'portal-catalog');
  await page
    .getByRole('list', { name: 'Products' })
    .getByRole('listitem')
    .filter({ hasText: 'Starter Hosting' })
    .click();
  await expect(page.getByRole('heading', { name: 'Order Starter Hosting', level: 1 })).toBeVisible();

  const total = page.getByTestId('order-total');
  await page.getByRole('textbox', { name: 'Domain' }).fill('e2e-shop.example');
  await expect(total).toHaveText('12.09');
  await page.getByLabel('Disk Size').selectOption({ label: '50 GB — 4.50' });
  await expect(total).toHaveText('17.53');
  await page.getByRole('checkbox', { name: /^Add Cpanel2: Add Extra IP/ }).check();
  await page.getByLabel('Cpanel2: Add Extra IP: billing cycle').selectOption('q');
  // 9.99 + 4.50 + 14.00 (the IP addon, quarterly), plus 21 % VAT.
  await expect(total).toHaveText('34.47');
  await expect(page.getByRole('region', { name: 'Price' })).toContainText('Then quarterly');
  await screenshotBothThemes(page, 'portal-order-form');
  await page.setViewportSize({ width: 1024, height: 768 });
  await screenshotBothThemes(page, 'portal-order-form-1024');
  await page.setViewportSize({ width: 1280, height: 800 });

  const servicesBefore = sandbox.state.services.size;
  await page.getByRole('button', { name: 'Review order…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Order Starter Hosting?' });
  await expect(dialog.getByRole('list', { name: 'Order summary' }).or(dialog.locator('dl'))).toContainText('50 GB');
  await expect(dialog).toContainText('Quarterly');
  await dialog.getByRole('button', { name: 'Place order' }).click();
  const placed = page.getByRole('status', { name: 'Order placed' });
  await expect(placed).toBeVisible();
  expect(sandbox.state.services.size).toBe(servicesBefore + 1);
  const created = [...sandbox.state.services.values()].at(-1)!;
  const invoiceId = [...sandbox.state.invoices.keys()].at(-1)!;
  await expect(placed.getByRole('link', { name: `Open invoice #${invoiceId} (to pay)` })).toHaveAttribute(
    'href',
    new RegExp(`/invoices/${invoiceId}$`),
  );
  await screenshotBothThemes(page, 'portal-order-placed');
  await placed.getByRole('link', { name: new RegExp(`Open service #${created.id}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/services/${created.id}$`));
  await expect(page.getByText('Pending').first()).toBeVisible();
});

test('a basket: three added, one removed, the other two ordered together on one invoice', async ({ page }) => {
  await addPortal(page, 'Portal', sandbox);
  const openStarter = async () => {
    await page.getByRole('link', { name: 'Orders' }).first().click();
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
  };
  const addStarter = async (domain: string) => {
    await openStarter();
    await page.getByRole('textbox', { name: 'Domain' }).fill(domain);
    await expect(page.getByTestId('order-total')).toHaveText('12.09');
    await page.getByRole('button', { name: 'Add to basket' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added to the basket' })).toBeVisible();
  };
  await addStarter('basket-one.example');
  await addStarter('basket-two.example');
  await addStarter('basket-three.example');
  await page.getByRole('link', { name: 'Basket (3)', exact: true }).click();
  const items = page.getByRole('list', { name: 'Basket items' });
  await expect(items.getByRole('listitem')).toHaveCount(3);
  await items
    .getByRole('listitem')
    .filter({ hasText: 'basket-two.example' })
    .getByRole('button', { name: 'Remove' })
    .click();
  await expect(items.getByRole('listitem')).toHaveCount(2);
  await expect(items).not.toContainText('basket-two.example');
  // The portal's own quote for both together.
  await expect(page.getByTestId('order-total')).toHaveText('24.18');
  await screenshotBothThemes(page, 'portal-basket');

  const servicesBefore = sandbox.state.services.size;
  const invoicesBefore = sandbox.state.invoices.size;
  await page.getByRole('button', { name: 'Review order…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Order 2 items?' });
  await expect(dialog).toContainText('basket-one.example');
  await expect(dialog).toContainText('basket-three.example');
  await dialog.getByRole('button', { name: 'Place order' }).click();
  const placed = page.getByRole('status', { name: 'Order placed' });
  await expect(placed).toBeVisible();
  expect(sandbox.state.services.size).toBe(servicesBefore + 2);
  expect(sandbox.state.invoices.size).toBe(invoicesBefore + 1);
  await expect(placed.getByRole('link', { name: /Open service #/ })).toHaveCount(2);
  await expect(page.getByText('The basket is empty.')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Basket \(/ })).toHaveCount(0);
});

test('contacts with privileges, account details, logs and affiliates; offline reading', async ({ page }) => {
  await addPortal(page, 'Portal', sandbox);
  // Seen once online, so it is in the cache for the offline part below.
  await page.getByRole('link', { name: 'Orders' }).first().click();
  await page
    .getByRole('navigation', { name: 'Product categories' })
    .getByRole('link', { name: 'Hosting', exact: true })
    .click();
  await expect(page.getByRole('list', { name: 'Products' })).toContainText('Starter Hosting');
  await page.getByRole('link', { name: 'Contacts' }).first().click();
  await expect(page.getByRole('table', { name: 'Contacts' }).getByRole('row')).toHaveCount(
    sandbox.state.contacts.size + 1,
  );
  await page.getByRole('button', { name: 'New contact' }).click();
  const editor = page.getByRole('region', { name: 'New contact' });
  await editor.getByRole('textbox', { name: 'Email' }).fill('nina.berg@example.com');
  await editor.getByLabel('First name').fill('Nina');
  await editor.getByLabel('Last name').fill('Berg');
  await editor.getByRole('textbox', { name: 'Phone' }).fill('call me');
  await editor.getByRole('button', { name: 'Add contact' }).click();
  await expect(editor.getByText('Enter a phone number such as +1 707 555 0123')).toBeVisible();
  await editor.getByRole('textbox', { name: 'Phone' }).fill('+46 8 555 0199');
  await editor.getByRole('textbox', { name: 'Country' }).fill('SE');
  await editor.getByLabel('Sign-in password (optional)').fill('contact-pass-123');
  await editor.getByLabel('Support: View all tickets').check();
  await editor.getByLabel('Billing: View and pay invoices').check();
  await screenshotBothThemes(page, 'portal-contact-new');
  await editor.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('region', { name: 'Edit contact' })).toBeVisible();
  const added = [...sandbox.state.contacts.values()].at(-1)!;
  expect(added.privileges).toEqual({ billing: ['payinvoice'], support: ['tickets'] });
  const edit = page.getByRole('region', { name: 'Edit contact' });
  await expect(edit.getByLabel('Support: View all tickets')).toBeChecked();
  await edit.getByLabel('Full control over all services (including new ones)').check();
  await edit.getByRole('button', { name: 'Save contact' }).click();
  await expect
    .poll(() => sandbox.state.contacts.get(added.id)?.privileges)
    .toEqual({
      billing: ['payinvoice'],
      support: ['tickets'],
      services: { full: 1 },
    });
  await screenshotBothThemes(page, 'portal-contact-edit');

  await page.getByRole('link', { name: 'Portal account' }).first().click();
  // The money at a glance, as the portal's /balance tells it.
  const amount = async (testId: string) =>
    Number((await page.getByTestId(testId).textContent())!.replace(/[^0-9.-]/g, ''));
  await expect(page.getByRole('region', { name: 'Balance' })).toBeVisible();
  expect(await amount('balance-credit')).toBe(sandbox.state.client.credit);
  expect(await amount('balance-unpaid')).toBeGreaterThan(0);
  const details = page.getByRole('region', { name: 'Account details' });
  await details.getByRole('textbox', { name: 'City' }).fill('Porto');
  await expect(page.getByRole('status', { name: 'Changes to save' })).toContainText('City: Santa Rosa → Porto');
  await screenshotBothThemes(page, 'portal-account-details');
  await details.getByRole('button', { name: 'Save changes' }).click();
  await expect(details.getByText('The portal saved your details.')).toBeVisible();
  expect(sandbox.state.client.city).toBe('Porto');

  const tabs = page.getByRole('navigation', { name: 'Portal account' });
  await tabs.getByRole('link', { name: 'Logs' }).click();
  const log = page.getByRole('table', { name: 'Log entries' });
  await expect(log.getByRole('row').nth(1)).toContainText('Client profile updated');
  await page.getByLabel('Search the log').fill('API token');
  await expect(log.getByRole('row').nth(1)).toContainText('API token generated');
  await screenshotBothThemes(page, 'portal-logs');
  await tabs.getByRole('link', { name: 'Affiliates' }).click();
  await expect(page.getByRole('region', { name: 'Commissions' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Commissions' }).getByLabel('Commissions totals')).toContainText('EUR');
  await screenshotBothThemes(page, 'portal-affiliates');

  // The portal goes away: everything seen stays readable, writes are off and say why.
  await sandbox.close();
  await tabs.getByRole('link', { name: 'Details' }).click();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('status', { name: 'Offline' })).toBeVisible();
  await expect(details.getByRole('textbox', { name: 'City' })).toHaveValue('Porto');
  await details.getByRole('textbox', { name: 'City' }).fill('Lisbon');
  await expect(details.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  await expect(details.getByText('Offline: changes are disabled').first()).toBeVisible();
  // "Lisbon" cannot be saved offline: leaving the form asks before dropping it.
  await tabs.getByRole('link', { name: 'Logs' }).click();
  await discardUnsavedChanges(page);
  await expect(log.getByRole('row').nth(1)).toBeVisible();
  await page.getByRole('link', { name: 'Contacts' }).first().click();
  await expect(page.getByRole('table', { name: 'Contacts' })).toContainText('Nina');
  await page.getByRole('link', { name: 'Orders' }).first().click();
  await page
    .getByRole('navigation', { name: 'Product categories' })
    .getByRole('link', { name: 'Hosting', exact: true })
    .click();
  await expect(page.getByRole('list', { name: 'Products' })).toContainText('Starter Hosting');
  await screenshotBothThemes(page, 'portal-offline');
});

test('a portal without the affiliate module has no Affiliates tab', async ({ page }) => {
  sandbox.state.modules.affiliates = false;
  await addPortal(page, 'Portal without affiliates', sandbox);
  await page.getByRole('link', { name: 'Portal account' }).first().click();
  const tabs = page.getByRole('navigation', { name: 'Portal account' });
  await expect(tabs.getByRole('link', { name: 'Logs' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Account details' })).toBeVisible();
  await expect(tabs.getByRole('link', { name: 'Affiliates' })).toHaveCount(0);
});
