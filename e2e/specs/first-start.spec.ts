import { apiFunctionPaths } from '../../common/api-shape';
import { channelNames } from '../../common/contract';
import { expect, screenshotBothThemes, test } from '../fixtures';

test('first start shows the welcome screen and a clean, contract-shaped window.api', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Welcome to Reseller Console' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add your first account' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try the demo' })).toBeVisible();

  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined' });

  const paths = await page.evaluate(() => {
    const walk = (value: object, prefix = ''): string[] =>
      Object.entries(value).flatMap(([key, child]) =>
        typeof child === 'function' ? [prefix + key] : typeof child === 'object' && child ? walk(child, `${prefix}${key}.`) : [],
      );
    return walk((window as unknown as { api: object }).api).sort();
  });
  expect(paths).toEqual([...channelNames, 'on'].sort());
  expect(apiFunctionPaths({ a: { b: () => 1 }, on: () => 2 })).toEqual(['a.b', 'on']);

  await screenshotBothThemes(page, 'welcome');
});
