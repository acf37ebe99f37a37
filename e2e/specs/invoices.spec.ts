/**
 * Invoices end to end: the first sync, filters (status as sent, currency, overdue), search over
 * lines (CJK too), totals per currency, an invoice with every field, apply credit behind its
 * confirmation, CSV and PDF exports, print; then the portal goes away and it is all done again
 * offline from the cache (credit disabled with the reason).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { localDay, isOverdue } from '../../common/invoices/overdue';
import { invoiceTotals } from '../../sandbox/hostbill/invoice-math';
import { changeInvoice } from '../../sandbox/hostbill/invoice-changes';
import { startHostbillSandbox, type HostbillSandbox } from '../../sandbox/hostbill/server';
import { expect, screenshotBothThemes, test } from '../fixtures';
import { addAccountThroughUi, SIGN_IN } from '../flows';

const INVOICES = 300;
let sandbox: HostbillSandbox;
test.beforeEach(async () => {
  sandbox = await startHostbillSandbox({ size: { invoices: INVOICES } });
});
test.afterEach(async () => {
  await sandbox.close();
});

test('invoices: sync, filter, search, totals, detail, credit, CSV, PDF, print, then all of it offline', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The newest invoice: unpaid, in the account's currency, so credit can pay it.
  const fresh = changeInvoice(sandbox.state, 'add', undefined);
  const freshRecord = sandbox.state.invoices.get(fresh.id)!;
  const all = [...sandbox.state.invoices.values()];
  await addAccountThroughUi(page, {
    kind: 'HostBill portal',
    label: 'Billing portal',
    url: sandbox.url,
    method: SIGN_IN.basic,
    username: sandbox.demo.username,
    secret: sandbox.demo.password,
  });
  await page.getByRole('link', { name: 'Invoices' }).first().click();
  await expect(page.getByRole('heading', { name: 'Invoices', level: 1 })).toBeVisible();
  const counts = page.locator('.invoice-counts');
  await expect(counts).toHaveText(`${all.length} shown`);
  // Details arrive in the background; the list is usable meanwhile. Wait for them (search needs lines).
  await expect(page.getByTestId('detail-progress')).toBeHidden({ timeout: 60_000 });

  // Totals per currency, never summed across currencies.
  const totals = page.getByRole('table', { name: 'Totals per currency' });
  const currencies = [...new Set(all.map((invoice) => invoice.currency))].sort();
  await expect(totals.locator('tbody tr')).toHaveCount(currencies.length);
  const eurCount = all.filter((invoice) => invoice.currency === 'EUR').length;
  await expect(totals.locator('tr[data-currency="EUR"] td').first()).toHaveText(String(eurCount));
  await screenshotBothThemes(page, 'invoices-list');
  await page.setViewportSize({ width: 1024, height: 768 });
  await screenshotBothThemes(page, 'invoices-list-1024');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Status as sent, currency, overdue by the local clock.
  const unpaid = all.filter((invoice) => invoice.status === 'Unpaid');
  await page.getByLabel('Status', { exact: true }).selectOption('Unpaid');
  await expect(counts).toHaveText(`${unpaid.length} of ${all.length} shown`);
  const today = localDay(Date.now());
  const overdue = all.filter((invoice) => isOverdue({ status: invoice.status, dueDate: invoice.duedate }, today));
  await page.getByLabel('Status', { exact: true }).selectOption('');
  await page.getByLabel('Overdue only').check();
  await expect(counts).toHaveText(`${overdue.length} of ${all.length} shown`);
  await page.getByLabel('Overdue only').uncheck();
  await page.getByLabel('Currency', { exact: true }).selectOption('USD');
  await expect(counts).toHaveText(`${all.filter((i) => i.currency === 'USD').length} of ${all.length} shown`);
  await page.getByLabel('Currency', { exact: true }).selectOption('');

  // Search over line descriptions, CJK included.
  const cjk = all.filter((invoice) => invoice.items.some((item) => item.description.includes('山田')));
  await page.getByLabel('Search invoices').fill('山田');
  await expect(counts).toHaveText(`${cjk.length} of ${all.length} shown`);
  // The filters survive a reload.
  await page.reload();
  await expect(page.getByLabel('Search invoices')).toHaveValue('山田');
  await expect(counts).toHaveText(`${cjk.length} of ${all.length} shown`);
  await page.getByLabel('Search invoices').fill(freshRecord.number);
  await expect(counts).toHaveText(`1 of ${all.length} shown`);

  // The invoice: every field, then apply credit behind the confirmation.
  await page.getByRole('row').filter({ hasText: freshRecord.number }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Invoice ${freshRecord.number}`);
  await expect(page.getByRole('region', { name: 'Billing address' })).toContainText('Demo Hosting Ltd');
  await expect(page.getByRole('region', { name: 'Items' })).toContainText(freshRecord.items[0]!.description);
  await expect(page.getByRole('region', { name: 'Payment methods' })).toContainText('PayPal');
  await screenshotBothThemes(page, 'invoice-detail');
  await page.getByRole('button', { name: 'Apply credit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Apply credit' });
  const due = invoiceTotals(freshRecord).due.toFixed(2);
  await expect(dialog.getByLabel('Amount (EUR)')).toHaveValue(due);
  await dialog.getByLabel('Amount (EUR)').fill('9999');
  await expect(dialog.getByRole('alert')).toContainText('At most');
  await dialog.getByLabel('Amount (EUR)').fill('10');
  await screenshotBothThemes(page, 'invoice-credit-confirm');
  await dialog.getByRole('button', { name: /^Apply/ }).click();
  const done = page.getByRole('dialog', { name: 'Credit applied' });
  await expect(done.getByTestId('credit-outcome')).toHaveText('Applied 10.00 EUR of credit.');
  expect(freshRecord.credit).toBe(10);
  await done.getByRole('button', { name: 'Close' }).click();

  // Exports and print.
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const pdfPath = (await page.getByTestId('export-path').locator('code').innerText()).trim();
  expect(execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' })).toContain(freshRecord.number);
  const [tab] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Print' }).click(),
  ]);
  await tab.waitForLoadState();
  expect(tab.url()).toMatch(/\/__host\/exports\/invoice.*\.pdf$/);
  await tab.close();

  await page.getByRole('link', { name: '← All invoices' }).click();
  await page.getByLabel('Search invoices').fill('');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csvPath = (await page.getByTestId('export-path').locator('code').innerText()).trim();
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv.startsWith('\uFEFFNumber,Invoice ID')).toBe(true);
  expect(csv.trimEnd().split('\r\n')).toHaveLength(all.length + 1);

  // Offline: everything still readable and exportable; credit disabled with the reason.
  await sandbox.close();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('status', { name: 'Offline' })).toBeVisible();
  await expect(counts).toHaveText(`${all.length} shown`);
  await page.getByLabel('Search invoices').fill('山田');
  await expect(counts).toHaveText(`${cjk.length} of ${all.length} shown`);
  await page.getByRole('checkbox', { name: 'Select all shown' }).check();
  await page.getByRole('button', { name: `PDF of ${cjk.length} selected` }).click();
  const offlinePdf = (await page.getByTestId('export-path').locator('code').innerText()).trim();
  const offlineText = execFileSync('pdftotext', [offlinePdf, '-'], { encoding: 'utf8' });
  expect(offlineText).toContain('山田');
  await page.getByRole('button', { name: 'CSV of lines' }).click();
  await expect(page.getByTestId('export-path')).toContainText('invoice lines');
  await screenshotBothThemes(page, 'invoices-offline');

  await page.getByLabel('Search invoices').fill(freshRecord.number);
  await page.getByRole('row').filter({ hasText: freshRecord.number }).click();
  await expect(page.getByRole('region', { name: 'Items' })).toContainText(freshRecord.items[0]!.description);
  await expect(page.getByRole('button', { name: 'Apply credit' })).toBeDisabled();
  await expect(page.getByTestId('credit-reason')).toHaveText(
    'Offline: credit can be applied when the portal can be reached again.',
  );
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByTestId('export-path')).toContainText('.pdf');
});
