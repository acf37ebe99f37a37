/** UI steps several journeys share, driven by role and label like a user would. */
import { expect, type Page } from '@playwright/test';

export interface AccountFields {
  readonly kind: 'IONOS Reseller' | 'HostBill portal';
  readonly label: string;
  readonly url: string;
  /** The visible option, e.g. 'API token (Bearer)'; the kind's default when omitted. */
  readonly method?: string;
  readonly username?: string;
  readonly secret: string;
}

/** Opens "Add account" (welcome screen or Accounts screen), fills the form and waits for it to close. */
export async function addAccountThroughUi(page: Page, fields: AccountFields): Promise<void> {
  await page
    .getByRole('button', { name: /Add (your first )?account/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Add an account' });
  await dialog.getByRole('radio', { name: fields.kind }).check();
  await dialog.getByLabel('Label').fill(fields.label);
  await dialog.getByLabel('API address').fill(fields.url);
  if (fields.method) await dialog.getByLabel('Sign-in method').selectOption({ label: fields.method });
  if (fields.username !== undefined) await dialog.getByLabel('Username').fill(fields.username);
  await dialog.getByLabel(/Password|API token/).fill(fields.secret);
  await dialog.getByRole('button', { name: 'Add account' }).click();
  await expect(dialog).toBeHidden();
}

export const SIGN_IN = {
  basic: 'Username and password (Basic)',
  token: 'API token (Bearer)',
  jwt: 'Sign in with password (JWT)',
} as const;

/** Lets the page use the clipboard (Chromium asks otherwise); then `copiedText` reads what a copy button wrote. */
export async function grantClipboard(page: Page): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
}

/** Clicks a copy button by its name, checks it says "Copied", and answers what is on the clipboard. */
export async function copiedText(page: Page, button: ReturnType<Page['getByRole']>): Promise<string> {
  await button.click();
  await expect(button).toHaveText('Copied');
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Answers the app's "Discard unsaved changes?" with Discard (after Cancel/Escape on an edited form). */
export async function discardUnsavedChanges(page: Page): Promise<void> {
  const prompt = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
  await prompt.getByRole('button', { name: 'Discard changes' }).click();
  await expect(prompt).toBeHidden();
}
