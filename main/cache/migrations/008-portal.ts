/**
 * The HostBill portal areas (catalog, order forms, contacts, privileges, account details, statuses,
 * logs, affiliates): one JSON document per `portalKeys` resource. Documents are projections the app
 * builds field by field, so a contact's password (sent once) has nowhere to land. Landed: never edit.
 */
export const migration008 = {
  version: 8,
  name: 'portal',
  sql: `
    CREATE TABLE portal_documents (
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      resource TEXT NOT NULL,
      json TEXT NOT NULL,
      PRIMARY KEY (account_id, resource)
    );
  `,
} as const;
