/**
 * The index catches up in slices: after a sync of 10,000 contracts other work gets the event loop
 * between slices (the index is seen part-built), and a query that comes meanwhile still answers from
 * the complete index. Real encrypted SQLite with FTS5, the real event bus.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { contractKeys } from '../../../common/channels/contracts';
import { openCacheDatabase, type CacheDb } from '../../cache/database';
import { createContractsRepo } from '../contracts/contracts-repo';
import { createEventBus } from '../event-bus';
import type { FeatureDeps } from '../feature-deps';
import { createSearchFeature } from './index';

const CONTRACTS = 10_000;
let dir: string;
let db: CacheDb;
let feature: ReturnType<typeof createSearchFeature>;
const events = createEventBus();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rc-search-'));
  db = openCacheDatabase({ path: join(dir, 'cache.db'), keyHex: randomBytes(32).toString('hex') });
  db.prepare(
    `INSERT INTO accounts (id, kind, label, base_url, username, auth_method, created_at, updated_at)
     VALUES ('a1', 'ionos-reseller', 'x', 'https://x', '', 'token', '', '')`,
  ).run();
  // Only what the search feature uses of its deps: the cache and the event bus.
  feature = createSearchFeature({ db, events } as unknown as FeatureDeps);
  const contracts = Array.from({ length: CONTRACTS }, (_, n) => ({
    id: String(20_000 + n),
    name: `Kunde ${n}`,
    resellerReference: `REF-${n}`,
    status: 'BILLABLE',
    resourceLimits: null,
  }));
  createContractsRepo(db).replaceAll('a1', contracts);
});

afterEach(() => {
  feature.stop();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const indexed = () => db.prepare("SELECT count(*) FROM search_index WHERE account_id = 'a1'").pluck().get() as number;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const changed = () => events.emit('cache.changed', { accountId: 'a1', resource: contractKeys.key.list() });

it('gives the event loop back between slices while it indexes 10,000 contracts', async () => {
  changed();
  const seen: number[] = [];
  // Waits for the background catch-up (it starts after gathering changes for a moment).
  for (let turns = 0; turns < 10_000 && indexed() < CONTRACTS; turns += 1) {
    await nextTurn();
    seen.push(indexed());
  }
  expect(indexed()).toBe(CONTRACTS);
  const partBuilt = new Set(seen.filter((count) => count > 0 && count < CONTRACTS));
  expect(partBuilt.size).toBeGreaterThan(1);
});

it('a query during the catch-up answers from the complete index', async () => {
  changed();
  while (indexed() === 0) await nextTurn();
  expect(indexed()).toBeLessThan(CONTRACTS);
  const [found] = await feature.handlers['search.query']({ text: String(20_000 + CONTRACTS - 1) });
  expect(found).toMatchObject({ kind: 'contract', match: 'exact', route: `contracts/${20_000 + CONTRACTS - 1}` });
  expect(indexed()).toBe(CONTRACTS);
});
