/**
 * The search index: an FTS5 table (trigram tokenizer) in the encrypted cache over normalised text.
 * Substring matches use the index; words shorter than a trigram and the fuzzy pass (the letters in
 * order, anything between) scan it with LIKE. Rowids are tracked per item so one contract's rename
 * replaces one row, not 20,000.
 */
import type { SearchMatch, SearchResult } from '../../../common/channels/search';
import type { CacheDb } from '../../cache/database';
import { normalizeSearch } from './normalize';
import type { SearchItem } from './provider';

const MATCHES: readonly SearchMatch[] = ['exact', 'prefix', 'contains', 'fuzzy'];

interface Row {
  readonly rowid: number;
  readonly kind: string;
  readonly account_id: string;
  readonly title: string;
  readonly subtitle: string;
  readonly route: string;
  readonly rank: number;
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const ftsPhrase = (word: string) => `"${word.replace(/"/g, '""')}"`;

const SELECT = `SELECT rowid, kind, account_id, title, subtitle, route,
  CASE WHEN instr(' ' || exact || ' ', ' ' || @q || ' ') > 0 THEN 0
       WHEN instr(' ' || terms, ' ' || @q) > 0 THEN 1
       ELSE @base END AS rank
  FROM search_index`;
const ORDER = 'ORDER BY rank, length(title), title LIMIT @limit';

export function createSearchIndex(db: CacheDb) {
  /** `${accountId} ${kind}` → item key → rowid. */
  const rowids = new Map<string, Map<string, number>>();
  const insert = db.prepare(
    `INSERT INTO search_index (terms, kind, account_id, item_key, title, subtitle, route, exact)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const remove = db.prepare('DELETE FROM search_index WHERE rowid = ?');
  const group = (accountId: string, kind: string) => {
    const id = `${accountId} ${kind}`;
    let map = rowids.get(id);
    if (!map) rowids.set(id, (map = new Map()));
    return map;
  };

  function add(map: Map<string, number>, accountId: string, kind: string, item: SearchItem): void {
    const terms = normalizeSearch([item.title, item.subtitle, ...item.terms].filter(Boolean).join(' '));
    const exact = item.exact
      .filter((v): v is string => !!v)
      .map(normalizeSearch)
      .join(' ');
    const info = insert.run(terms, kind, accountId, item.key, item.title, item.subtitle, item.route, exact);
    map.set(item.key, Number(info.lastInsertRowid));
  }

  return {
    /** Forgets everything (at start: the index is derived, rebuilt from the cached rows). */
    clear(): void {
      db.exec('DELETE FROM search_index');
      rowids.clear();
    },
    /** Replaces the account's items of a kind (all of them, or only `key`'s). */
    replace(accountId: string, kind: string, items: readonly SearchItem[], key?: string): void {
      const map = group(accountId, kind);
      db.transaction(() => {
        const stale = key === undefined ? [...map.keys()] : [key];
        for (const itemKey of stale) {
          const rowid = map.get(itemKey);
          if (rowid !== undefined) remove.run(rowid);
          map.delete(itemKey);
        }
        for (const item of items) {
          const old = map.get(item.key);
          if (old !== undefined) remove.run(old);
          add(map, accountId, kind, item);
        }
      })();
    },
    removeAccount(accountId: string): void {
      db.transaction(() => {
        for (const [id, map] of rowids) {
          if (!id.startsWith(`${accountId} `)) continue;
          for (const rowid of map.values()) remove.run(rowid);
          rowids.delete(id);
        }
      })();
    },
    query(text: string, limit: number): SearchResult[] {
      const q = normalizeSearch(text);
      if (q === '') return [];
      const words = q.split(' ');
      const long = words.filter((word) => [...word].length >= 3);
      const short = words.filter((word) => [...word].length < 3);
      const params: Record<string, string | number> = { q, limit, base: 2 };
      const where: string[] = [];
      if (long.length > 0) {
        where.push('search_index MATCH @match');
        params.match = long.map(ftsPhrase).join(' AND ');
      }
      short.forEach((word, index) => {
        where.push(`terms LIKE @short${index} ESCAPE '\\'`);
        params[`short${index}`] = `%${likeEscape(word)}%`;
      });
      const found = db.prepare(`${SELECT} WHERE ${where.join(' AND ')} ${ORDER}`).all(params) as Row[];
      if (found.length < limit && q.replace(/ /g, '').length >= 2) {
        // Fuzzy: every letter in order, anything between ("mllr" finds "Müller").
        const pattern = `%${[...q.replace(/ /g, '')].map(likeEscape).join('%')}%`;
        const seen = new Set(found.map((row) => row.rowid));
        const fuzzy = db
          .prepare(`${SELECT} WHERE terms LIKE @pattern ESCAPE '\\' ${ORDER}`)
          .all({ ...params, base: 3, pattern, limit: limit + found.length }) as Row[];
        for (const row of fuzzy) {
          if (found.length >= limit) break;
          if (!seen.has(row.rowid)) found.push({ ...row, rank: Math.max(row.rank, 3) });
        }
      }
      return found.map((row) => ({
        kind: row.kind,
        accountId: row.account_id,
        title: row.title,
        subtitle: row.subtitle,
        route: row.route,
        match: MATCHES[row.rank] ?? 'fuzzy',
      }));
    },
  };
}
export type SearchIndex = ReturnType<typeof createSearchIndex>;
