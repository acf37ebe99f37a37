/**
 * The DNS editor end to end against the HostBill simulator: a record of each type through the form
 * (an invalid one refused beside its field, nothing sent), edit and delete through a plan, an A
 * replaced by a CNAME in one plan, the mass-change guard, import in both modes, export, and every
 * zone still readable offline.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { startHostbillSandbox, type HostbillSandbox } from '../../sandbox/hostbill/server';
import { expect, screenshotBothThemes, test } from '../fixtures';
import { addAccountThroughUi, discardUnsavedChanges } from '../flows';

let sandbox: HostbillSandbox;
test.beforeEach(async () => {
  sandbox = await startHostbillSandbox({ size: { invoices: 20 } });
});
test.afterEach(async () => {
  // The offline journey closes it itself.
  await sandbox.close().catch(() => undefined);
});

const firstZone = () => [...sandbox.state.zones.values()][0]!;
const records = (zoneId: string) => sandbox.state.zones.get(zoneId)!.records;

async function openZone(page: Page, name: string) {
  await addAccountThroughUi(page, {
    kind: 'HostBill portal',
    label: 'Portal',
    url: sandbox.url,
    username: sandbox.demo.username,
    secret: sandbox.demo.password,
  });
  await page.getByRole('link', { name: 'DNS' }).click();
  await expect(page.getByRole('table', { name: 'Zones' }).getByRole('row')).toHaveCount(sandbox.state.zones.size + 1);
  await screenshotBothThemes(page, 'dns-zones');
  await page.getByRole('table', { name: 'Zones' }).getByText(name, { exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

type FormFill = { type: string; name: string; ttl?: string; priority?: string; fields: Record<string, string> };

async function addThroughForm(page: Page, fill: FormFill) {
  await page.getByRole('button', { name: 'Add record' }).click();
  const form = page.getByRole('dialog', { name: 'Add a record' });
  await form.getByLabel('Type', { exact: true }).selectOption(fill.type);
  await form.getByLabel('Name', { exact: true }).fill(fill.name);
  if (fill.ttl) await form.getByLabel('TTL (seconds)').fill(fill.ttl);
  if (fill.priority) await form.getByLabel(fill.type === 'MX' ? 'Preference' : 'Priority').fill(fill.priority);
  for (const [label, value] of Object.entries(fill.fields)) await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole('button', { name: 'Add to plan' }).click();
  await expect(form).toBeHidden();
}

async function applyPlan(page: Page, zone: string, counts: string, confirm = false) {
  await page.getByRole('button', { name: 'Review plan' }).click();
  const plan = page.getByRole('dialog', { name: `Plan for ${zone}` });
  await expect(plan.getByTestId('plan-counts')).toContainText(counts);
  const apply = plan.getByRole('button', { name: /^Apply/ });
  if (confirm) {
    await expect(apply).toBeDisabled();
    await plan.getByLabel(`Type ${zone} to apply`).fill('not-the-zone.example');
    await expect(apply).toBeDisabled();
    await plan.getByLabel(`Type ${zone} to apply`).fill(zone);
  }
  await apply.click();
  const done = page.getByRole('dialog', { name: 'Plan applied' });
  await expect(done).toContainText(/\d+ done, 0 failed/);
  await done.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('region', { name: 'Pending changes' })).toBeHidden();
}

test('records of every type through the form, edits and deletes through plans, A → CNAME, the guard', async ({
  page,
}) => {
  const zone = firstZone();
  await openZone(page, zone.name);
  await expect(page.getByTestId('record-count')).toHaveText(`${zone.records.length} records`);
  await screenshotBothThemes(page, 'dns-zone');
  await page.setViewportSize({ width: 1024, height: 768 });
  await screenshotBothThemes(page, 'dns-zone-1024');
  await page.setViewportSize({ width: 1280, height: 800 });

  // An invalid record is refused beside its field and nothing is sent.
  const before = JSON.stringify(records(zone.domainId));
  await page.getByRole('button', { name: 'Add record' }).click();
  const form = page.getByRole('dialog', { name: 'Add a record' });
  await form.getByLabel('Name', { exact: true }).fill('bad');
  await form.getByLabel('IPv4 address').fill('999.1.1.1');
  await form.getByRole('button', { name: 'Add to plan' }).click();
  await expect(form.getByLabel('IPv4 address')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('alert')).toHaveText('Enter an IPv4 address in dotted-quad form, e.g. 192.0.2.10');
  await screenshotBothThemes(page, 'dns-form-error');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await discardUnsavedChanges(page);
  expect(JSON.stringify(records(zone.domainId))).toBe(before);
  await expect(page.getByRole('region', { name: 'Pending changes' })).toBeHidden();

  const longText = `v=DKIM1; k=rsa; p=${'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'.repeat(10)}`;
  const fills: FormFill[] = [
    { type: 'A', name: 'e2e-a', fields: { 'IPv4 address': '192.0.2.50' } },
    { type: 'AAAA', name: 'e2e-aaaa', ttl: '300', fields: { 'IPv6 address': '2001:DB8:0:0::50' } },
    { type: 'CNAME', name: 'e2e-alias', fields: { 'Target host': 'target.example.net' } },
    { type: 'MX', name: 'e2e-mx', priority: '5', fields: { 'Mail server': 'mx.example.net' } },
    { type: 'TXT', name: 'e2e-txt', fields: { Text: longText } },
    {
      type: 'SRV',
      name: '_xmpp._tcp',
      priority: '5',
      fields: { Weight: '10', Port: '5222', Target: 'xmpp.example.net' },
    },
    { type: 'NS', name: 'e2e-sub', fields: { 'Name server': 'ns1.example.net' } },
    { type: 'CAA', name: '@', fields: { Value: '0 issuewild ";"' } },
  ];
  for (const fill of fills) await addThroughForm(page, fill);
  await expect(page.getByRole('region', { name: 'Pending changes' })).toContainText('8 pending changes');
  expect(JSON.stringify(records(zone.domainId))).toBe(before);
  await page.getByRole('button', { name: 'Review plan' }).click();
  await screenshotBothThemes(page, 'dns-plan');
  await page
    .getByRole('dialog', { name: `Plan for ${zone.name}` })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await applyPlan(page, zone.name, '8 to add · 0 to change · 0 to delete');
  const portal = records(zone.domainId);
  expect(portal.find((r) => r.name === 'e2e-aaaa')).toMatchObject({ content: '2001:db8::50', ttl: 300 });
  expect(portal.find((r) => r.name === '_xmpp._tcp')).toMatchObject({
    priority: 5,
    content: ['10', '5222', 'xmpp.example.net'],
  });
  expect(portal.find((r) => r.name === 'e2e-txt')?.content).toBe(longText);
  await expect(page.getByTestId('record-count')).toHaveText(`${portal.length} records`);

  // Edit and delete through a plan.
  const search = page.getByLabel('Search records');
  await search.fill('e2e-a');
  const table = page.getByRole('table', { name: 'Records' });
  await table.getByRole('button', { name: 'Edit e2e-aaaa AAAA' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit AAAA record' });
  await edit.getByLabel('TTL (seconds)').fill('600');
  await edit.getByRole('button', { name: 'Change in plan' }).click();
  await table.getByRole('button', { name: 'Delete e2e-alias CNAME' }).click();
  await applyPlan(page, zone.name, '0 to add · 1 to change · 1 to delete');
  expect(records(zone.domainId).find((r) => r.name === 'e2e-aaaa')?.ttl).toBe(600);
  expect(records(zone.domainId).some((r) => r.name === 'e2e-alias')).toBe(false);

  // An A replaced by a CNAME in one plan: the delete goes first.
  await search.fill('e2e-a');
  await table.getByRole('button', { name: 'Delete e2e-a A' }).click();
  await addThroughForm(page, { type: 'CNAME', name: 'e2e-a', fields: { 'Target host': 'lb.example.net' } });
  await applyPlan(page, zone.name, '1 to add · 0 to change · 1 to delete');
  expect(
    records(zone.domainId)
      .filter((r) => r.name === 'e2e-a')
      .map((r) => r.type),
  ).toEqual(['CNAME']);

  // The guard: deleting every A record is more than 30% of the zone.
  await search.fill('');
  await page.getByLabel('Type filter').selectOption('A');
  await table.getByLabel('Select all shown records').check();
  const count = records(zone.domainId).length;
  const aRecords = records(zone.domainId).filter((r) => r.type === 'A').length;
  expect(aRecords / count).toBeGreaterThan(0.3);
  await page.getByRole('button', { name: `Delete ${aRecords} selected` }).click();
  await applyPlan(page, zone.name, `0 to add · 0 to change · ${aRecords} to delete`, true);
  expect(records(zone.domainId).filter((r) => r.type === 'A')).toHaveLength(0);
});

test('import in merge and replace modes, export, then every zone offline', async ({ page }) => {
  const zone = firstZone();
  await openZone(page, zone.name);

  const importFile = async (text: string, mode: 'Merge' | 'Replace') => {
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: `Import into ${zone.name}` });
    await dialog.getByLabel('Zone file').fill(text);
    await dialog.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
    await dialog.getByRole('button', { name: 'Show the plan' }).click();
    await expect(dialog).toBeHidden();
  };
  const applyShown = async (counts: string, confirm = false) => {
    const plan = page.getByRole('dialog', { name: `Plan for ${zone.name}` });
    await expect(plan.getByTestId('plan-counts')).toContainText(counts);
    if (confirm) await plan.getByLabel(`Type ${zone.name} to apply`).fill(zone.name);
    await plan.getByRole('button', { name: /^Apply/ }).click();
    const done = page.getByRole('dialog', { name: 'Plan applied' });
    await expect(done).toContainText(/0 failed/);
    await done.getByRole('button', { name: 'Close' }).click();
  };

  // A file that cannot be read is refused with its line number.
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: `Import into ${zone.name}` });
  await dialog.getByLabel('Zone file').fill('ok 300 IN A 192.0.2.1\nbad 300 IN A 300.1.1.1\n');
  await dialog.getByRole('button', { name: 'Show the plan' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Line 2: bad A: Enter an IPv4 address');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await discardUnsavedChanges(page);

  await importFile(
    `$ORIGIN ${zone.name}.\n$TTL 1h\n@ IN SOA ns1. host. 1 2 3 4 5\nimported IN A 192.0.2.123 ; merged\n`,
    'Merge',
  );
  await expect(page.getByRole('dialog', { name: `Plan for ${zone.name}` })).toContainText('SOA record skipped');
  await applyShown('1 to add · 0 to change · 0 to delete');
  expect(records(zone.domainId).find((r) => r.name === 'imported')).toMatchObject({
    ttl: 3600,
    content: '192.0.2.123',
  });

  // Export, then replace the zone with a trimmed copy of the export.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${zone.name}.zone`);
  const exported = readFileSync((await download.path())!, 'utf8');
  expect(exported).toContain(`$ORIGIN ${zone.name}.`);
  const kept = exported.split('\n').filter((line) => !/ IN (A|AAAA|TXT) /.test(line) || line.startsWith('imported'));
  const expected = records(zone.domainId).filter(
    (r) => !['A', 'AAAA', 'TXT'].includes(r.type) || r.name === 'imported',
  ).length;
  const deleted = records(zone.domainId).length - expected;
  await importFile(kept.join('\n'), 'Replace');
  await applyShown(`0 to add · 0 to change · ${deleted} to delete`, true);
  expect(records(zone.domainId)).toHaveLength(expected);

  // Offline: every zone still opens from the cache.
  const zones = [...sandbox.state.zones.values()];
  await page.getByRole('link', { name: '← All zones' }).click();
  await sandbox.close();
  for (const z of zones) {
    await page.getByRole('table', { name: 'Zones' }).getByText(z.name, { exact: true }).click();
    await expect(page.getByRole('heading', { name: z.name, level: 1 })).toBeVisible();
    await expect(page.getByTestId('record-count')).toHaveText(`${z.records.length} records`);
    await page.getByRole('link', { name: '← All zones' }).click();
  }
});
