/**
 * The cached IONOS contracts and admins of each account, over the encrypted DB. Statements are
 * prepared once: a full sync of 20,000 contracts is one transaction of prepared inserts.
 */
import type { ContractTuple } from '../../../common/channels/contracts';
import type { Contract, ContractAdmin, ResourceLimits } from '../../../common/models/contract';
import type { CacheDb } from '../../cache/database';

interface ContractRow {
  row_key: string;
  contract_id: string;
  name: string;
  reseller_reference: string;
  status: string;
  ram_server_max: number | null;
  cpu_server_max: number | null;
  hdd_volume_max_size: number | null;
  ssd_volume_max_size: number | null;
  ram_contract_max: number | null;
  cpu_contract_max: number | null;
  hdd_volume_contract_max_size: number | null;
  ssd_volume_contract_max_size: number | null;
  ips: number | null;
}

interface AdminRow {
  admin_id: string;
  contract_id: string;
  first_name: string;
  last_name: string;
  email: string;
}

const CONTRACT_COLUMNS = `row_key, contract_id, name, reseller_reference, status, ram_server_max, cpu_server_max,
  hdd_volume_max_size, ssd_volume_max_size, ram_contract_max, cpu_contract_max, hdd_volume_contract_max_size,
  ssd_volume_contract_max_size, ips`;

/** Contracts without a number cannot collide with a real one: digits never start with '#'. */
const rowKeyOf = (contract: Contract, position: number): string => contract.id || `#${position}`;

function toContract(row: ContractRow): Contract {
  // Either all nine are set (written from a complete limits object) or none is.
  const limits: ResourceLimits | null =
    row.ram_server_max === null
      ? null
      : {
          ramServerMax: row.ram_server_max,
          cpuServerMax: row.cpu_server_max ?? 0,
          hddVolumeMaxSize: row.hdd_volume_max_size ?? 0,
          ssdVolumeMaxSize: row.ssd_volume_max_size ?? 0,
          ramContractMax: row.ram_contract_max ?? 0,
          cpuContractMax: row.cpu_contract_max ?? 0,
          hddVolumeContractMaxSize: row.hdd_volume_contract_max_size ?? 0,
          ssdVolumeContractMaxSize: row.ssd_volume_contract_max_size ?? 0,
          ips: row.ips ?? 0,
        };
  return {
    id: row.contract_id,
    name: row.name,
    resellerReference: row.reseller_reference,
    status: row.status,
    resourceLimits: limits,
  };
}

function contractParams(accountId: string, contract: Contract, position: number): unknown[] {
  const l = contract.resourceLimits;
  return [
    accountId,
    rowKeyOf(contract, position),
    contract.id,
    position,
    contract.name,
    contract.resellerReference,
    contract.status,
    l?.ramServerMax ?? null,
    l?.cpuServerMax ?? null,
    l?.hddVolumeMaxSize ?? null,
    l?.ssdVolumeMaxSize ?? null,
    l?.ramContractMax ?? null,
    l?.cpuContractMax ?? null,
    l?.hddVolumeContractMaxSize ?? null,
    l?.ssdVolumeContractMaxSize ?? null,
    l?.ips ?? null,
  ];
}

const toAdmin = (row: AdminRow): ContractAdmin => ({
  id: row.admin_id,
  contractId: row.contract_id,
  firstName: row.first_name,
  lastName: row.last_name,
  email: row.email,
});

export function createContractsRepo(db: CacheDb) {
  const listStatement = db.prepare<[string], ContractRow>(
    `SELECT ${CONTRACT_COLUMNS} FROM ionos_contracts WHERE account_id = ? ORDER BY position`,
  );
  // Raw arrays straight into tuples: no per-row objects for the 20,000-row table read.
  const tupleStatement = db
    .prepare<[string], unknown[]>(
      `SELECT ${CONTRACT_COLUMNS} FROM ionos_contracts WHERE account_id = ? ORDER BY position`,
    )
    .raw(true);
  const getStatement = db.prepare<[string, string], ContractRow>(
    `SELECT ${CONTRACT_COLUMNS} FROM ionos_contracts WHERE account_id = ? AND contract_id = ? AND contract_id <> ''`,
  );
  const upsertStatement = db.prepare(
    `INSERT INTO ionos_contracts (account_id, ${CONTRACT_COLUMNS.replace('contract_id,', 'contract_id, position,')})
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(account_id, row_key) DO UPDATE SET
       name = excluded.name, reseller_reference = excluded.reseller_reference, status = excluded.status,
       ram_server_max = excluded.ram_server_max, cpu_server_max = excluded.cpu_server_max,
       hdd_volume_max_size = excluded.hdd_volume_max_size, ssd_volume_max_size = excluded.ssd_volume_max_size,
       ram_contract_max = excluded.ram_contract_max, cpu_contract_max = excluded.cpu_contract_max,
       hdd_volume_contract_max_size = excluded.hdd_volume_contract_max_size,
       ssd_volume_contract_max_size = excluded.ssd_volume_contract_max_size, ips = excluded.ips`,
  );
  const positionOf = db.prepare<[string, string], { position: number }>(
    'SELECT position FROM ionos_contracts WHERE account_id = ? AND row_key = ?',
  );
  const nextPosition = db.prepare<[string], { next: number }>(
    'SELECT coalesce(max(position), -1) + 1 AS next FROM ionos_contracts WHERE account_id = ?',
  );
  const countStatement = db
    .prepare<[string], number>('SELECT count(*) FROM ionos_contracts WHERE account_id = ?')
    .pluck(true);
  // Columns in contractParams' order, so a cached row and a fresh one compare value by value.
  const PARAM_COLUMNS = `account_id, ${CONTRACT_COLUMNS.replace('contract_id,', 'contract_id, position,')}`;
  const storedRows = db
    .prepare<[string], unknown[]>(`SELECT ${PARAM_COLUMNS} FROM ionos_contracts WHERE account_id = ?`)
    .raw(true);
  const replaceRow = db.prepare(
    `INSERT OR REPLACE INTO ionos_contracts (${PARAM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const deleteRow = db.prepare('DELETE FROM ionos_contracts WHERE account_id = ? AND row_key = ?');
  const deleteOne = db.prepare('DELETE FROM ionos_contracts WHERE account_id = ? AND contract_id = ?');
  // Admins of contracts that vanished from the server are not worth keeping.
  const deleteOrphanAdmins = db.prepare(
    `DELETE FROM ionos_contract_admins WHERE account_id = ? AND contract_id NOT IN
       (SELECT contract_id FROM ionos_contracts WHERE account_id = ?)`,
  );
  const listAdmins = db.prepare<[string, string], AdminRow>(
    `SELECT admin_id, contract_id, first_name, last_name, email FROM ionos_contract_admins
     WHERE account_id = ? AND contract_id = ? ORDER BY position`,
  );
  const deleteAdmins = db.prepare('DELETE FROM ionos_contract_admins WHERE account_id = ? AND contract_id = ?');
  const deleteAdmin = db.prepare(
    'DELETE FROM ionos_contract_admins WHERE account_id = ? AND contract_id = ? AND admin_id = ?',
  );
  const upsertAdmin = db.prepare(
    `INSERT INTO ionos_contract_admins (account_id, contract_id, admin_id, position, first_name, last_name, email)
     VALUES (?, ?, ?, coalesce((SELECT position FROM ionos_contract_admins WHERE account_id = ? AND contract_id = ?
       AND admin_id = ?), (SELECT coalesce(max(position), -1) + 1 FROM ionos_contract_admins WHERE account_id = ?
       AND contract_id = ?)), ?, ?, ?)
     ON CONFLICT(account_id, contract_id, admin_id) DO UPDATE SET
       first_name = excluded.first_name, last_name = excluded.last_name, email = excluded.email`,
  );
  const insertAdmin = db.prepare(
    `INSERT INTO ionos_contract_admins (account_id, contract_id, admin_id, position, first_name, last_name, email)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );

  // Write only what changed: an unchanged resync of 20,000 contracts is one read and a compare, not
  // 20,000 writes (a third of a sync's wall time before).
  const replaceAllTx = db.transaction((accountId: string, contracts: readonly Contract[]) => {
    const stored = new Map<string, unknown[]>();
    for (const row of storedRows.all(accountId)) stored.set(row[1] as string, row);
    contracts.forEach((contract, position) => {
      const params = contractParams(accountId, contract, position);
      const rowKey = params[1] as string;
      const before = stored.get(rowKey);
      stored.delete(rowKey);
      if (before === undefined || before.some((value, index) => value !== params[index])) replaceRow.run(...params);
    });
    for (const rowKey of stored.keys()) deleteRow.run(accountId, rowKey);
    deleteOrphanAdmins.run(accountId, accountId);
  });
  const replaceAdminsTx = db.transaction((accountId: string, contractId: string, admins: readonly ContractAdmin[]) => {
    deleteAdmins.run(accountId, contractId);
    admins.forEach((a, position) =>
      insertAdmin.run(accountId, contractId, a.id, position, a.firstName, a.lastName, a.email),
    );
  });

  return {
    list(accountId: string): Contract[] {
      return listStatement.all(accountId).map(toContract);
    },
    tuples(accountId: string): ContractTuple[] {
      return tupleStatement.all(accountId).map((row) => {
        const limits = row.slice(5) as (number | null)[];
        return [row[1], row[2], row[3], row[4], limits[0] === null ? null : limits] as unknown as ContractTuple;
      });
    },
    count(accountId: string): number {
      return countStatement.get(accountId) ?? 0;
    },
    get(accountId: string, contractId: string): Contract | null {
      const row = getStatement.get(accountId, contractId);
      return row ? toContract(row) : null;
    },
    /** A full sync: the server's list replaces the account's cached contracts, in server order. */
    replaceAll(accountId: string, contracts: readonly Contract[]): void {
      replaceAllTx(accountId, contracts);
    },
    /** One contract from a write or a detail read: keeps its place in the list, new ones go last. */
    upsert(accountId: string, contract: Contract): void {
      const existing = positionOf.get(accountId, contract.id);
      const position = existing?.position ?? nextPosition.get(accountId)?.next ?? 0;
      upsertStatement.run(...contractParams(accountId, contract, position));
    },
    remove(accountId: string, contractId: string): void {
      deleteOne.run(accountId, contractId);
      deleteAdmins.run(accountId, contractId);
    },
    listAdmins(accountId: string, contractId: string): ContractAdmin[] {
      return listAdmins.all(accountId, contractId).map(toAdmin);
    },
    replaceAdmins(accountId: string, contractId: string, admins: readonly ContractAdmin[]): void {
      replaceAdminsTx(accountId, contractId, admins);
    },
    upsertAdmin(accountId: string, admin: ContractAdmin): void {
      const { contractId: c, id } = admin;
      upsertAdmin.run(accountId, c, id, accountId, c, id, accountId, c, admin.firstName, admin.lastName, admin.email);
    },
    removeAdmin(accountId: string, contractId: string, adminId: string): void {
      deleteAdmin.run(accountId, contractId, adminId);
    },
  };
}
export type ContractsRepo = ReturnType<typeof createContractsRepo>;
