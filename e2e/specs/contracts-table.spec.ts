/**
 * The shared DataTable on the contracts list, end to end: CSV export of exactly what is shown
 * (through main's save-file port, read back from disk), sort and filter kept across a reload,
 * compact rows, a 14-digit contract number that fits its column, cells vertically centred, and the
 * layout at 1024 × 640 in both themes.
 */
import { readFileSync } from 'node:fs';
import { startIonosSandbox } from '../../sandbox/ionos/server';
import { expect, screenshotBothThemes, test } from '../fixtures';
import { addAccountThroughUi, SIGN_IN } from '../flows';

test('contracts table: export what is shown, keep sort and filter across a reload, fit and centre cells', async ({
  page,
}) => {
  const sandbox = await startIonosSandbox({ contracts: 300 });
  try {
    // A contract number of 14 digits, the longest IONOS hands out.
    const template = [...sandbox.state.contracts.values()][0]!;
    sandbox.state.nextContractNumber = 12345678901234;
    const { id: _id, ...fields } = template;
    const long = sandbox.state.addContract({ ...fields, name: 'Langnummer Hosting GmbH', status: 'CEASED' });

    await addAccountThroughUi(page, {
      kind: 'IONOS Reseller',
      label: 'IONOS Table',
      url: sandbox.url,
      method: SIGN_IN.token,
      secret: sandbox.demo.token,
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contracts' }).click();
    const table = page.getByRole('table', { name: 'Contracts' });
    const count = page.getByTestId('contracts-count');
    await expect(count).toHaveText('301 contracts');

    // Ceased only, by number descending: the 14-digit contract comes first.
    const ceased = [...sandbox.state.contracts.values()].filter((c) => c.status === 'CEASED');
    await page.getByLabel('Status').selectOption({ label: 'Ceased' });
    await table.getByRole('button', { name: 'Number' }).click();
    await expect(table.getByRole('columnheader', { name: 'Number' })).toHaveAttribute('aria-sort', 'descending');
    await expect(count).toHaveText(`${ceased.length} of 301 contracts`);
    const first = table.locator('tbody tr[data-index="0"]');
    await expect(first).toContainText(long.id);

    // The number fits its cell, and the text sits in the middle of the row.
    const fit = await first
      .locator('td')
      .first()
      .evaluate((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const text = range.getBoundingClientRect();
        const box = cell.getBoundingClientRect();
        return {
          overflow: cell.scrollWidth - cell.clientWidth,
          offCentre: Math.abs(text.top + text.height / 2 - (box.top + box.height / 2)),
        };
      });
    expect(fit.overflow).toBeLessThanOrEqual(0);
    expect(fit.offCentre).toBeLessThan(2);

    // Export: the file holds the shown rows, in the shown order, as CSV with a BOM.
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Saved' });
    await expect(status).toContainText(`Saved ${ceased.length} contracts to`);
    const path = await status.locator('code').textContent();
    const lines = readFileSync(path!, 'utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFNumber,Name,Reference,Status,RAM (MB),Cores,SSD / HDD (GB),IPs');
    expect(lines).toHaveLength(ceased.length + 2);
    expect(lines[1]).toMatch(
      new RegExp(`^${long.id},Langnummer Hosting GmbH,[^,]*,Ceased,\\d+,\\d+,\\d+ / \\d+,\\d+$`),
    );
    const numbers = lines.slice(1, -1).map((line) => Number(line.split(',')[0]));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

    // A reload shows the list as it was left.
    await page.reload();
    await expect(count).toHaveText(`${ceased.length} of 301 contracts`);
    await expect(page.getByLabel('Status')).toHaveValue('CEASED');
    await expect(table.getByRole('columnheader', { name: 'Number' })).toHaveAttribute('aria-sort', 'descending');
    await expect(first).toContainText(long.id);

    // Compact rows, then the smallest window the app supports, in both themes.
    await page.getByRole('button', { name: 'Compact' }).click();
    await expect(page.getByRole('button', { name: 'Compact' })).toHaveAttribute('aria-pressed', 'true');
    expect(await first.evaluate((row) => Math.round(row.getBoundingClientRect().height))).toBeLessThanOrEqual(33);
    await page.getByLabel('Status').selectOption({ label: 'All statuses' });
    await page.setViewportSize({ width: 1024, height: 640 });
    await expect(count).toHaveText('301 contracts');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeInViewport();
    await expect(first).toBeInViewport();
    await screenshotBothThemes(page, 'contracts-table-1024-compact');
    await page.getByRole('button', { name: 'Compact' }).click();
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshotBothThemes(page, 'contracts-table-1280');
  } finally {
    await sandbox.close();
  }
});
