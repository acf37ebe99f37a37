/**
 * Issue 10's figures, against the HostBill simulator with 50 ms added per request and 2,000 invoices:
 * - first sync through the invoices feature: requests, wall time, the concurrency used, and the ratio
 *   of the time to the floor of 1 + ⌈2000 / concurrency⌉ round trips;
 * - a resync with nothing changed (target: 1 request) and one with one invoice paid;
 * - a search keystroke over 2,000 cached rows (the renderer's filter code; target ≤ 30 ms);
 * - PDF of one invoice and of 100, CSV of 2,000, all from the cache.
 */

import { value, createCountingCore } from './counting-core';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InvoiceListing } from '../common/channels/invoices';
import { filterInvoices, NO_FILTERS } from '../common/invoices/filters';
import type { InvoiceRow } from '../common/invoices/rows';
import { DEFAULT_DETAIL_CONCURRENCY } from '../main/services/invoices/sync';
import { changeInvoice } from '../sandbox/hostbill/invoice-changes';
import { startHostbillSandbox, type HostbillSandbox } from '../sandbox/hostbill/server';
import { median } from './browser';

const LATENCY_MS = 50;
const INVOICES = 2000;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, value: result };
}

/** The keystrokes of typing a query: each one filters all rows again, as the list does. */
function searchKeystrokeMs(rows: readonly InvoiceRow[]): number {
  const keys = new WeakMap<InvoiceRow, string>();
  filterInvoices(rows, NO_FILTERS, '2025-11-20', keys); // warm: the list was shown before anyone typed
  const times: number[] = [];
  for (const query of ['h', 'ho', 'hos', 'host', 'hosti', 'hostin', 'hosting', '19', '19.', '19.6', 'müller', '山田']) {
    const started = performance.now();
    filterInvoices(rows, { ...NO_FILTERS, query }, '2025-11-20', keys);
    times.push(performance.now() - started);
  }
  return median(times);
}

/**
 * The same detail GETs with bare fetch and no app at all, at the same concurrency: how far this machine
 * and the simulator alone are from the floor, to read the app's ratio against.
 */
async function rawBaselineRatio(sandbox: HostbillSandbox, ids: readonly string[]): Promise<number> {
  const auth = `Basic ${Buffer.from(`${sandbox.demo.username}:${sandbox.demo.password}`).toString('base64')}`;
  const sample = ids.slice(0, 300);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: DEFAULT_DETAIL_CONCURRENCY }, async () => {
      while (next < sample.length) {
        const id = sample[next++]!;
        await (await fetch(`${sandbox.url}/invoice/${id}`, { headers: { authorization: auth } })).text();
      }
    }),
  );
  const floor = Math.ceil(sample.length / DEFAULT_DETAIL_CONCURRENCY) * LATENCY_MS;
  return Number(((performance.now() - started) / floor).toFixed(2));
}

export async function benchInvoices(): Promise<Record<string, string | number>> {
  const sandbox = await startHostbillSandbox({ latencyMs: LATENCY_MS, size: { invoices: INVOICES } });
  const dataDir = mkdtempSync(join(tmpdir(), 'rc-bench-invoices-'));
  const counting = await createCountingCore(dataDir);
  const { core } = counting;
  try {
    const { id: accountId } = await value<{ id: string }>(core, 'accounts.add', {
      kind: 'hostbill',
      label: 'Bench portal',
      baseUrl: sandbox.url,
      authMethod: 'basic',
      username: sandbox.demo.username,
      secret: sandbox.demo.password,
    });
    type Refreshed = { data: InvoiceListing; detailsFetched: number; lastError: unknown };
    const sync = async () => {
      counting.resetPeak();
      const before = sandbox.requestCount();
      const run = await timed(() => value<Refreshed>(core, 'invoices.refresh', { accountId }));
      if (run.value.lastError) throw new Error(`sync failed: ${JSON.stringify(run.value.lastError)}`);
      return { ...run, requests: sandbox.requestCount() - before, peak: counting.peak() };
    };
    const first = await sync();
    const floorTrips = 1 + Math.ceil(INVOICES / DEFAULT_DETAIL_CONCURRENCY);
    const unchanged = await sync();
    const unpaid = first.value.data.rows.find((row) => row.status === 'Unpaid');
    if (unpaid) changeInvoice(sandbox.state, 'pay', unpaid.id);
    const oneChanged = await sync();
    const rows = first.value.data.rows;
    const ids = rows.map((row) => row.id);
    const pdfOne = await timed(() =>
      value<{ path: string }>(core, 'invoices.exportPdf', { accountId, invoiceIds: ids.slice(0, 1) }),
    );
    const pdf100 = await timed(() =>
      value<{ path: string }>(core, 'invoices.exportPdf', { accountId, invoiceIds: ids.slice(0, 100) }),
    );
    const csv = await timed(() => value<{ path: string }>(core, 'invoices.exportCsv', { accountId, invoiceIds: ids }));
    const kb = (path: string) => Math.round(statSync(path).size / 1024);
    return {
      'first sync of 2,000: requests (list + details)': first.requests,
      'first sync of 2,000: details fetched': first.value.detailsFetched,
      'first sync of 2,000 (ms)': Math.round(first.ms),
      'first sync: concurrency (requests in flight, peak)': first.peak,
      [`first sync: ratio to the floor of ${floorTrips} round trips × ${LATENCY_MS} ms`]: Number(
        (first.ms / (floorTrips * LATENCY_MS)).toFixed(2),
      ),
      'baseline: bare fetch of 300 details, same concurrency, ratio to its floor': await rawBaselineRatio(sandbox, ids),
      'resync, nothing changed: requests (target 1)': unchanged.requests,
      'resync, nothing changed (ms)': Math.round(unchanged.ms),
      'resync, one invoice paid: requests': oneChanged.requests,
      'search keystroke over 2,000 cached rows, median (ms; target ≤ 30)': Number(searchKeystrokeMs(rows).toFixed(2)),
      'PDF of 1 invoice (ms)': Math.round(pdfOne.ms),
      'PDF of 1 invoice (KB)': kb(pdfOne.value.path),
      'PDF of 100 invoices (ms)': Math.round(pdf100.ms),
      'PDF of 100 invoices (KB)': kb(pdf100.value.path),
      'CSV of 2,000 invoices (ms)': Math.round(csv.ms),
      'CSV of 2,000 invoices (KB)': kb(csv.value.path),
    };
  } finally {
    await core.close();
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
