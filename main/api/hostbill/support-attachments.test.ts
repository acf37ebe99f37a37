import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { hostbillFixture, type HostbillFixture } from './fixture.test-util';
import { fileNameFromDisposition } from './support';

let fx: HostbillFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('HostBill ticket attachments and replies over real HTTP', () => {
  it('downloads PNG, ZIP and PDF byte-exact (hash compared), with the portal file name', async () => {
    fx = await hostbillFixture();
    const files = [...fx.sandbox.state.tickets.values()].flatMap((t) => [
      ...t.attachments,
      ...t.replies.flatMap((r) => r.attachments),
    ]);
    for (const type of ['image/png', 'application/zip', 'application/pdf']) {
      const file = files.find((f) => f.contentType === type)!;
      const attachment = await fx.client.getTicketAttachment(file.id);
      expect(attachment.contentType).toBe(type);
      expect(attachment.name).toBe(file.filename);
      expect(attachment.bytes.length).toBe(file.bytes.length);
      expect(sha(attachment.bytes)).toBe(sha(file.bytes));
    }
  });

  it('a 429 on a download is waited out; an unknown file fails with the portal message', async () => {
    fx = await hostbillFixture();
    const file = [...fx.sandbox.state.tickets.values()].flatMap((t) => t.replies.flatMap((r) => r.attachments))[0]!;
    fx.sandbox.faults.add({ fault: { kind: 'rate-limit', retryAfterSeconds: 1 }, method: 'GET', path: '/attachment/' });
    expect(sha((await fx.client.getTicketAttachment(file.id)).bytes)).toBe(sha(file.bytes));
    expect(fx.sleeps).toContain(1000);
    await expect(fx.client.getTicketAttachment('missing1')).rejects.toMatchObject({
      error: { message: expect.stringContaining('Attachment not found') },
    });
  });

  it('a reply whose connection drops is sent once and reported as unknown', async () => {
    fx = await hostbillFixture();
    const ticket = [...fx.sandbox.state.tickets.values()][0]!;
    const before = ticket.replies.length;
    fx.sandbox.faults.add({ fault: { kind: 'drop-after' }, method: 'POST', path: `/tickets/${ticket.number}$` });
    await expect(fx.client.replyTicket(ticket.number, 'Once only')).rejects.toMatchObject({
      error: { kind: 'network', message: expect.stringContaining('may or may not') },
    });
    expect(fx.count('POST', `/tickets/${ticket.number}`)).toBe(1);
    expect(ticket.replies.length).toBe(before + 1);
  });

  it('reads the file name from either form of Content-Disposition', () => {
    expect(fileNameFromDisposition('attachment; filename="a b.png"')).toBe('a b.png');
    expect(fileNameFromDisposition(`attachment; filename="r_sum_.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`)).toBe(
      'résumé.pdf',
    );
    expect(fileNameFromDisposition(`attachment; filename="x.txt"; filename*=UTF-8''%E0%A4%A`)).toBe('x.txt');
    expect(fileNameFromDisposition('inline')).toBeNull();
  });
});
