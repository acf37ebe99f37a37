/** Issue 8 item 4: a cache whose key left the keychain is moved aside, and the first screen says so. */
import { cacheKeyAccount } from '../../main/cache/cache-key';
import { createKeytarStore } from '../../main/secrets/keytar-store';
import { expect, screenshotBothThemes, test } from '../fixtures';

test('a lost cache key is told on the first screen: which file, where, and that it opens again', async ({
  page,
  hostRun,
  dataDir,
  restartHost,
}) => {
  const added = await hostRun.core.dispatch('accounts.add', {
    kind: 'hostbill',
    label: 'Portal before the new keyring',
    baseUrl: 'https://portal.example.com/api',
    authMethod: 'basic',
    username: 'me@example.com',
    secret: 'x-secret-1',
  });
  expect(added.ok).toBe(true);
  // What a new keyring looks like to the app: the cache key entry is gone.
  expect(await createKeytarStore().delete(cacheKeyAccount(dataDir))).toBe(true);
  const run = await restartHost();
  await page.goto(run.host.url);

  const notice = page.locator('[data-startup-notice="cache-moved-aside"]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('The local cache could not be read and was moved aside');
  await expect(notice).toContainText(`${dataDir}/cache.db.unreadable-`);
  await expect(notice).toContainText('opens it again');
  await expect(page.getByRole('heading', { name: 'Welcome to Reseller Console' })).toBeVisible();
  await screenshotBothThemes(page, 'cache-moved-aside');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
});
