import { afterEach, describe, expect, it } from 'vitest';
import type { HostbillSandbox } from './server';
import { call, start } from './test-support';

let sandbox: HostbillSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

type TicketRow = { ticket_number: string; status: string; deptname: string };

describe('HostBill sandbox tickets, contacts, notifications, statuses, logs, affiliates', () => {
  it('tickets: list, details with replies, create, reply, close and reopen, attachments', async () => {
    sandbox = await start();
    const rows = (await call(sandbox, 'GET', '/tickets')).json.tickets as TicketRow[];
    expect(rows.length).toBeGreaterThan(10);
    const departments = (await call(sandbox, 'GET', '/ticket/departments')).json.departments as {
      id: string;
      name: string;
    }[];
    expect(departments.map((d) => d.name)).toContain('Billing');
    expect((await call(sandbox, 'POST', '/tickets', { body: { dept_id: 99, subject: 'x', body: 'y' } })).json).toEqual({
      error: ['Invalid department'],
    });
    const created = await call(sandbox, 'POST', '/tickets', {
      body: { dept_id: 2, subject: 'VM down', body: 'web-01 is down' },
    });
    const number = created.json.ticket as number;
    expect(typeof number).toBe('number');
    expect((await call(sandbox, 'POST', `/tickets/${number}`, { body: { body: 'Any news?' } })).json).toEqual({
      info: ['Reply has been added'],
    });
    const detail = (await call(sandbox, 'GET', `/tickets/${number}`)).json;
    expect((detail.ticket as { status: string; deptname: string }).deptname).toBe('Technical Support');
    expect((detail.replies as { body: string; type: string }[]).at(-1)).toMatchObject({
      body: 'Any news?',
      type: 'Client',
    });
    expect((await call(sandbox, 'PUT', `/tickets/${number}/close`)).json).toEqual({ status: true });
    expect((await call(sandbox, 'PUT', `/tickets/${number}/close`)).json.error).toBeDefined();
    expect((await call(sandbox, 'PUT', `/tickets/${number}/open`)).json).toEqual({ status: true });

    const withFile = [...sandbox.state.tickets.values()].flatMap((t) => [
      ...t.attachments,
      ...t.replies.flatMap((r) => r.attachments),
    ])[0]!;
    const res = await fetch(`${sandbox.url}/ticket/attachment/${withFile.id}`, {
      headers: {
        authorization: `Basic ${Buffer.from(`${sandbox.demo.username}:${sandbox.demo.password}`).toString('base64')}`,
      },
    });
    expect(res.headers.get('content-disposition')).toContain(withFile.filename);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(withFile.bytes);
  });

  it('contacts: list, privileges, add (validated), details, edit; a contact with a password can sign in', async () => {
    sandbox = await start();
    const contacts = (await call(sandbox, 'GET', '/contact')).json.contacts as { id: string; lastlogin: string }[];
    expect(contacts.length).toBe(4);
    expect(contacts.some((c) => c.lastlogin === '0000-00-00 00:00:00')).toBe(true);
    const catalog = (await call(sandbox, 'GET', '/contact/privileges')).json.privileges as Record<string, unknown>;
    expect(catalog.billing).toContain('payinvoice');
    expect((catalog.services as Record<string, unknown>).full).toBe(1);
    const bad = await call(sandbox, 'POST', '/contact', {
      body: { firstname: 'Ann', lastname: 'Lee', email: 'ann@x.example', privileges: { nope: ['x'] } },
    });
    expect(bad.json).toEqual({ error: ['Invalid privilege group: nope'] });
    const added = await call(sandbox, 'POST', '/contact', {
      body: {
        firstname: 'Ann',
        lastname: 'Lee',
        email: 'ann@x.example',
        password: 'ann-secret-1',
        privileges: { support: ['tickets'] },
      },
    });
    const id = added.json.contact_id as string;
    expect(added.json.info).toEqual(['Contact has been added']);
    expect(
      (await call(sandbox, 'POST', '/contact', { body: { firstname: 'A', lastname: 'B', email: 'ann@x.example' } }))
        .json.error,
    ).toEqual(['Email address is already in use']);
    await call(sandbox, 'PUT', `/contact/${id}`, { body: { city: 'Napa' } });
    const detail = (await call(sandbox, 'GET', `/contact/${id}`)).json.contact as Record<string, unknown>;
    expect(detail).toMatchObject({ city: 'Napa', privileges: { support: ['tickets'] } });
    expect(detail.password).toBeUndefined();
    const login = await call(sandbox, 'POST', '/login', {
      auth: 'none',
      body: { username: 'ann@x.example', password: 'ann-secret-1' },
    });
    expect(typeof login.json.token).toBe('string');
  });

  it('notifications: filters, new-only and ack', async () => {
    sandbox = await start();
    const all = (await call(sandbox, 'GET', '/notifications')).json.notifications as {
      id: string;
      rel_type: string;
      rel_id: string;
    }[];
    const fresh = (await call(sandbox, 'GET', '/notifications/new')).json.notifications as { id: string }[];
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.length).toBeLessThan(all.length);
    const invoiceOnes = (await call(sandbox, 'GET', '/notifications?rel_type=Invoice')).json.notifications as {
      rel_type: string;
    }[];
    expect(invoiceOnes.every((n) => n.rel_type === 'Invoice')).toBe(true);
    const one = all.find((n) => n.rel_id)!;
    expect(
      (
        (await call(sandbox, 'GET', `/notifications?rel_type=${one.rel_type}&rel_id=${one.rel_id}`)).json
          .notifications as unknown[]
      ).length,
    ).toBe(1);
    expect((await call(sandbox, 'PUT', `/notifications/${fresh[0]!.id}/ack`)).json.success).toBe(true);
    expect(((await call(sandbox, 'GET', '/notifications/new')).json.notifications as unknown[]).length).toBe(
      fresh.length - 1,
    );
  });

  it('statuses, logs and affiliates', async () => {
    sandbox = await start();
    const resolved = (await call(sandbox, 'GET', '/statuses?status=Resolved')).json.statuses as {
      id: string;
      status: string;
    }[];
    expect(resolved.length).toBe(2);
    expect((await call(sandbox, 'PUT', `/statuses/${resolved[0]!.id}`)).json.details).toMatchObject({ seen: '1' });
    await call(sandbox, 'POST', '/login', {
      auth: 'none',
      body: { username: sandbox.demo.username, password: sandbox.demo.password },
    });
    const logs = (await call(sandbox, 'GET', '/logs')).json.logs as { description: string; date: string }[];
    expect(logs[0]!.description).toBe('Client logged in via API');
    expect(logs.length).toBeGreaterThan(80);
    const summary = (await call(sandbox, 'GET', '/affiliates/summary')).json.affiliate as { balance: string };
    expect(summary.balance).toBe('128.40');
    for (const view of ['campaigns', 'commissions', 'payouts', 'vouchers', 'commissionplans']) {
      expect(Array.isArray((await call(sandbox, 'GET', `/affiliates/${view}`)).json[view])).toBe(true);
    }
  });
});
