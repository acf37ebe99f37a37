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

/** The fuzzy pass runs when the text as typed found fewer results than this. */
const FUZZY_BELOW = 5;

interface Row {
  readonly rowid: number;
  readonly kind: string;
  readonly account_id: string;
  readonly title: string;
  readonly subtitle: string;
  readonly route: string;
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const ftsPhrase = (word: string) => `"${word.replace(/"/g, '""')}"`;
const COLUMNS = 'rowid, kind, account_id, title, subtitle, route';

export function createSearchIndex(db: CacheDb) {
  /** `${accountId} ${kind}` → item key → rowid. */
  const rowids = new Map<string, Map<string, number>>();
  /** Normalised exact value (a number, an IP) → rowids: the first rank costs a lookup, not a scan. */
  const exactRows = new Map<string, Set<number>>();
  const exactOf = new Map<number, readonly string[]>();
  /** What each row holds, so a re-sync that changed nothing writes nothing. */
  const signatures = new Map<number, string>();
  const insert = db.prepare(
    `INSERT INTO search_index (terms, kind, account_id, item_key, title, subtitle, route, exact)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const deleteRow = db.prepare('DELETE FROM search_index WHERE rowid = ?');
  const remove = {
    run(rowid: number) {
      deleteRow.run(rowid);
      for (const value of exactOf.get(rowid) ?? []) exactRows.get(value)?.delete(rowid);
      exactOf.delete(rowid);
      signatures.delete(rowid);
    },
  };
  const byRowid = db.prepare(`SELECT ${COLUMNS} FROM search_index WHERE rowid = ?`);
  const group = (accountId: string, kind: string) => {
    const id = `${accountId} ${kind}`;
    let map = rowids.get(id);
    if (!map) rowids.set(id, (map = new Map()));
    return map;
  };

  function remember(map: Map<string, number>, key: string, rowid: number, exact: readonly string[], signature: string) {
    map.set(key, rowid);
    signatures.set(rowid, signature);
    exactOf.set(rowid, exact);
    for (const value of exact) {
      let rows = exactRows.get(value);
      if (!rows) exactRows.set(value, (rows = new Set()));
      rows.add(rowid);
    }
  }

  function add(map: Map<string, number>, accountId: string, kind: string, item: SearchItem): void {
    const terms = normalizeSearch([item.title, item.subtitle, ...item.terms].filter(Boolean).join(' '));
    const exact = item.exact.filter((v): v is string => !!v).map(normalizeSearch);
    const signature = [terms, item.title, item.subtitle, item.route, exact.join(' ')].join('\u0001');
    const old = map.get(item.key);
    if (old !== undefined && signatures.get(old) === signature) return;
    if (old !== undefined) remove.run(old);
    const info = insert.run(terms, kind, accountId, item.key, item.title, item.subtitle, item.route, exact.join(' '));
    remember(map, item.key, Number(info.lastInsertRowid), exact, signature);
  }

  return {
    /**
     * Takes up the index kept in the cache (at start): the catch-up that follows compares each item
     * with what is stored and rewrites only what changed. Rows of accounts not in `accountIds` go.
     */
    load(accountIds: ReadonlySet<string>): void {
      const rows = db
        .prepare('SELECT rowid, kind, account_id, item_key, terms, title, subtitle, route, exact FROM search_index')
        .all() as (Row & { item_key: string; terms: string; exact: string })[];
      db.transaction(() => {
        for (const row of rows) {
          if (!accountIds.has(row.account_id)) {
            deleteRow.run(row.rowid);
            continue;
          }
          const exact = row.exact === '' ? [] : row.exact.split(' ');
          const signature = [row.terms, row.title, row.subtitle, row.route, row.exact].join('\u0001');
          remember(group(row.account_id, row.kind), row.item_key, row.rowid, exact, signature);
        }
      })();
    },
    /** Drops the account's items of a kind whose key is not in `kept` (all of them, or only `key`). */
    prune(accountId: string, kind: string, kept: ReadonlySet<string>, key?: string): void {
      const map = group(accountId, kind);
      db.transaction(() => {
        for (const itemKey of key === undefined ? [...map.keys()] : [key]) {
          if (kept.has(itemKey)) continue;
          const rowid = map.get(itemKey);
          if (rowid !== undefined) remove.run(rowid);
          map.delete(itemKey);
        }
      })();
    },
    /** Writes items (new or changed; unchanged ones cost a compare), in one transaction. */
    put(accountId: string, kind: string, items: readonly SearchItem[]): void {
      const map = group(accountId, kind);
      db.transaction(() => {
        for (const item of items) add(map, accountId, kind, item);
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
    /**
     * Ranked in passes, each stopping at the limit (no pass sorts thousands of rows): exact values
     * from the in-memory map, then matches at a word's start, then anywhere, then fuzzy. Within a
     * pass, shorter titles first.
     */
    query(text: string, limit: number): SearchResult[] {
      const q = normalizeSearch(text);
      if (q === '') return [];
      const found: (Row & { match: SearchMatch })[] = [];
      const seen = new Set<number>();
      const take = (rows: readonly Row[], match: SearchMatch) => {
        const fresh = rows.filter((row) => !seen.has(row.rowid)).sort((a, b) => a.title.length - b.title.length);
        for (const row of fresh.slice(0, limit - found.length)) {
          seen.add(row.rowid);
          found.push({ ...row, match });
        }
      };
      take(
        [...(exactRows.get(q) ?? [])].slice(0, limit).map((rowid) => byRowid.get(rowid) as Row),
        'exact',
      );

      const words = q.split(' ');
      const long = words.filter((word) => [...word].length >= 3);
      const short = words.filter((word) => [...word].length < 3);
      const params: Record<string, string | number> = { q: ` ${q}` };
      const where: string[] = [];
      if (long.length > 0) {
        where.push('search_index MATCH @match');
        params.match = long.map(ftsPhrase).join(' AND ');
      }
      short.forEach((word, index) => {
        where.push(`terms LIKE @short${index} ESCAPE '\\'`);
        params[`short${index}`] = `%${likeEscape(word)}%`;
      });
      const pass = (extra: string, extraParams: Record<string, string> = {}) => {
        if (found.length >= limit) return [];
        const clause = [...where, extra].filter(Boolean).join(' AND ');
        return db
          .prepare(`SELECT ${COLUMNS} FROM search_index WHERE ${clause} LIMIT @limit`)
          .all({ ...params, ...extraParams, limit: limit + seen.size }) as Row[];
      };
      take(pass(`instr(' ' || terms, @q) > 0`), 'prefix');
      take(pass(''), 'contains');
      // Fuzzy only for words (not numbers or addresses, where "letters in order" is noise) and only
      // when the text found little as typed.
      if (found.length < FUZZY_BELOW && /\p{L}/u.test(q) && q.replace(/ /g, '').length >= 2) {
        // Every letter in order, anything between ("mllr" finds "Müller").
        const pattern = `%${[...q.replace(/ /g, '')].map(likeEscape).join('%')}%`;
        where.length = 0;
        take(pass(`terms LIKE @pattern ESCAPE '\\'`, { pattern }), 'fuzzy');
      }
      return found.map((row) => ({
        kind: row.kind,
        accountId: row.account_id,
        title: row.title,
        subtitle: row.subtitle,
        route: row.route,
        match: row.match,
      }));
    },
  };
}
export type SearchIndex = ReturnType<typeof createSearchIndex>;
