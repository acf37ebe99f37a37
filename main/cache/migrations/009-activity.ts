/**
 * The activity log (issue 14) and the command palette's search index. The log holds descriptions
 * only (area, action, target, the values the user typed), never a secret. The search index is an
 * FTS5 table over normalised text (lower case, accents removed) built from the other cached rows;
 * it is derived data, rebuilt whenever those rows change. Landed: never edit, add a new file.
 */
export const migration009 = {
  version: 9,
  name: 'activity',
  sql: `
    CREATE TABLE activity_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      account_kind TEXT NOT NULL,
      area TEXT NOT NULL,
      action TEXT NOT NULL,
      target TEXT NOT NULL,
      route TEXT,
      values_json TEXT NOT NULL,
      outcome TEXT NOT NULL,
      message TEXT,
      at TEXT NOT NULL
    );
    CREATE INDEX activity_log_at ON activity_log (at);
    CREATE VIRTUAL TABLE search_index USING fts5(
      terms,
      kind UNINDEXED,
      account_id UNINDEXED,
      item_key UNINDEXED,
      title UNINDEXED,
      subtitle UNINDEXED,
      route UNINDEXED,
      exact UNINDEXED,
      tokenize = 'trigram'
    );
  `,
} as const;
