/**
 * HostBill services, their VMs and per-service extras (templates, resources, IPs), kept as JSON of the
 * normalised domain objects. Rows are projections the app builds field by field, so a service's
 * clear-text password (GET /service/@id) has no column to land in. Landed: never edit, add a new file.
 */
export const migration003 = {
  version: 3,
  name: 'hosting',
  sql: `
    CREATE TABLE hostbill_services (
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      service_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      service_json TEXT NOT NULL,
      features_json TEXT,
      list_signature TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (account_id, service_id)
    );
    CREATE TABLE hostbill_vms (
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      service_id TEXT NOT NULL,
      vm_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      vm_json TEXT NOT NULL,
      PRIMARY KEY (account_id, service_id, vm_id)
    );
    CREATE TABLE hostbill_service_extras (
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      service_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      json TEXT NOT NULL,
      PRIMARY KEY (account_id, service_id, kind)
    );
  `,
} as const;
