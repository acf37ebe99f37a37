/**
 * Support tickets (list rows and opened threads), departments, reply drafts and portal notifications,
 * kept as JSON of the normalised domain objects in the encrypted cache so threads read offline.
 * Landed: never edit, add a new file.
 */
export const migration007 = {
  version: 7,
  name: 'support',
  sql: `
    CREATE TABLE support_tickets (
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      ticket_number TEXT NOT NULL,
      position INTEGER NOT NULL,
      summary_json TEXT NOT NULL,
      PRIMARY KEY (account_id, ticket_number)
    );
    CREATE TABLE support_threads (
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      ticket_number TEXT NOT NULL,
      thread_json TEXT NOT NULL,
      PRIMARY KEY (account_id, ticket_number)
    );
    CREATE TABLE support_departments (
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      json TEXT NOT NULL,
      PRIMARY KEY (account_id)
    );
    CREATE TABLE support_drafts (
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      ticket_number TEXT NOT NULL,
      body TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (account_id, ticket_number)
    );
    CREATE TABLE portal_notifications (
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      notification_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      json TEXT NOT NULL,
      PRIMARY KEY (account_id, notification_id)
    );
  `,
} as const;
