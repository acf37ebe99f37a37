/** Opening a cached 200-reply ticket in the browser host, from the click until the replies are painted. */

import { value } from './counting-core';
import type { Page } from '@playwright/test';
import { startHostbillSandbox } from '../sandbox/hostbill/server';
import { launchBrowser, median, startBenchHost } from './browser';

const REPLIES = 200;

/**
 * Clicks the ticket's row in the list and waits for the frame that paints every message. Sent as
 * source text: the bench runs through tsx, whose name-keeping helpers do not exist in the page.
 */
function openThreadTimed(page: Page, subject: string, messages: number): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const subject = ${JSON.stringify(subject)};
    const cell = [...document.querySelectorAll('table[aria-label="Tickets"] td span')].find(
      (span) => span.textContent === subject,
    );
    if (!cell) return reject(new Error('no row for the ticket'));
    const started = performance.now();
    const check = () => {
      if (document.querySelectorAll('.ticket-message').length >= ${messages}) {
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
      } else if (performance.now() - started > 20000) reject(new Error('the thread never appeared'));
      else requestAnimationFrame(check);
    };
    cell.click();
    check();
  })`);
}

export async function benchThread(runs = 5): Promise<Record<string, number>> {
  const sandbox = await startHostbillSandbox({ latencyMs: 50 });
  const host = await startBenchHost();
  const browser = await launchBrowser();
  const subject = 'Bench: 200 replies';
  const number = '424242';
  sandbox.state.tickets.set(number, {
    number,
    deptId: '2',
    subject,
    body: 'Opening message\r\nwith two lines',
    status: 'Open',
    date: '2025-10-01 10:00:00',
    lastreply: '2025-11-01 10:00:00',
    clientRead: true,
    attachments: [],
    replies: Array.from({ length: REPLIES }, (_, i) => ({
      id: String(90_000 + i),
      name: i % 2 ? 'Support Staff' : 'Demo Client',
      date: `2025-10-${String(1 + Math.floor(i / 8)).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:00:00`,
      body: `Reply ${i + 1}.\r\nSee https://docs.example.com/kb/${i} for the details.\r\n\r\n-- Signature --`,
      type: i % 2 ? ('Admin' as const) : ('Client' as const),
      attachments: [],
    })),
  });
  const times: number[] = [];
  try {
    const account = await value<{ id: string }>(host.core, 'accounts.add', {
      kind: 'hostbill',
      label: 'Bench portal',
      baseUrl: sandbox.url,
      authMethod: 'basic',
      username: sandbox.demo.username,
      secret: sandbox.demo.password,
    });
    await value(host.core, 'settings.set', { activeAccountId: account.id });
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const listUrl = `${host.host.url}#/a/${account.id}/tickets`;
    // Open the thread once so it is in the cache.
    await page.goto(`${host.host.url}#/a/${account.id}/tickets/${number}`);
    await page.locator('.ticket-message').nth(REPLIES).waitFor({ timeout: 30_000 });
    for (let i = 0; i < runs; i += 1) {
      // A fresh page each run: nothing remembered in the renderer, the thread comes from the cache.
      await page.goto('about:blank');
      await page.goto(listUrl);
      await page.getByRole('table', { name: 'Tickets' }).getByText(subject).waitFor({ timeout: 30_000 });
      times.push(await openThreadTimed(page, subject, REPLIES + 1));
    }
  } finally {
    await browser.close();
    await host.close();
    await sandbox.close();
  }
  return {
    'open a cached 200-reply thread → painted (median ms)': Math.round(median(times)),
    'open a cached 200-reply thread → painted (worst ms)': Math.round(Math.max(...times)),
    'thread runs': runs,
  };
}
