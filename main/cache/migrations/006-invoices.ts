/**
 * HostBill invoices and billing. One row per invoice: the list row as the portal last listed it, and
 * the detail (lines, taxes, address) once fetched, with the fingerprint of the list row that detail
 * was fetched for, so a sync knows which details are still current and an interrupted one resumes.
 * Balance and payment methods are small JSON documents per account. Landed: never edit, add a file.
 */
export const migration006 = {
  version: 6,
  name: 'invoices',
  sql: `
    CREATE TABLE hostbill_invoices (
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      invoice_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      row_json TEXT NOT NULL,
      detail_json TEXT,
      detail_fingerprint TEXT,
      PRIMARY KEY (account_id, invoice_id)
    );
    CREATE TABLE hostbill_billing (
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      kind TEXT NOT NULL,
      json TEXT NOT NULL,
      PRIMARY KEY (account_id, kind)
    );
  `,
} as const;
