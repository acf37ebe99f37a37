/** The demo profile: simulators inside the app, two demo accounts, and a connection test of each. */
import { expect, test } from '../fixtures';

test('Try the demo adds working demo accounts backed by the in-app sandbox', async ({ page }) => {
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/#\/a\/[^/]+\/contracts$/);
  await expect(page.getByRole('heading', { name: 'Contracts', level: 1 })).toBeVisible();
  await expect(page.getByTestId('contracts-count')).toHaveText(/\d+ contracts/);
  await page.getByRole('link', { name: 'Accounts' }).click();
  const list = page.getByRole('list', { name: 'Accounts' });
  await expect(list.getByRole('listitem')).toHaveCount(2);

  for (const label of ['Demo IONOS reseller', 'Demo HostBill portal']) {
    const card = list.getByRole('listitem', { name: label });
    await expect(card.getByText('Demo', { exact: true })).toBeVisible();
    await expect(card.getByText(/http:\/\/127\.0\.0\.1:\d+/)).toBeVisible();
    await card.getByRole('button', { name: `Test connection of ${label}` }).click();
    const steps = card.getByRole('list', { name: 'Connection test' });
    await expect(steps).toBeVisible();
    await expect(card.getByRole('status')).toHaveClass(/notice-success/);
  }
});
