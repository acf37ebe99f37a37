/**
 * The portal feature through the IPC dispatcher of a real core (temp encrypted SQLite, memory
 * keychain) against the real HostBill simulator on port 0.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { portalKeys } from '../../../common/channels/portal';
import { startHostbillSandbox, type HostbillSandbox } from '../../../sandbox/hostbill/server';
import { CACHE_FILE, cacheKeyAccount } from '../../cache/cache-key';
import { openCacheDatabase } from '../../cache/database';
import { createTempCore, type TempCore } from '../../test-support/temp-core';

let t: TempCore | undefined;
const sandboxes: HostbillSandbox[] = [];

async function setUp(options: Parameters<typeof startHostbillSandbox>[0] = {}) {
  const sandbox = await startHostbillSandbox({ size: { invoices: 20 }, ...options });
  sandboxes.push(sandbox);
  t ??= await createTempCore();
  const account = await t.value('accounts.add', {
    kind: 'hostbill',
    label: `Portal ${sandboxes.length}`,
    baseUrl: sandbox.url,
    authMethod: 'basic',
    username: sandbox.demo.username,
    secret: sandbox.demo.password,
  });
  return { sandbox, core: t, accountId: account.id };
}

afterEach(async () => {
  await t?.dispose();
  t = undefined;
  await Promise.all(sandboxes.splice(0).map((s) => s.close()));
});

async function decryptedPortalRows(core: TempCore): Promise<string> {
  const keyHex = (await core.secrets.get(cacheKeyAccount(core.dataDir)))!;
  const db = openCacheDatabase({ path: join(core.dataDir, CACHE_FILE), keyHex });
  try {
    return JSON.stringify(db.prepare('SELECT * FROM portal_documents').all());
  } finally {
    db.close();
  }
}

describe('portal feature: orders', () => {
  it('builds the form from the portal and quotes an invalid option with the per-item error', async () => {
    const { core, accountId } = await setUp();
    const categories = await core.value('catalog.categories', { accountId });
    expect(categories.data.map((c) => c.name)).toContain('VPS');
    const products = await core.value('catalog.products', { accountId, categoryId: '19' });
    expect(products.data.map((p) => p.name)).toEqual(['VPS S', 'VPS M', 'VPS L']);
    const form = (await core.value('orders.form', { accountId, productId: '851' })).data!;
    expect(form.fields.map((f) => f.kind)).toEqual(['cycle', 'choice', 'quantity', 'text', 'checkbox', 'addon']);
    const quote = await core.value('orders.quote', {
      accountId,
      items: [
        { productId: '851', cycle: 'm', custom: { '1632': { '10420': 'web1.example.com' } } },
        { productId: '333', domain: 'shop.example', custom: { '1618': { '77': 1 } } },
      ],
    });
    expect(quote.items.map((i) => [i.valid, i.errors])).toEqual([
      [true, []],
      [false, ['Invalid value for Disk Size']],
    ]);
    const refused = await core.call('orders.quote', { accountId, items: [{ productId: '851; DROP' }] });
    expect(refused.ok ? null : refused.error.kind).toBe('validation');
  });

  it('does not repeat an order whose answer was lost, and reports the pending service the portal has', async () => {
    const { sandbox, core, accountId } = await setUp();
    await core.value('orders.form', { accountId, productId: '900' });
    const before = sandbox.state.services.size;
    sandbox.faults.add({ fault: { kind: 'drop-after' }, method: 'POST', path: '/order/900$' });
    const outcome = await core.value('orders.place', { accountId, items: [{ productId: '900', cycle: 'm' }] });
    expect(sandbox.state.services.size).toBe(before + 1);
    expect(outcome.status).toBe('unknown');
    if (outcome.status !== 'unknown') return;
    expect(outcome.message).toContain('not sent again');
    expect(outcome.found?.services.map((s) => [s.name, s.status])).toEqual([['DNS Hosting Basic', 'Pending']]);
    expect(outcome.found?.invoices.some((i) => i.status === 'Unpaid')).toBe(true);
    const placed = await core.value('orders.place', { accountId, items: [{ productId: '900', cycle: 'a' }] });
    expect(placed.status === 'placed' && placed.order.invoiceId).toBeTruthy();
    expect(sandbox.state.services.size).toBe(before + 2);
  });
  it('after an order the services and invoices lists sync at once, not when they turn stale', async () => {
    const { sandbox, core, accountId } = await setUp();
    await core.value('services.refresh', { accountId });
    await core.value('invoices.refresh', { accountId });
    expect((await core.value('services.list', { accountId })).stale).toBe(false);
    const placed = await core.value('orders.place', { accountId, items: [{ productId: '900', cycle: 'm' }] });
    if (placed.status !== 'placed') throw new Error('the order was not placed');
    const serviceId = placed.order.items[0]!.id;
    // The first read after the order starts a sync; the next ones find the new rows.
    expect((await core.value('services.list', { accountId })).stale).toBe(true);
    const hasService = async () =>
      (await core.value('services.list', { accountId })).data.some((s) => s.id === serviceId);
    const hasInvoice = async () =>
      (await core.value('invoices.list', { accountId })).data.rows.some((i) => i.id === placed.order.invoiceId);
    for (let tries = 0; tries < 100 && !((await hasService()) && (await hasInvoice())); tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await hasService()).toBe(true);
    expect(await hasInvoice()).toBe(true);
    expect((await core.value('services.list', { accountId })).stale).toBe(false);
    expect(sandbox.state.services.has(serviceId)).toBe(true);
  });
});

describe('portal feature: contacts and account', () => {
  it('creates a contact with privileges, keeps no password, and edits the privileges', async () => {
    const { sandbox, core, accountId } = await setUp();
    const matrix = (await core.value('contacts.privileges', { accountId })).data!;
    const service = matrix.scopes.find((s) => s.key === 'services')!.targets[0]!;
    expect(service.label).toMatch(/ — |#/);
    const bad = await core.call('contacts.create', { accountId, email: 'x@', firstName: 'A', lastName: 'B' });
    expect(bad.ok ? null : bad.error.kind).toBe('validation');
    const created = await core.value('contacts.create', {
      accountId,
      email: 'nina.berg@example.com',
      firstName: 'Nina',
      lastName: 'Berg',
      country: 'se',
      password: 'contact-sign-in-99',
      privileges: { support: ['tickets'] },
    });
    expect(created.info).toEqual(['Contact has been added']);
    const contactId = created.contactId!;
    const updated = await core.value('contacts.update', {
      accountId,
      contactId,
      privileges: { support: ['tickets', 'newticket'], services: { [service.id]: ['basic'] } },
    });
    expect(updated.privileges).toEqual({ support: ['tickets', 'newticket'], services: { [service.id]: ['basic'] } });
    expect(sandbox.state.contacts.get(contactId)?.country).toBe('SE');
    const list = await core.value('contacts.list', { accountId });
    expect(list.data.some((c) => c.id === contactId)).toBe(true);
    expect(await decryptedPortalRows(core)).not.toContain('contact-sign-in-99');
  });

  it('reads details and logs from the cache offline, and refuses writes with the reason', async () => {
    const { sandbox, core, accountId } = await setUp();
    const saved = await core.value('account.updateDetails', { accountId, city: 'Porto' });
    expect(saved.city).toBe('Porto');
    const logs = await core.value('account.logs', { accountId });
    expect(logs.data[0]!.description).toBe('Client profile updated');
    await core.value('account.details', { accountId });
    await sandbox.close();
    const offline = await core.value('account.details', { accountId });
    expect(offline.data?.city).toBe('Porto');
    expect((await core.value('account.logs', { accountId })).data.length).toBe(logs.data.length);
    const write = await core.call('account.updateDetails', { accountId, city: 'Lisbon' });
    expect(write.ok ? null : write.error.kind).toBe('offline');
    const refresh = await core.value('portal.refresh', { accountId, resource: portalKeys.key.details() });
    expect(refresh.lastError?.kind).toBe('offline');
  });
});

describe('portal feature: affiliates', () => {
  it('answers unsupported on a portal without affiliates and the tables on one with them', async () => {
    const off = await setUp({ modules: { affiliates: false } });
    const on = await setUp();
    const missing = await off.core.call('affiliates.summary', { accountId: off.accountId });
    expect(missing.ok ? null : missing.error.kind).toBe('unsupported');
    const commissions = await on.core.value('affiliates.commissions', { accountId: on.accountId });
    expect(commissions.data?.rows.length).toBe(18);
    const unknown = await on.core.call('portal.refresh', { accountId: on.accountId, resource: 'portal.affiliates:x' });
    expect(unknown.ok ? null : unknown.error.kind).toBe('validation');
  });
});
