/**
 * Tickets and notifications end to end in the browser host against the HostBill simulator: the
 * list with filters and search, a hostile thread that must stay inert, attachments saved byte-exact,
 * reply, close, reopen, a new ticket, the unread badge following a new notification and its ack,
 * then the portal going away: threads still read from the cache, writing disabled with the reason.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { startHostbillSandbox, type HostbillSandbox } from '../../sandbox/hostbill/server';
import { expect, screenshotBothThemes, test } from '../fixtures';
import { addAccountThroughUi, SIGN_IN } from '../flows';

// The host runs in this process: a short poll so the badge follows within the test.
process.env.RC_NOTIFICATION_POLL_MS = '500';

let sandbox: HostbillSandbox;
test.beforeEach(async () => {
  sandbox = await startHostbillSandbox({ size: { services: 4, vms: 4, invoices: 30 } });
});
test.afterEach(async () => {
  await sandbox.close();
});

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const ticketBySubject = (prefix: string) =>
  [...sandbox.state.tickets.values()].find((ticket) => ticket.subject.startsWith(prefix))!;

test('tickets and notifications: browse, inert bodies, attachments, write, unread badge, offline', async ({
  page,
  dataDir,
}) => {
  await addAccountThroughUi(page, {
    kind: 'HostBill portal',
    label: 'Portal',
    url: sandbox.url,
    method: SIGN_IN.basic,
    username: sandbox.demo.username,
    secret: sandbox.demo.password,
  });
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  await sidebar.getByRole('link', { name: 'Tickets', exact: true }).click();

  // The list: every ticket, unread ones marked; department filter and search narrow it.
  const table = page.getByRole('table', { name: 'Tickets' });
  const count = page.getByTestId('tickets-count');
  await expect(count).toHaveText(`${sandbox.state.tickets.size} tickets`);
  await expect(table.getByLabel('Unread').first()).toBeVisible();
  await screenshotBothThemes(page, 'tickets-list');
  await page.setViewportSize({ width: 1024, height: 768 });
  await screenshotBothThemes(page, 'tickets-list-1024');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByLabel('Department').selectOption('Abuse');
  const abuse = [...sandbox.state.tickets.values()].filter((t) => t.deptId === '4').length;
  await expect(count).toHaveText(`${abuse} of ${sandbox.state.tickets.size} tickets`);
  await page.getByLabel('Department').selectOption('');
  await page.getByLabel('Search tickets').fill('Migration');
  await expect(count).toHaveText(`1 of ${sandbox.state.tickets.size} tickets`);
  await page.getByLabel('Search tickets').fill('');

  // A hostile body shows as text and runs nothing; the https link is a link.
  const hostile = ticketBySubject('Strange pop-up');
  await page.getByLabel('Search tickets').fill(hostile.number);
  await table.getByText(hostile.subject).click();
  const thread = page.getByRole('list', { name: 'Messages' });
  await expect(thread.getByText('<script>window.__ticketPwned = "script"</script>')).toBeVisible();
  await expect(thread.getByText(/onerror=/)).toBeVisible();
  await expect(thread.locator('script, img, iframe, [onerror]')).toHaveCount(0);
  await expect(thread.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(thread.getByRole('link', { name: 'https://status.example.com/incidents/42' })).toHaveAttribute(
    'href',
    'https://status.example.com/incidents/42',
  );
  expect(await page.evaluate(() => (window as { __ticketPwned?: unknown }).__ticketPwned)).toBeUndefined();
  await expect(thread.locator('.ticket-message-staff')).toHaveCount(1);
  await expect(thread.getByText('Staff', { exact: true })).toBeVisible();
  await screenshotBothThemes(page, 'ticket-thread');

  // Attachments: the ZIP byte-exact under downloads; the hostile file name is sanitised.
  const zip = hostile.replies[0]!.attachments[0]!;
  await thread.getByRole('button', { name: /logs-web-01\.zip/ }).click();
  const savedZip = thread.getByRole('status').filter({ hasText: 'Saved' }).first();
  await expect(savedZip).toContainText(join(dataDir, 'downloads'));
  const zipPath = (await savedZip.locator('.mono').textContent())!;
  expect(sha(readFileSync(zipPath))).toBe(sha(zip.bytes));
  await thread.getByRole('button', { name: /report/ }).click();
  const savedPdf = thread.getByRole('status').filter({ hasText: 'report' });
  await expect(savedPdf).toBeVisible();
  const pdfPath = (await savedPdf.locator('.mono').textContent())!;
  expect(basename(pdfPath)).not.toMatch(/[\\/:?]/);
  expect(sha(readFileSync(pdfPath))).toBe(sha(hostile.attachments[0]!.bytes));

  // Reply, close, reopen.
  await page.getByLabel('Your reply').fill('We removed the plugin, thanks.');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByText('Reply sent.')).toBeVisible();
  await expect(thread.getByText('We removed the plugin, thanks.')).toBeVisible();
  expect(hostile.replies.filter((r) => r.body === 'We removed the plugin, thanks.')).toHaveLength(1);
  await page.getByRole('button', { name: 'Close ticket' }).click();
  await expect(page.getByRole('button', { name: 'Reopen ticket' })).toBeVisible();
  expect(hostile.status).toBe('Closed');
  await page.getByRole('button', { name: 'Reopen ticket' }).click();
  await expect(page.getByRole('button', { name: 'Close ticket' })).toBeVisible();
  expect(hostile.status).toBe('Open');

  // A new ticket in a department opens its thread.
  await page.getByRole('link', { name: '← All tickets' }).click();
  await page.getByRole('link', { name: 'New ticket' }).click();
  await page.getByLabel('Department').selectOption({ label: 'Sales' });
  await page.getByLabel('Subject').fill('Reseller discount for 50 VPS');
  await page.getByLabel('Message').fill('Hello,\nwhat discount applies from 50 VPS?');
  await page.getByRole('button', { name: 'Open ticket' }).click();
  await expect(page.getByRole('heading', { name: 'Reseller discount for 50 VPS' })).toBeVisible();
  const created = ticketBySubject('Reseller discount');
  expect(created.deptId).toBe('3');

  // The unread badge follows a new notification by itself and goes down on ack.
  const unreadBefore = [...sandbox.state.notifications.values()].filter((n) => !n.read).length;
  const badge = (count: number) => sidebar.getByRole('link', { name: `Notifications ${count} unread` });
  await expect(badge(unreadBefore)).toBeVisible();
  await fetch(`http://127.0.0.1:${sandbox.port}/__sandbox/notify`, {
    method: 'POST',
    body: JSON.stringify({ relType: 'Ticket', relId: created.number, subject: 'Your ticket was assigned' }),
  });
  await expect(badge(unreadBefore + 1)).toBeVisible({ timeout: 10_000 });
  await badge(unreadBefore + 1).click();
  const item = page.getByRole('listitem').filter({ hasText: 'Your ticket was assigned' });
  await expect(item.getByRole('link', { name: 'Open ticket' })).toHaveAttribute(
    'href',
    new RegExp(`tickets/${created.number}$`),
  );
  await screenshotBothThemes(page, 'notifications');
  await item.getByRole('button', { name: 'Mark as read' }).click();
  await expect(item.getByRole('button', { name: 'Mark as read' })).toHaveCount(0);
  await expect(badge(unreadBefore)).toBeVisible();

  // Offline: an opened thread reads from the cache; writing is disabled with the reason.
  const long = ticketBySubject('Migration');
  await sidebar.getByRole('link', { name: 'Tickets', exact: true }).click();
  await page.getByLabel('Search tickets').fill(long.number);
  await page.getByRole('table', { name: 'Tickets' }).getByText(long.subject).click();
  await expect(thread.locator(':scope > li')).toHaveCount(long.replies.length + 1);
  await sandbox.close();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByText(/offline/i).first()).toBeVisible();
  await expect(thread.locator(':scope > li')).toHaveCount(long.replies.length + 1);
  await page.getByLabel('Your reply').fill('Written offline');
  await expect(page.getByRole('button', { name: 'Send reply' })).toBeDisabled();
  await expect(page.getByText('writing is disabled until the portal can be reached').first()).toBeVisible();
  await screenshotBothThemes(page, 'ticket-thread-offline');
  await page.setViewportSize({ width: 1024, height: 768 });
  await screenshotBothThemes(page, 'ticket-thread-offline-1024');
});
