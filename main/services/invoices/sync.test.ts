/**
 * The invoice sync engine against the real HostBill simulator over HTTP, into a real encrypted SQLite
 * cache: how many requests each kind of sync costs, and that a broken sync resumes.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hostbillFixture, type HostbillFixture } from '../../api/hostbill/fixture.test-util';
import { openCacheDatabase, type CacheDb } from '../../cache/database';
import { changeInvoice } from '../../../sandbox/hostbill/invoice-changes';
import { createInvoicesRepo, type InvoicesRepo } from './repo';
import type { DetailProgress } from '../../../common/channels/invoices';
import { syncInvoices } from './sync';

let fx: HostbillFixture | undefined;
let db: CacheDb | undefined;
let dir: string | undefined;
afterEach(async () => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  await fx?.close();
  fx = db = dir = undefined;
});

const ACCOUNT = 'acc-1';

async function setUp(invoices = 60): Promise<{ fx: HostbillFixture; repo: InvoicesRepo }> {
  fx = await hostbillFixture({ sandbox: { size: { invoices } } });
  dir = mkdtempSync(join(tmpdir(), 'rc-invoices-'));
  db = openCacheDatabase({ path: join(dir, 'cache.db'), keyHex: randomBytes(32).toString('hex') });
  db.prepare(
    `INSERT INTO accounts (id, kind, label, base_url, username, auth_method, created_at, updated_at)
     VALUES (?, 'hostbill', 'Portal', ?, 'u', 'basic', '', '')`,
  ).run(ACCOUNT, fx.sandbox.url);
  await fx.client.listInvoices(); // signs in, so the counts below are invoice requests only
  fx.requests.length = 0;
  return { fx, repo: createInvoicesRepo(db) };
}

const invoiceRequests = (f: HostbillFixture) => f.requests.filter((r) => r.path.startsWith('/invoice')).length;

describe('invoice sync', () => {
  it('first sync: the list, then every detail with bounded concurrency and progress n of N', async () => {
    const { fx, repo } = await setUp(60);
    const progress: DetailProgress[] = [];
    const stats = await syncInvoices(fx.client, repo, ACCOUNT, { concurrency: 4, onProgress: (p) => progress.push(p) });
    expect(stats).toMatchObject({ listed: 60, detailsPlanned: 60, detailsFetched: 60 });
    expect(stats.peakConcurrency).toBe(4);
    expect(fx.count('GET', '/invoice')).toBe(1);
    expect(invoiceRequests(fx)).toBe(61);
    expect(progress[0]).toEqual({ done: 0, total: 60 });
    expect(progress.at(-1)).toEqual({ done: 60, total: 60 });
    const rows = repo.rows(ACCOUNT);
    expect(rows).toHaveLength(60);
    expect(rows.every((r) => r.hasDetail)).toBe(true);
    expect(rows.map((r) => r.id)).toEqual([...fx.sandbox.state.invoices.keys()].reverse());
    const detail = repo.detail(ACCOUNT, rows[0]!.id)!;
    expect(detail.lines.length).toBeGreaterThan(0);
    expect(detail.address?.company).toBe('Demo Hosting Ltd');
  });

  it('unchanged resync = 1 request; one changed = 2; pay + add + cancel = 4', async () => {
    const { fx, repo } = await setUp(38);
    // The small seed's invoices are old and settled: raise two unpaid ones.
    changeInvoice(fx.sandbox.state, 'add', undefined);
    changeInvoice(fx.sandbox.state, 'add', undefined);
    await syncInvoices(fx.client, repo, ACCOUNT);
    fx.requests.length = 0;
    expect(await syncInvoices(fx.client, repo, ACCOUNT)).toMatchObject({ detailsFetched: 0 });
    expect(fx.requests).toHaveLength(1);

    const unpaid = repo.rows(ACCOUNT).filter((r) => r.status === 'Unpaid');
    changeInvoice(fx.sandbox.state, 'pay', unpaid[0]!.id);
    fx.requests.length = 0;
    expect(await syncInvoices(fx.client, repo, ACCOUNT)).toMatchObject({ detailsFetched: 1 });
    expect(fx.requests.map((r) => r.path)).toEqual(['/invoice', `/invoice/${unpaid[0]!.id}`]);
    expect(repo.row(ACCOUNT, unpaid[0]!.id)).toMatchObject({ status: 'Paid', hasDetail: true });
    expect(repo.detail(ACCOUNT, unpaid[0]!.id)?.paidAt).not.toBeNull();

    const added = changeInvoice(fx.sandbox.state, 'add', undefined);
    changeInvoice(fx.sandbox.state, 'cancel', unpaid[1]!.id);
    fx.requests.length = 0;
    expect(await syncInvoices(fx.client, repo, ACCOUNT)).toMatchObject({ listed: 41, detailsFetched: 2 });
    expect(fx.requests).toHaveLength(3);
    expect(repo.rows(ACCOUNT)[0]).toMatchObject({ id: added.id, status: 'Unpaid', hasDetail: true });
    expect(repo.row(ACCOUNT, unpaid[1]!.id)?.status).toBe('Cancelled');
  });

  it('an interrupted sync keeps what it fetched and the next one resumes with the rest only', async () => {
    const { fx, repo } = await setUp(50);
    let broke = false;
    const interrupted = syncInvoices(fx.client, repo, ACCOUNT, {
      concurrency: 2,
      onProgress: ({ done }) => {
        if (done === 20 && !broke) {
          broke = true;
          fx.sandbox.faults.add({
            fault: { kind: 'server-error', status: 503 },
            method: 'GET',
            path: '^/api/invoice/',
            times: 0,
          });
        }
      },
    });
    await expect(interrupted).rejects.toMatchObject({ error: { kind: 'server' } });
    const kept = repo.counts(ACCOUNT);
    expect(kept.n).toBe(50);
    expect(kept.details).toBeGreaterThanOrEqual(20);
    expect(kept.details).toBeLessThan(50);
    fx.sandbox.faults.clear();
    fx.requests.length = 0;
    const resumed = await syncInvoices(fx.client, repo, ACCOUNT);
    expect(resumed.detailsFetched).toBe(50 - kept.details);
    expect(fx.requests).toHaveLength(1 + 50 - kept.details);
    expect(repo.counts(ACCOUNT)).toEqual({ n: 50, details: 50 });
  });

  it('drops invoices the portal no longer lists and skips one deleted between list and detail', async () => {
    const { fx, repo } = await setUp(20);
    await syncInvoices(fx.client, repo, ACCOUNT);
    const [first, second] = [...fx.sandbox.state.invoices.keys()];
    fx.sandbox.state.invoices.delete(first!);
    expect((await syncInvoices(fx.client, repo, ACCOUNT)).listed).toBe(19);
    expect(repo.row(ACCOUNT, first!)).toBeNull();
    // A new invoice whose detail vanishes before it is read: the sync still completes.
    const added = changeInvoice(fx.sandbox.state, 'add', undefined);
    fx.onFetch((method, path) => {
      if (path === `/invoice/${added.id}`) fx.sandbox.state.invoices.delete(added.id);
    });
    await expect(syncInvoices(fx.client, repo, ACCOUNT)).resolves.toMatchObject({ detailsFetched: 0 });
    expect(repo.row(ACCOUNT, second!)?.hasDetail).toBe(true);
  });
});
