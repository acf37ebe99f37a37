/**
 * How every form behaves (issue 8 item 15), on the contracts screens of an IONOS account: a dialog
 * puts focus on its first field and gives it back to the button that opened it; a message shows when
 * a field is left and goes as soon as the field is fixed; leaving, reloading or cancelling a form with
 * unsaved edits asks first; an invalid limit is never previewed.
 */
import { startIonosSandbox } from '../../sandbox/ionos/server';
import { expect, screenshotBothThemes, test } from '../fixtures';
import { addAccountThroughUi, SIGN_IN } from '../flows';

test('dialog focus, blur validation, the unsaved-edits question and the limits preview', async ({ page }) => {
  const sandbox = await startIonosSandbox({ contracts: 40 });
  try {
    // The account dialog opens on its first field (the kind of account, a radio group).
    await page
      .getByRole('button', { name: /Add (your first )?account/ })
      .first()
      .click();
    const accountDialog = page.getByRole('dialog', { name: 'Add an account' });
    await expect(accountDialog.getByRole('radio', { name: 'IONOS Reseller' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(accountDialog).toBeHidden();
    await addAccountThroughUi(page, {
      kind: 'IONOS Reseller',
      label: 'IONOS',
      url: sandbox.url,
      method: SIGN_IN.token,
      secret: sandbox.demo.token,
    });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Contracts' }).click();
    const table = page.getByRole('table', { name: 'Contracts' });
    await expect(table.getByRole('row').nth(1)).toBeVisible();

    // Focus in and out: first field on open, back to "New contract" on close.
    const newContract = page.getByRole('button', { name: 'New contract' });
    await newContract.click();
    const dialog = page.getByRole('dialog', { name: 'New contract' });
    const name = dialog.getByLabel('Name');
    await expect(name).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(newContract).toBeFocused();

    // A message on leaving the field, not before; gone as soon as the field is fixed.
    await newContract.click();
    await expect(name).toBeFocused();
    await expect(dialog.getByText('Enter the contract name')).toHaveCount(0);
    await page.keyboard.press('Tab');
    await expect(dialog.getByText('Enter the contract name')).toBeVisible();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await name.fill('Sonnenschein');
    await expect(dialog.getByText('Enter the contract name')).toHaveCount(0);
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');

    // Escape with edits asks; "Keep editing" keeps them, "Discard changes" closes.
    await name.focus();
    await page.keyboard.press('Escape');
    const prompt = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
    await expect(prompt).toBeVisible();
    await expect(prompt.getByRole('button', { name: 'Keep editing' })).toBeFocused();
    await screenshotBothThemes(page, 'forms-discard-prompt');
    await prompt.getByRole('button', { name: 'Keep editing' }).click();
    await expect(prompt).toBeHidden();
    await expect(dialog).toBeVisible();
    await expect(name).toHaveValue('Sonnenschein');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await prompt.getByRole('button', { name: 'Discard changes' }).click();
    await expect(dialog).toBeHidden();
    await expect(newContract).toBeFocused();
    expect([...sandbox.state.contracts.values()].some((c) => c.name === 'Sonnenschein')).toBe(false);

    // The limits preview: a valid change shows old → new; an invalid number shows its message.
    const opened = [...sandbox.state.contracts.values()][0]!;
    await table.getByRole('row').filter({ hasText: opened.id }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(opened.name ?? '');
    const limits = page.getByRole('form', { name: 'Resource limits' });
    const cores = limits.getByLabel('Cores per server (cores)');
    const before = opened.resourceLimits!.cpuServerMax;
    await cores.click();
    await cores.fill('100000000000000000000000');
    const changes = limits.getByRole('status', { name: 'Changes to save' });
    await expect(changes).toContainText('Cores per server: enter a whole number');
    await expect(changes).not.toContainText('100,000');
    await cores.fill('3000000000');
    await expect(changes).toContainText('Cores per server is too large');
    await expect(changes).not.toContainText('3,000,000,000');
    await expect(cores).not.toHaveAttribute('aria-invalid', 'true');
    await page.keyboard.press('Tab');
    await expect(cores).toHaveAttribute('aria-invalid', 'true');
    await changes.scrollIntoViewIfNeeded();
    await screenshotBothThemes(page, 'forms-limits-invalid');
    await cores.fill(String(before + 1));
    await expect(cores).not.toHaveAttribute('aria-invalid', 'true');
    await expect(changes).toContainText(`Cores per server: ${before} → ${before + 1} cores`);

    // Leaving through the sidebar asks; keeping stays on the contract with the edit.
    await nav.getByRole('link', { name: 'Accounts' }).click();
    await expect(prompt).toBeVisible();
    await prompt.getByRole('button', { name: 'Keep editing' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(opened.name ?? '');
    await expect(cores).toHaveValue(String(before + 1));

    // Back in history asks too, and the address stays on the contract.
    const contractUrl = page.url();
    await page.goBack();
    await expect(prompt).toBeVisible();
    await prompt.getByRole('button', { name: 'Keep editing' }).click();
    expect(page.url()).toBe(contractUrl);
    await expect(cores).toHaveValue(String(before + 1));

    // A reload asks the browser's own question (beforeunload); accepted, the edit is gone.
    const asked: string[] = [];
    page.once('dialog', (question) => {
      asked.push(question.type());
      void question.accept();
    });
    await page.reload();
    expect(asked).toEqual(['beforeunload']);
    await expect(
      page.getByRole('form', { name: 'Resource limits' }).getByLabel('Cores per server (cores)'),
    ).toHaveValue(String(before));

    // Discarding lets the navigation through; nothing was sent.
    await cores.click();
    await cores.fill(String(before + 2));
    await nav.getByRole('link', { name: 'Accounts' }).click();
    await prompt.getByRole('button', { name: 'Discard changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
    expect(sandbox.state.findContract(opened.id)?.resourceLimits?.cpuServerMax).toBe(before);
  } finally {
    await sandbox.close();
  }
});
