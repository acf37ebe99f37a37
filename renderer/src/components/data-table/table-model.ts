/**
 * The pure part of DataTable: per-row search keys computed once per rows array, the sorted order
 * of each column computed once and kept (a re-sort is a lookup, a reverse is a reverse), and the
 * filter pass a keystroke costs: one `includes` per row over precomputed keys.
 */
import { collator, foldText, naturalKey } from './text-keys';
import type { CellValue, CountNoun, DataTableColumn, DataTableFilter, TableSort } from './types';

const numberFormat = new Intl.NumberFormat('en');
export const formatNumber = (value: number): string => numberFormat.format(value);

/** The default text of a value: numbers grouped ("20,000"), dates as YYYY-MM-DD, none as "—". */
export function defaultText(value: CellValue): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value) : '—';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '—' : value.toISOString().slice(0, 10);
  return value;
}

export const cellText = <Row>(column: DataTableColumn<Row>, row: Row): string =>
  column.text ? column.text(row) : defaultText(column.value(row));

/** What search sees: the shown text, but nothing for an empty cell (so "—" matches no empty field). */
function searchText<Row>(column: DataTableColumn<Row>, row: Row): string {
  if (column.text) return column.text(row);
  const value = column.value(row);
  return typeof value === 'string' ? value : value === null ? '' : defaultText(value);
}

export interface TableIndex<Row> {
  readonly rows: readonly Row[];
  readonly columns: readonly DataTableColumn<Row>[];
  /**
   * Folded searchable texts of each row joined by "\n" (a typed query, never a newline, cannot
   * span two columns); built on the first search, not on open.
   */
  searchKeys: readonly string[] | null;
  /** Ascending order per column id, filled on first sort. */
  readonly orders: Map<string, Int32Array>;
}

export function buildIndex<Row>(rows: readonly Row[], columns: readonly DataTableColumn<Row>[]): TableIndex<Row> {
  return { rows, columns, searchKeys: null, orders: new Map() };
}

export function searchKeysOf<Row>(index: TableIndex<Row>): readonly string[] {
  if (index.searchKeys) return index.searchKeys;
  const searchable = index.columns.filter((column) => column.searchable);
  // One fold per row over the joined texts (folding leaves the "\n" separators alone).
  index.searchKeys = index.rows.map((row) => {
    let joined = '';
    for (const column of searchable) joined += (joined === '' ? '' : '\n') + searchText(column, row);
    return foldText(joined);
  });
  return index.searchKeys;
}

/** Per filter id, each row's value (kept apart from the index: filter options change with the data). */
export type FilterValues = ReadonlyMap<string, readonly string[]>;

export function filterValuesOf<Row>(rows: readonly Row[], filters: readonly DataTableFilter<Row>[]): FilterValues {
  return new Map(filters.map((filter) => [filter.id, rows.map((row) => filter.value(row))]));
}

/**
 * Row indices in ascending order of the column. Ties go by `tie` (each row's position in the
 * table's default order) when given, then by the rows' own order.
 */
export function ascendingOrder<Row>(rows: readonly Row[], column: DataTableColumn<Row>, tie?: Int32Array): Int32Array {
  const keyOf = column.sortValue ?? column.value;
  const count = rows.length;
  const ranks = new Float64Array(count);
  // Plain loops: this runs for the default sort on every new rows array, before the first paint.
  for (let i = 0; i < count; i += 1) {
    const key = keyOf(rows[i]!);
    if (typeof key === 'number') ranks[i] = Number.isNaN(key) ? -Infinity : key;
    else if (key === null) ranks[i] = -Infinity;
    else if (key instanceof Date) ranks[i] = Number.isNaN(key.getTime()) ? -Infinity : key.getTime();
    else return textOrder(rows.map(keyOf), tie);
  }
  const order = identityOrder(count);
  // Lists often arrive in this order already (contracts by number): one pass instead of a sort.
  if (alreadyAscending(ranks, tie)) return order;
  return tie
    ? order.sort((a, b) => ranks[a]! - ranks[b]! || tie[a]! - tie[b]! || a - b)
    : order.sort((a, b) => ranks[a]! - ranks[b]! || a - b);
}

/**
 * Collator order, made cheap: only distinct values are compared, a plain sort by natural key
 * first leaves them nearly in collator order (TimSort then finishes in about one pass), and rows
 * are placed by rank in buckets instead of sorted again. Empty text comes first.
 */
function textOrder(keys: readonly CellValue[], tie: Int32Array | undefined): Int32Array {
  const texts = keys.map((key) => (key === null ? '' : textOf(key)));
  const distinct = [...new Set(texts)].map((text) => ({ text, key: naturalKey(text) }));
  distinct.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  distinct.sort((a, b) => collator.compare(a.text, b.text));
  // Values equal but for case and accents ("Muller", "Müller") share a rank: a tie, as it should be.
  const rank = new Map<string, number>();
  let ranks = 0;
  distinct.forEach((entry, i) => {
    const same = i > 0 && (entry.text === '' || distinct[i - 1]!.key === entry.key);
    if (i > 0 && !same) ranks += 1;
    rank.set(entry.text, entry.text === '' ? -1 : ranks);
  });
  // Buckets by rank (empty text in bucket 0), rows in their own order within one.
  const bucketOf = texts.map((text) => rank.get(text)! + 1);
  const starts = new Int32Array(ranks + 3);
  for (const bucket of bucketOf) starts[bucket + 1]! += 1;
  for (let i = 1; i < starts.length; i += 1) starts[i]! += starts[i - 1]!;
  const order = new Int32Array(texts.length);
  const next = starts.slice();
  bucketOf.forEach((bucket, row) => (order[next[bucket]!++] = row));
  if (tie) {
    for (let b = 0; b + 1 < starts.length; b += 1) {
      const [from, to] = [starts[b]!, starts[b + 1]!];
      if (to - from > 1) order.subarray(from, to).sort((x, y) => tie[x]! - tie[y]!);
    }
  }
  return order;
}

function identityOrder(count: number): Int32Array {
  const order = new Int32Array(count);
  for (let i = 0; i < count; i += 1) order[i] = i;
  return order;
}

function isIdentity(order: Int32Array): boolean {
  for (let i = 0; i < order.length; i += 1) if (order[i] !== i) return false;
  return true;
}

function alreadyAscending(ranks: Float64Array, tie: Int32Array | undefined): boolean {
  for (let i = 1; i < ranks.length; i += 1) {
    const step = ranks[i]! - ranks[i - 1]!;
    if (step < 0 || (step === 0 && tie && tie[i]! < tie[i - 1]!)) return false;
  }
  return true;
}

const textOf = (key: string | number | Date): string =>
  typeof key === 'string' ? key : key instanceof Date ? key.toISOString() : String(key);

/** The rows' indices in the given sort; null keeps the rows' own order. */
export function sortedOrder<Row>(
  index: TableIndex<Row>,
  columns: readonly DataTableColumn<Row>[],
  sort: TableSort | null,
  defaultSort: TableSort | null = null,
): Int32Array {
  const column = sort && columns.find((c) => c.id === sort.column && c.sortable !== false);
  if (!column) return identityOrder(index.rows.length);
  let ascending = index.orders.get(column.id);
  if (!ascending) {
    // Ties in another column go by the default order (e.g. contracts of the same name by number).
    const base = defaultSort && defaultSort.column !== column.id ? sortedOrder(index, columns, defaultSort) : null;
    const tie = base ? new Int32Array(base.length) : undefined;
    base?.forEach((row, position) => (tie![row] = position));
    ascending = ascendingOrder(index.rows, column, tie);
    index.orders.set(column.id, ascending);
  }
  // Descending is the exact reverse, ties included, so the first row of one is the last of the other.
  return sort.direction === 'ascending' ? ascending : ascending.slice().reverse();
}

/** The rows shown: the sorted order narrowed by the search (folded, trimmed) and the select filters. */
export function visibleRows<Row>(
  index: TableIndex<Row>,
  order: Int32Array,
  query: string,
  filterValues: FilterValues,
  filters: Readonly<Record<string, string>>,
): readonly Row[] {
  const searchable = index.columns.some((column) => column.searchable);
  const needle = searchable ? foldText(query.trim()) : '';
  const active = [...filterValues.entries()]
    .map(([id, values]) => ({ values, wanted: filters[id] ?? '' }))
    .filter((filter) => filter.wanted !== '');
  const { rows } = index;
  // Nothing to narrow: the order itself (the rows as they are when unsorted), no per-row test.
  if (needle === '' && active.length === 0) return isIdentity(order) ? rows : Array.from(order, (i) => rows[i]!);
  const searchKeys = needle === '' ? [] : searchKeysOf(index);
  const shown: Row[] = [];
  for (const i of order) {
    if (needle !== '' && !searchKeys[i]!.includes(needle)) continue;
    if (active.length && !active.every((filter) => filter.values[i] === filter.wanted)) continue;
    shown.push(rows[i]!);
  }
  return shown;
}

/** "20,000 contracts" or "1,234 of 20,000 contracts". */
export function countText(shown: number, total: number, noun: CountNoun): string {
  const word = total === 1 ? noun.one : noun.other;
  return shown === total
    ? `${formatNumber(total)} ${word}`
    : `${formatNumber(shown)} of ${formatNumber(total)} ${word}`;
}
