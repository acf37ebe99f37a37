/**
 * Tickets and notifications through the IPC dispatcher of a real core (temp encrypted SQLite, memory
 * keychain) against the real HostBill simulator over HTTP.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TicketThread } from '../../../common/channels/tickets';
import type { Cached } from '../../../common/models/cached';
import { startHostbillSandbox, type HostbillSandbox } from '../../../sandbox/hostbill/server';
import { createTempCore, type TempCore } from '../../test-support/temp-core';

let t: TempCore;
let sandbox: HostbillSandbox;
let accountId: string;
const unread: number[] = [];
const desktop: { title: string; href: string | null }[] = [];

async function setUp() {
  sandbox = await startHostbillSandbox({ size: { invoices: 20, services: 4, vms: 4 } });
  t = await createTempCore();
  t.core.events.subscribe((name, payload) => {
    if (name === 'notifications.unread') unread.push((payload as { count: number }).count);
    if (name === 'notifications.desktop') desktop.push(payload as { title: string; href: string | null });
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
}

afterEach(async () => {
  unread.length = 0;
  desktop.length = 0;
  await t?.dispose();
  await sandbox?.close();
});

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, limitMs = 5_000): Promise<T> {
  const end = Date.now() + limitMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const thread = (ticketNumber: string) =>
  waitFor(
    () => t.value('tickets.get', { accountId, ticketNumber }) as Promise<Cached<TicketThread | null>>,
    (c) => c.data !== null && !c.refreshing,
  );
const ticketBySubject = (prefix: string) =>
  [...sandbox.state.tickets.values()].find((ticket) => ticket.subject.startsWith(prefix))!;
// Polls fast here so a test sees a few of them; the app's default is a minute.
process.env.RC_NOTIFICATION_POLL_MS = '150';
const posts = (path: RegExp) => requestLog.filter((p) => p.startsWith('POST') && path.test(p)).length;
const requestLog: string[] = [];
const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  requestLog.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
  return realFetch(input, init);
};

describe('support feature over real HTTP', () => {
  it('lists tickets and reads a long thread from the cache, also once the portal is gone', async () => {
    await setUp();
    const list = await waitFor(
      () => t.value('tickets.list', { accountId }),
      (c) => c.data.length > 0,
    );
    expect(list.data.some((row) => !row.read)).toBe(true);
    const long = ticketBySubject('Migration');
    const opened = await thread(long.number);
    expect(opened.data!.replies.length).toBe(long.replies.length);
    expect(opened.data!.replies.filter((r) => r.type === 'Admin').length).toBeGreaterThan(0);
    await sandbox.close();
    const offline = await t.value('tickets.get', { accountId, ticketNumber: long.number });
    expect(offline.data!.replies.length).toBe(long.replies.length);
    expect((await t.value('tickets.list', { accountId })).data.length).toBe(list.data.length);
  });

  it('a reply is posted once; after a drop the thread is re-read and the reply found, or the draft kept', async () => {
    await setUp();
    const ticket = ticketBySubject('Migration');
    await thread(ticket.number);
    expect(await t.value('tickets.reply', { accountId, ticketNumber: ticket.number, body: 'First' })).toEqual({
      outcome: 'sent',
    });
    sandbox.faults.add({ fault: { kind: 'drop-after' }, method: 'POST', path: `/tickets/${ticket.number}$` });
    requestLog.length = 0;
    expect(await t.value('tickets.reply', { accountId, ticketNumber: ticket.number, body: 'Second' })).toEqual({
      outcome: 'confirmed',
    });
    expect(posts(/\/tickets\/\d+$/)).toBe(1);
    expect(ticket.replies.filter((r) => r.body === 'Second')).toHaveLength(1);
    expect((await thread(ticket.number)).data!.draft).toBeNull();

    sandbox.faults.add({ fault: { kind: 'drop' }, method: 'POST', path: `/tickets/${ticket.number}$` });
    requestLog.length = 0;
    const lost = await t.call('tickets.reply', { accountId, ticketNumber: ticket.number, body: 'Third one' });
    expect(lost.ok).toBe(false);
    expect(!lost.ok && lost.error.message).toMatch(/not sent.*draft is kept/i);
    expect(posts(/\/tickets\/\d+$/)).toBe(1);
    expect(ticket.replies.some((r) => r.body === 'Third one')).toBe(false);
    expect((await t.value('tickets.get', { accountId, ticketNumber: ticket.number })).data!.draft).toBe('Third one');
  });

  it('drafts live in the encrypted cache: readable through the app, absent from the files', async () => {
    await setUp();
    const ticket = ticketBySubject('Strange');
    await thread(ticket.number);
    await t.value('tickets.saveDraft', { accountId, ticketNumber: ticket.number, body: 'draft-marker-7731' });
    expect((await t.value('tickets.get', { accountId, ticketNumber: ticket.number })).data!.draft).toBe(
      'draft-marker-7731',
    );
    const bytes = Buffer.concat(
      readdirSync(t.dataDir, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => readFileSync(join(t.dataDir, entry.name))),
    );
    expect(bytes.includes('draft-marker-7731')).toBe(false);
    const bad = await t.call('tickets.reply', { accountId, ticketNumber: ticket.number, body: '   ' });
    expect(!bad.ok && bad.error.kind).toBe('validation');
  });

  it('saves attachments byte-exact under downloads with a sanitised name and the size', async () => {
    await setUp();
    const ticket = ticketBySubject('Strange');
    const opened = await thread(ticket.number);
    const files = [...opened.data!.attachments, ...opened.data!.replies.flatMap((r) => r.attachments)];
    const records = [...ticket.attachments, ...ticket.replies.flatMap((r) => r.attachments)];
    for (const file of files) {
      const saved = await t.value('tickets.attachment', { accountId, ticketNumber: ticket.number, file: file.id });
      const record = records.find((r) => r.id === file.id)!;
      const written = readFileSync(saved!.path);
      expect(saved!.bytes).toBe(record.bytes.length);
      expect(createHash('sha256').update(written).digest('hex')).toBe(
        createHash('sha256').update(record.bytes).digest('hex'),
      );
      expect(saved!.path.startsWith(join(t.dataDir, 'downloads'))).toBe(true);
      expect(basename(saved!.path)).not.toMatch(/[\\/:?]/);
    }
    const other = await t.call('tickets.attachment', { accountId, ticketNumber: ticket.number, file: 'abc123' });
    expect(!other.ok && other.error.kind).toBe('not-found');
  });

  it('opens a ticket in a department, closes and reopens it', async () => {
    await setUp();
    const departments = await waitFor(
      () => t.value('tickets.departments', { accountId }),
      (c) => c.data.length > 0,
    );
    const created = await t.value('tickets.create', {
      accountId,
      departmentId: departments.data[1]!.id,
      subject: 'Backup restore',
      body: 'Please restore last night.',
    });
    expect(sandbox.state.tickets.get(created.ticketNumber)?.deptId).toBe(departments.data[1]!.id);
    await t.value('tickets.close', { accountId, ticketNumber: created.ticketNumber });
    expect((await t.value('tickets.get', { accountId, ticketNumber: created.ticketNumber })).data!.status).toBe(
      'Closed',
    );
    await t.value('tickets.reopen', { accountId, ticketNumber: created.ticketNumber });
    expect(sandbox.state.tickets.get(created.ticketNumber)?.status).toBe('Open');
    const refused = await t.call('tickets.reopen', { accountId, ticketNumber: created.ticketNumber });
    expect(!refused.ok && refused.error.message).toContain('not closed');
  });

  it('a new ticket whose answer is lost is found by re-reading the list, posted once', async () => {
    await setUp();
    await waitFor(
      () => t.value('tickets.list', { accountId }),
      (c) => c.data.length > 0,
    );
    sandbox.faults.add({ fault: { kind: 'drop-after' }, method: 'POST', path: '/tickets$' });
    requestLog.length = 0;
    const created = await t.value('tickets.create', {
      accountId,
      departmentId: '2',
      subject: 'Lost answer ticket',
      body: 'Is it there?',
    });
    expect(posts(/\/tickets$/)).toBe(1);
    expect(sandbox.state.tickets.get(created.ticketNumber)?.subject).toBe('Lost answer ticket');
    sandbox.faults.add({ fault: { kind: 'drop' }, method: 'POST', path: '/tickets$' });
    const lost = await t.call('tickets.create', { accountId, departmentId: '2', subject: 'Never sent', body: 'x' });
    expect(!lost.ok && lost.error.message).toMatch(/it was not opened/);
    expect([...sandbox.state.tickets.values()].some((ticket) => ticket.subject === 'Never sent')).toBe(false);
  });

  it('polls with one request when nothing is new; a new notification raises the count, ack lowers it', async () => {
    await setUp();
    const first = await waitFor(
      () => t.value('notifications.list', { accountId }),
      (c) => c.syncedAt !== null,
    );
    // Watch quiet stretches of at least two polls (the first may still overlap the initial sync on a
    // loaded machine): with nothing new, every request of a poll is the one GET /notifications/new.
    let window: string[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      requestLog.length = 0;
      await waitFor(
        async () => requestLog.filter((r) => r === 'GET /api/notifications/new').length,
        (polls) => polls >= 2,
      );
      window = [...requestLog];
      if (window.every((r) => r === 'GET /api/notifications/new')) break;
    }
    expect(window.length).toBeGreaterThanOrEqual(2);
    expect(new Set(window)).toEqual(new Set(['GET /api/notifications/new']));
    const start = first.data.filter((n) => !n.read).length;
    await fetch(`http://127.0.0.1:${sandbox.port}/__sandbox/notify`, {
      method: 'POST',
      body: JSON.stringify({ relType: 'Invoice', relId: '12', subject: 'Invoice #12 issued' }),
    });
    await waitFor(
      async () => unread.at(-1),
      (count) => count === start + 1,
    );
    expect(unread.at(-1)).toBe(start + 1);
    const list = await t.value('notifications.list', { accountId });
    const added = list.data.find((n) => n.subject === 'Invoice #12 issued')!;
    expect(added.read).toBe(false);
    await t.value('notifications.ack', { accountId, id: added.id });
    expect(unread.at(-1)).toBe(start);
    expect((await t.value('notifications.list', { accountId })).data.find((n) => n.id === added.id)?.read).toBe(true);
  });

  it('raises a desktop notice for a staff reply only once the user turned them on', async () => {
    await setUp();
    await waitFor(
      () => t.value('notifications.list', { accountId }),
      (c) => c.syncedAt !== null,
    );
    const ticket = ticketBySubject('Migration');
    const staffReply = () =>
      fetch(`http://127.0.0.1:${sandbox.port}/__sandbox/staff-reply`, {
        method: 'POST',
        body: JSON.stringify({ ticket: ticket.number, body: 'Done.' }),
      });
    const before = unread.at(-1) ?? 0;
    await staffReply();
    await waitFor(
      async () => unread.at(-1),
      (count) => count === before + 1,
    );
    expect(desktop).toEqual([]);
    await t.value('settings.set', { desktopNotifications: true });
    await staffReply();
    await waitFor(
      async () => desktop.length,
      (count) => count > 0,
    );
    expect(desktop[0]).toMatchObject({
      title: `Ticket #${ticket.number} updated`,
      href: `#/a/${accountId}/tickets/${ticket.number}`,
    });
    // The ticket list learns of the reply too: the ticket shows unread.
    const list = await waitFor(
      () => t.value('tickets.list', { accountId }),
      (c) => c.data.find((row) => row.number === ticket.number)?.read === false,
    );
    expect(list.data.find((row) => row.number === ticket.number)?.read).toBe(false);
  });
});
