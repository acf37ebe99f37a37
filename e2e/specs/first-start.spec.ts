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
        typeof child === 'function'
          ? [prefix + key]
          : typeof child === 'object' && child
            ? walk(child, `${prefix}${key}.`)
            : [],
      );
    return walk((window as unknown as { api: object }).api).sort();
  });
  expect(paths).toEqual([...channelNames, 'on'].sort());
  expect(apiFunctionPaths({ a: { b: () => 1 }, on: () => 2 })).toEqual(['a.b', 'on']);

  await screenshotBothThemes(page, 'welcome');
});

test('malformed calls from the page are refused with validation errors and change nothing', async ({ page }) => {
  const answers = await page.evaluate(async () => {
    const api = (
      window as unknown as { api: { accounts: { add(a: unknown): Promise<unknown>; list(): Promise<unknown> } } }
    ).api;
    const post = async (channel: string, body: unknown) =>
      (
        await fetch(`/ipc/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).json();
    return {
      wrongTypes: await api.accounts.add({
        kind: 'hostbill',
        label: 7,
        baseUrl: [],
        authMethod: 'jwt',
        username: 'u',
        secret: 's',
      }),
      missing: await api.accounts.add({ kind: 'ionos-reseller' }),
      extraField: await api.accounts.add({
        kind: 'hostbill',
        label: 'x',
        baseUrl: 'https://p.example/api',
        authMethod: 'jwt',
        username: 'u',
        secret: 's',
        admin: true,
      }),
      extraChannel: await post('accounts.exportSecrets', { args: {} }),
      list: await api.accounts.list(),
    };
  });
  for (const key of ['wrongTypes', 'missing', 'extraField', 'extraChannel'] as const) {
    expect(answers[key]).toMatchObject({ ok: false, error: { kind: 'validation' } });
  }
  expect(answers.list).toEqual({ ok: true, value: [] });
});
