/**
 * The invoices feature through the IPC dispatcher of a real core (temp encrypted SQLite, memory
 * keychain) against the real HostBill simulator over HTTP: request counts per sync, resume, credit
 * that is never repeated, and exports from the cache with the portal gone.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { invoiceKeys } from '../../../common/channels/invoices';
import { changeInvoice } from '../../../sandbox/hostbill/invoice-changes';
import { startHostbillSandbox, type HostbillSandbox } from '../../../sandbox/hostbill/server';
import { createTempCore, type TempCore } from '../../test-support/temp-core';

let t: TempCore | undefined;
let sandbox: HostbillSandbox | undefined;
let accountId: string;
const changes: string[] = [];

async function setUp(invoices = 40) {
  sandbox = await startHostbillSandbox({ size: { invoices } });
  t = await createTempCore();
  t.core.events.subscribe((name, payload) => {
    if (name === 'cache.changed') changes.push((payload as { resource: string }).resource);
  });
  const account = await t.value('accounts.add', {
    kind: 'hostbill',
    label: 'Portal',
    baseUrl: sandbox.url,
    authMethod: 'basic',
    username: sandbox.demo.username,
    secret: sandbox.demo.password,
  });
  accountId = account.id;
  return { t, sandbox };
}

afterEach(async () => {
  changes.length = 0;
  await t?.dispose();
  await sandbox?.close();
  t = sandbox = undefined;
});

/** Requests the portal answered while `work` ran. */
async function requestsDuring(work: () => Promise<unknown>): Promise<number> {
  const before = sandbox!.requestCount();
  await work();
  return sandbox!.requestCount() - before;
}

const refresh = () => t!.value('invoices.refresh', { accountId });

async function unpaidEur(): Promise<string> {
  const { id } = changeInvoice(sandbox!.state, 'add', undefined);
  await refresh();
  return id;
}

describe('invoices feature', () => {
  it('first sync fetches the list and every detail; nothing changed = 1 request; one changed = 2', async () => {
    await setUp(40);
    let first: Awaited<ReturnType<typeof refresh>> | undefined;
    expect(await requestsDuring(async () => (first = await refresh()))).toBe(41);
    expect(first!.detailsFetched).toBe(40);
    expect(first!.lastError).toBeNull();
    expect(first!.data.rows).toHaveLength(40);
    expect(first!.data.rows.every((row) => row.hasDetail && row.linesText !== '')).toBe(true);
    expect(changes).toContain(invoiceKeys.key.list());

    expect(await requestsDuring(async () => expect((await refresh()).detailsFetched).toBe(0))).toBe(1);

    const paid = changeInvoice(sandbox!.state, 'add', undefined);
    expect(await requestsDuring(refresh)).toBe(2);
    changeInvoice(sandbox!.state, 'pay', paid.id);
    expect(await requestsDuring(async () => expect((await refresh()).detailsFetched).toBe(1))).toBe(2);
    const detail = await t!.value('invoices.get', { accountId, invoiceId: paid.id });
    expect(detail.data?.row.status).toBe('Paid');
    expect(detail.data?.invoice?.paidAt).not.toBeNull();
  });

  it('an interrupted sync reports its error, keeps what it fetched, and the next one resumes', async () => {
    await setUp(30);
    sandbox!.faults.add({
      fault: { kind: 'server-error', status: 500 },
      method: 'GET',
      path: '^/api/invoice/\\d+$',
      times: 0,
    });
    const broken = await refresh();
    expect(broken.lastError?.kind).toBe('server');
    expect(broken.data.rows).toHaveLength(30);
    expect(broken.data.rows.some((row) => row.hasDetail)).toBe(false);
    sandbox!.faults.clear();
    const resumed = await refresh();
    expect(resumed.detailsFetched).toBe(30);
    expect(resumed.lastError).toBeNull();
    expect(await requestsDuring(refresh)).toBe(1);
  });

  it('applies credit once; a dropped answer is confirmed by re-reading, never by sending again', async () => {
    await setUp(20);
    const invoiceId = await unpaidEur();
    const creditBefore = sandbox!.state.client.credit;
    const posts = () => sandbox!.state.logs.filter((log) => log.description.startsWith('Credit')).length;

    const done = await t!.value('invoices.applyCredit', { accountId, invoiceId, amount: 2.5 });
    expect(done).toMatchObject({ applied: true, amount: 2.5, currency: 'EUR', confirmedByReread: false });
    expect(sandbox!.state.client.credit).toBeCloseTo(creditBefore - 2.5, 2);
    expect((await t!.value('billing.balance', { accountId })).data?.credit).toBeCloseTo(creditBefore - 2.5, 2);

    sandbox!.faults.add({ fault: { kind: 'drop-after' }, method: 'POST', path: '/credit$' });
    const dropped = await t!.value('invoices.applyCredit', { accountId, invoiceId, amount: 1 });
    expect(dropped).toMatchObject({ applied: true, amount: 1, confirmedByReread: true });
    expect(dropped.message).toMatch(/did apply 1\.00 EUR.*not sent twice/);
    expect(posts()).toBe(2);
    expect(sandbox!.state.client.credit).toBeCloseTo(creditBefore - 3.5, 2);

    sandbox!.faults.add({ fault: { kind: 'drop' }, method: 'POST', path: '/credit$' });
    const lost = await t!.value('invoices.applyCredit', { accountId, invoiceId, amount: 1 });
    expect(lost).toMatchObject({ applied: false, confirmedByReread: true });
    expect(posts()).toBe(2);
    const row = (await t!.value('invoices.get', { accountId, invoiceId })).data!.row;
    expect(row.credit).toBeCloseTo(3.5, 2);
  });

  it('refuses credit over the cap, on a paid or foreign-currency invoice, or a bad amount, sending nothing', async () => {
    await setUp(20);
    const invoiceId = await unpaidEur();
    const posts = () => sandbox!.state.logs.filter((log) => log.description.startsWith('Credit')).length;
    const over = await t!.call('invoices.applyCredit', { accountId, invoiceId, amount: 9999 });
    expect(over).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(!over.ok && over.error.message).toMatch(/At most 30\.13 EUR can be applied/);
    for (const amount of [0, -1, 1.234, Number.NaN, '5']) {
      expect(await t!.call('invoices.applyCredit', { accountId, invoiceId, amount })).toMatchObject({
        ok: false,
        error: { kind: 'validation' },
      });
    }
    changeInvoice(sandbox!.state, 'pay', invoiceId);
    const paid = await t!.call('invoices.applyCredit', { accountId, invoiceId, amount: 1 });
    expect(!paid.ok && paid.error.message).toMatch(/only be applied to an unpaid invoice; this one is Paid/);
    const foreign = [...sandbox!.state.invoices.values()].find((i) => i.currency !== 'EUR')!;
    Object.assign(foreign, { status: 'Unpaid', datepaid: '0000-00-00 00:00:00' });
    await refresh();
    const other = await t!.call('invoices.applyCredit', { accountId, invoiceId: foreign.id, amount: 1 });
    expect(!other.ok && other.error.message).toMatch(new RegExp(`held in EUR; this invoice is in ${foreign.currency}`));
    expect(posts()).toBe(0);
  });

  it('exports CSV and PDF from the cache with the portal gone, and reads stay available', async () => {
    await setUp(60);
    await refresh();
    const rows = (await t!.value('invoices.list', { accountId })).data.rows;
    const creditNote = rows.find((row) => (row.total ?? 0) < 0);
    await sandbox!.close();
    sandbox = undefined;

    const offline = await t!.value('invoices.list', { accountId });
    expect(offline.data.rows).toHaveLength(60);
    const ids = rows.map((row) => row.id);
    const csv = await t!.value('invoices.exportCsv', { accountId, invoiceIds: ids });
    const text = readFileSync(csv!.path, 'utf8');
    expect(text.startsWith('\uFEFFNumber,Invoice ID,Date,Due date,Status')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(62);
    if (creditNote) expect(text).toContain(`,${creditNote.currency},${creditNote.total},`);
    const lines = await t!.value('invoices.exportCsv', { accountId, invoiceIds: ids.slice(0, 3), lines: true });
    expect(readFileSync(lines!.path, 'utf8')).toMatch(/^\uFEFFNumber,Invoice ID,Date,Status,Currency,Type,Description/);

    const pdf = await t!.value('invoices.exportPdf', { accountId, invoiceIds: ids.slice(0, 3) });
    expect(pdf!.path).toMatch(/invoices 3 \d{4}-\d{2}-\d{2}\.pdf$/);
    const pdfText = execFileSync('pdftotext', [pdf!.path, '-'], { encoding: 'utf8' });
    expect(pdfText.split('\f').filter((page) => page.trim() !== '')).toHaveLength(3);
    expect(pdfText).toContain(rows[0]!.number!);

    const applied = await t!.call('invoices.applyCredit', { accountId, invoiceId: ids[0]!, amount: 1 });
    expect(applied.ok).toBe(false);
  });

  it('answers bad input with validation errors and unknown ids with not-found', async () => {
    await setUp(5);
    await refresh();
    expect(await t!.call('invoices.exportPdf', { accountId, invoiceIds: [] })).toMatchObject({
      error: { kind: 'validation' },
    });
    expect(await t!.call('invoices.exportCsv', { accountId, invoiceIds: ['x'.repeat(65)] })).toMatchObject({
      error: { kind: 'validation' },
    });
    expect(await t!.call('invoices.exportCsv', { accountId, invoiceIds: ['424242'] })).toMatchObject({
      error: { kind: 'not-found' },
    });
    expect(await t!.call('invoices.list', { accountId: 'nobody' })).toMatchObject({ error: { kind: 'not-found' } });
    expect(await t!.call('invoices.get', { accountId, invoiceId: '../1' })).toMatchObject({
      error: { kind: 'validation' },
    });
  });
});
