import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HOSTILE_BODY } from './seed/support';
import { samplePng, sampleZip } from './seed/support-files';
import type { HostbillSandbox } from './server';
import { call, start } from './test-support';

let sandbox: HostbillSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const basic = (s: HostbillSandbox) => ({
  authorization: `Basic ${Buffer.from(`${s.demo.username}:${s.demo.password}`).toString('base64')}`,
});
const control = (s: HostbillSandbox, route: string, body: unknown) =>
  fetch(`http://127.0.0.1:${s.port}/__sandbox/${route}`, { method: 'POST', body: JSON.stringify(body) });

describe('HostBill sandbox support world', () => {
  it('seeds long threads, several departments, unread tickets and a hostile body', async () => {
    sandbox = await start();
    const rows = (await call(sandbox, 'GET', '/tickets')).json.tickets as Record<string, string>[];
    expect(new Set(rows.map((r) => r.deptname)).size).toBeGreaterThanOrEqual(3);
    expect(rows.some((r) => r.client_read === '0')).toBe(true);
    const long = rows.find((r) => r.subject?.startsWith('Migration'))!;
    const thread = (await call(sandbox, 'GET', `/tickets/${long.ticket_number}`)).json;
    expect((thread.replies as unknown[]).length).toBeGreaterThanOrEqual(60);
    // Reading a ticket marks it read, as the portal does.
    const after = (await call(sandbox, 'GET', '/tickets')).json.tickets as Record<string, string>[];
    expect(after.find((r) => r.ticket_number === long.ticket_number)?.client_read).toBe('1');
    const hostile = rows.find((r) => r.subject?.startsWith('Strange pop-up'))!;
    const detail = (await call(sandbox, 'GET', `/tickets/${hostile.ticket_number}`)).json;
    expect((detail.ticket as { body: string }).body).toBe(HOSTILE_BODY);
    expect(HOSTILE_BODY).toContain('<script>');
  });

  it('serves a PNG and a ZIP with exact bytes, type and file name; both are valid files', async () => {
    sandbox = await start();
    const files = [...sandbox.state.tickets.values()].flatMap((t) => [
      ...t.attachments,
      ...t.replies.flatMap((r) => r.attachments),
    ]);
    const types = new Set(files.map((f) => f.contentType));
    expect([...types]).toEqual(expect.arrayContaining(['image/png', 'application/zip', 'application/pdf']));
    const dir = mkdtempSync(join(tmpdir(), 'hb-files-'));
    for (const type of ['image/png', 'application/zip']) {
      const file = files.find((f) => f.contentType === type)!;
      const res = await fetch(`${sandbox.url}/ticket/attachment/${file.id}`, { headers: basic(sandbox) });
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('content-length')).toBe(String(file.bytes.length));
      expect(res.headers.get('content-disposition')).toContain(`filename="${file.filename}"`);
      expect(sha(bytes)).toBe(sha(file.bytes));
      writeFileSync(join(dir, file.filename), bytes);
    }
    // ImageMagick and a ZIP reader accept them: the bytes are real files, not placeholders.
    expect(execFileSync('identify', ['-format', '%m %wx%h', join(dir, 'screenshot.png')]).toString()).toBe('PNG 32x24');
    expect(execFileSync('python3', ['-m', 'zipfile', '-t', join(dir, 'logs-web-01.zip')]).toString()).toMatch(
      /Done testing|^$/,
    );
    expect(samplePng()[0]).toBe(0x89);
    expect(Buffer.from(sampleZip('a', new Uint8Array([1]))).readUInt32LE(0)).toBe(0x04034b50);
    expect((await call(sandbox, 'GET', '/ticket/attachment/nope')).json).toEqual({ error: ['Attachment not found'] });
  });

  it('test hooks: a notification appears; a staff reply makes the ticket unread and notifies', async () => {
    sandbox = await start();
    const before = ((await call(sandbox, 'GET', '/notifications/new')).json.notifications as unknown[]).length;
    const added = await control(sandbox, 'notify', { relType: 'Invoice', relId: '17', subject: 'Invoice issued' });
    expect(added.status).toBe(200);
    const fresh = (await call(sandbox, 'GET', '/notifications/new')).json.notifications as Record<string, string>[];
    expect(fresh.length).toBe(before + 1);
    expect(fresh.find((n) => n.subject === 'Invoice issued')).toMatchObject({ rel_type: 'Invoice', rel_id: '17' });
    const ticket = [...sandbox.state.tickets.values()][0]!;
    await call(sandbox, 'GET', `/tickets/${ticket.number}`);
    expect((await control(sandbox, 'staff-reply', { ticket: ticket.number, body: 'Fixed.' })).status).toBe(200);
    const rows = (await call(sandbox, 'GET', '/tickets')).json.tickets as Record<string, string>[];
    expect(rows[0]).toMatchObject({ ticket_number: ticket.number, client_read: '0', status: 'Answered' });
    const notes = (await call(sandbox, 'GET', '/notifications/new')).json.notifications as Record<string, string>[];
    expect(notes.some((n) => n.rel_type === 'Ticket' && n.rel_id === ticket.number)).toBe(true);
    expect((await control(sandbox, 'staff-reply', { ticket: 'nope' })).status).toBe(404);
  });

  it('the fault layer applies to support routes: 429, drop after the reply was stored, malformed', async () => {
    sandbox = await start();
    const ticket = [...sandbox.state.tickets.values()][0]!;
    sandbox.faults.add({
      fault: { kind: 'rate-limit', retryAfterSeconds: 1 },
      method: 'GET',
      path: '^/api/tickets$',
      times: 1,
    });
    const limited = await fetch(`${sandbox.url}/tickets`, { headers: basic(sandbox) });
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({ error: ['Too many requests'] });
    const replies = ticket.replies.length;
    sandbox.faults.add({
      fault: { kind: 'drop-after' },
      method: 'POST',
      path: `/api/tickets/${ticket.number}`,
      times: 1,
    });
    await expect(
      fetch(`${sandbox.url}/tickets/${ticket.number}`, {
        method: 'POST',
        headers: { ...basic(sandbox), 'content-type': 'application/json' },
        body: JSON.stringify({ body: 'Did it arrive?' }),
      }),
    ).rejects.toThrow();
    expect(ticket.replies.length).toBe(replies + 1);
    sandbox.faults.add({ fault: { kind: 'malformed' }, method: 'GET', path: '^/api/notifications$', times: 1 });
    const broken = await fetch(`${sandbox.url}/notifications`, { headers: basic(sandbox) });
    await expect(broken.json()).rejects.toThrow();
  });
});
