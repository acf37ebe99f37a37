import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Contract } from '../../../common/models/contract';
import { openCacheDatabase, type CacheDb } from '../../cache/database';
import { createContractsRepo } from './contracts-repo';

let dir: string;
let db: CacheDb;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rc-repo-'));
  db = openCacheDatabase({ path: join(dir, 'cache.db'), keyHex: randomBytes(32).toString('hex') });
  const insert = db.prepare(
    `INSERT INTO accounts (id, kind, label, base_url, username, auth_method, created_at, updated_at) VALUES (?, 'ionos-reseller', 'x', 'https://x', '', 'token', '', '')`,
  );
  insert.run('a1');
  insert.run('a2');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const contract = (n: number, limits = true): Contract => ({
  id: String(15500 + n),
  name: `Customer ${n}`,
  resellerReference: `R-${n}`,
  status: n % 7 === 0 ? 'CEASED' : 'BILLABLE',
  resourceLimits: limits
    ? {
        ramServerMax: n,
        cpuServerMax: 2,
        hddVolumeMaxSize: 3,
        ssdVolumeMaxSize: 4,
        ramContractMax: 5,
        cpuContractMax: 6,
        hddVolumeContractMaxSize: 7,
        ssdVolumeContractMaxSize: 8,
        ips: 9,
      }
    : null,
});

it('replaces 20,000 contracts per account, in server order', () => {
  const repo = createContractsRepo(db);
  const many = Array.from({ length: 20_000 }, (_, n) => contract(n));
  repo.replaceAll('a2', [contract(1)]);
  repo.replaceAll('a1', many);
  expect(repo.count('a1')).toBe(20_000);
  const back = repo.list('a1');
  expect(back).toHaveLength(20_000);
  expect(back[0]).toEqual(many[0]);
  expect(back.at(-1)).toEqual(many.at(-1));
  expect(repo.list('a2')).toEqual([contract(1)]);
  repo.replaceAll('a1', many.slice(0, 3));
  expect(repo.list('a1')).toHaveLength(3);
});

it('a resync writes only the rows that changed, moved or went', () => {
  const repo = createContractsRepo(db);
  const rowsWritten = db.prepare<[], number>('SELECT total_changes()').pluck(true);
  const many = Array.from({ length: 1000 }, (_, n) => contract(n));
  repo.replaceAll('a1', many);
  const before = rowsWritten.get()!;
  repo.replaceAll('a1', many);
  expect(rowsWritten.get()! - before).toBe(0);

  // The first gone, one renamed, the last two swapped: 997 moved up one (the renamed among them), the
  // last moved to 997, the one before it stays at 998 (unwritten), and the delete.
  const changed = [...many.slice(1, 998), many[999]!, many[998]!].map((c, n) =>
    n === 10 ? { ...c, name: 'Renamed' } : c,
  );
  const mark = rowsWritten.get()!;
  repo.replaceAll('a1', changed);
  expect(repo.list('a1')).toEqual(changed);
  expect(rowsWritten.get()! - mark).toBe(997 + 1 + 1);
});

it('keeps contracts without limits or without a number, and places new ones last', () => {
  const repo = createContractsRepo(db);
  const anonymous: Contract = {
    id: '',
    name: 'No number',
    resellerReference: '',
    status: 'WEIRD',
    resourceLimits: null,
  };
  repo.replaceAll('a1', [contract(1, false), anonymous, { ...anonymous, name: 'Also none' }]);
  expect(repo.list('a1').map((c) => c.name)).toEqual(['Customer 1', 'No number', 'Also none']);
  expect(repo.get('a1', '')).toBeNull();
  expect(repo.get('a1', '15501')?.resourceLimits).toBeNull();
  repo.upsert('a1', contract(9));
  repo.upsert('a1', { ...contract(1), name: 'Renamed' });
  expect(repo.list('a1').map((c) => c.name)).toEqual(['Renamed', 'No number', 'Also none', 'Customer 9']);
});

it('replacing the list drops admins of contracts that are gone', () => {
  const repo = createContractsRepo(db);
  repo.replaceAll('a1', [contract(1), contract(2)]);
  repo.replaceAdmins('a1', '15502', [{ id: '7', contractId: '15502', firstName: 'A', lastName: 'B', email: 'a@b.cd' }]);
  repo.upsertAdmin('a1', { id: '8', contractId: '15502', firstName: 'C', lastName: 'D', email: 'c@d.ef' });
  repo.upsertAdmin('a1', { id: '7', contractId: '15502', firstName: 'A', lastName: 'Z', email: 'a@b.cd' });
  expect(repo.listAdmins('a1', '15502').map((a) => `${a.id}${a.lastName}`)).toEqual(['7Z', '8D']);
  repo.replaceAll('a1', [contract(1)]);
  expect(repo.listAdmins('a1', '15502')).toEqual([]);
});
