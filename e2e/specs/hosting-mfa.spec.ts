/**
 * A HostBill portal that asks for a second factor: the connection test says so and offers a code
 * field; a wrong code is refused beside the field; the right one signs in, and the services load.
 */
import { startHostbillSandbox } from '../../sandbox/hostbill/server';
import { expect, screenshotBothThemes, test } from '../fixtures';
import { addAccountThroughUi, SIGN_IN } from '../flows';

test('second factor: asked for, refused when wrong, accepted, then the portal is usable', async ({ page }) => {
  const sandbox = await startHostbillSandbox({ mode: 'mfa' });
  try {
    await addAccountThroughUi(page, {
      kind: 'HostBill portal',
      label: 'Portal (2FA)',
      url: sandbox.url,
      method: SIGN_IN.jwt,
      username: sandbox.demo.username,
      secret: sandbox.demo.password,
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
    const card = page.getByRole('listitem', { name: 'Portal (2FA)' });
    await card.getByRole('button', { name: 'Test connection of Portal (2FA)' }).click();
    await expect(card.getByText(/asks for a second factor/)).toBeVisible();

    const form = card.getByRole('form', { name: 'Second factor for Portal (2FA)' });
    await form.getByLabel('Authentication code').fill('000000');
    await form.getByRole('button', { name: 'Verify code' }).click();
    await expect(form.getByRole('alert')).toBeVisible();
    await screenshotBothThemes(page, 'account-mfa');

    await form.getByLabel('Authentication code').fill(sandbox.demo.mfaCode);
    await form.getByRole('button', { name: 'Verify code' }).click();
    await expect(card.getByText('Signed in with the session kept in the keychain.')).toBeVisible();
    await expect(card.getByRole('status')).toHaveClass(/notice-success/);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Services & VMs' }).click();
    await expect(page.getByRole('table').getByRole('row')).not.toHaveCount(0);
    await expect(page.getByText('Cloud Server Pool').first()).toBeVisible();
  } finally {
    await sandbox.close();
  }
});
