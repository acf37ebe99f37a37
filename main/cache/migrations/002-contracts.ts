/**
 * IONOS contracts and their admin users. Limits are nine nullable columns (null when the server sent
 * no complete limits) rather than JSON, so a 20,000-row read needs no parsing. `row_key` is the
 * contract number, or a position-based key for the rare contract the server sent without one (kept,
 * never editable). Admin passwords have no column: the API never returns them and we never keep them.
 * Landed: never edit, add a new file.
 */
export const migration002 = {
  version: 2,
  name: 'contracts',
  sql: `
    CREATE TABLE ionos_contracts (
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      row_key TEXT NOT NULL,
      contract_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      reseller_reference TEXT NOT NULL,
      status TEXT NOT NULL,
      ram_server_max INTEGER,
      cpu_server_max INTEGER,
      hdd_volume_max_size INTEGER,
      ssd_volume_max_size INTEGER,
      ram_contract_max INTEGER,
      cpu_contract_max INTEGER,
      hdd_volume_contract_max_size INTEGER,
      ssd_volume_contract_max_size INTEGER,
      ips INTEGER,
      PRIMARY KEY (account_id, row_key)
    );
    CREATE TABLE ionos_contract_admins (
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      contract_id TEXT NOT NULL,
      admin_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      first_name TEXT NOT NULL,
      last_name TEXT NOT NULL,
      email TEXT NOT NULL,
      PRIMARY KEY (account_id, contract_id, admin_id)
    );
  `,
} as const;
