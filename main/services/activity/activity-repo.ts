/**
 * The activity log's rows in the encrypted cache. Filters become SQL (the log may hold a year of
 * bulk actions); dates are compared as ISO strings, which sort like the instants they name.
 */
import {
  ACTIVITY_RETENTION_DAYS,
  type ActivityFilters,
  type ActivityLogEntry,
} from '../../../common/channels/activity';
import type { AccountKind } from '../../../common/models/account';
import type { CacheDb } from '../../cache/database';
import type { ActivityEntry } from '../activity-recorder';

const DAY_MS = 86_400_000;
/** A value key that names a secret is dropped even if a caller passed one by mistake. */
const SECRET_KEY = /pass(word)?|secret|token|otp|private/i;

interface Row {
  readonly id: number;
  readonly account_id: string;
  readonly account_kind: string;
  readonly area: string;
  readonly action: string;
  readonly target: string;
  readonly route: string | null;
  readonly values_json: string;
  readonly outcome: string;
  readonly message: string | null;
  readonly at: string;
}

function where(filters: ActivityFilters): { sql: string; params: (string | number)[] } {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  const add = (clause: string, value: string) => {
    clauses.push(clause);
    params.push(value);
  };
  if (filters.accountId) add('account_id = ?', filters.accountId);
  if (filters.area) add('area = ?', filters.area);
  if (filters.outcome) add('outcome = ?', filters.outcome);
  if (filters.from) add('at >= ?', `${filters.from}T00:00:00.000Z`);
  if (filters.to) add('at < ?', new Date(Date.parse(`${filters.to}T00:00:00.000Z`) + DAY_MS).toISOString());
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function toEntry(row: Row): ActivityLogEntry {
  return {
    id: row.id,
    accountId: row.account_id,
    accountKind: row.account_kind as AccountKind,
    area: row.area,
    action: row.action,
    target: row.target,
    route: row.route,
    values: JSON.parse(row.values_json) as ActivityLogEntry['values'],
    outcome: row.outcome as ActivityLogEntry['outcome'],
    message: row.message,
    at: row.at,
  };
}

export function safeValues(values: ActivityEntry['values']): Record<string, string | number | boolean | null> {
  return Object.fromEntries(Object.entries(values ?? {}).filter(([key]) => !SECRET_KEY.test(key)));
}

export function createActivityRepo(db: CacheDb) {
  const insert = db.prepare(
    `INSERT INTO activity_log (account_id, account_kind, area, action, target, route, values_json, outcome, message, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const accountExists = db.prepare('SELECT 1 FROM accounts WHERE id = ?').pluck();
  return {
    /** False when the account is gone (removed mid-write): its log went with it. */
    add(entry: ActivityEntry): boolean {
      if (!db.open || !accountExists.get(entry.accountId)) return false;
      insert.run(
        entry.accountId,
        entry.accountKind,
        entry.area,
        entry.action,
        entry.target,
        entry.route ?? null,
        JSON.stringify(safeValues(entry.values)),
        entry.outcome,
        entry.message,
        entry.at,
      );
      return true;
    },
    list(filters: ActivityFilters, limit: number): ActivityLogEntry[] {
      const { sql, params } = where(filters);
      const rows = db
        .prepare(`SELECT * FROM activity_log ${sql} ORDER BY at DESC, id DESC LIMIT ?`)
        .all(...params, limit) as Row[];
      return rows.map(toEntry);
    },
    count(filters: ActivityFilters): number {
      const { sql, params } = where(filters);
      return db
        .prepare(`SELECT count(*) FROM activity_log ${sql}`)
        .pluck()
        .get(...params) as number;
    },
    areas(): string[] {
      return db.prepare('SELECT DISTINCT area FROM activity_log ORDER BY area').pluck().all() as string[];
    },
    /** Deletes entries older than the retention period; answers how many went. */
    prune(now: number): number {
      if (!db.open) return 0;
      const cutoff = new Date(now - ACTIVITY_RETENTION_DAYS * DAY_MS).toISOString();
      return db.prepare('DELETE FROM activity_log WHERE at < ?').run(cutoff).changes;
    },
  };
}
export type ActivityRepo = ReturnType<typeof createActivityRepo>;
