/**
 * DNS zones and their records, kept as JSON of the editor's normalised zone (one row per zone:
 * a zone is read and written whole). Landed: never edit, add a new file.
 */
export const migration005 = {
  version: 5,
  name: 'dns',
  sql: `
    CREATE TABLE dns_zones (
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      zone_id TEXT NOT NULL,
      service_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      PRIMARY KEY (account_id, zone_id)
    );
    CREATE TABLE dns_zone_records (
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      service_id TEXT NOT NULL,
      zone_id TEXT NOT NULL,
      zone_json TEXT NOT NULL,
      PRIMARY KEY (account_id, service_id, zone_id)
    );
  `,
} as const;
