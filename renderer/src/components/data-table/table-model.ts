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

export interface TableIndex<Row> {
  readonly rows: readonly Row[];
  /** Folded searchable texts of each row joined by "\n": a typed query (never a newline) cannot span two columns. */
  readonly searchKeys: readonly string[];
  /** Ascending order per column id, filled on first sort. */
  readonly orders: Map<string, Int32Array>;
}

export function buildIndex<Row>(rows: readonly Row[], columns: readonly DataTableColumn<Row>[]): TableIndex<Row> {
  const searchable = columns.filter((column) => column.searchable);
  const searchKeys = searchable.length
    ? rows.map((row) => searchable.map((column) => foldText(cellText(column, row))).join('\n'))
    : [];
  return { rows, searchKeys, orders: new Map() };
}

/** Per filter id, each row's value (kept apart from the index: filter options change with the data). */
export type FilterValues = ReadonlyMap<string, readonly string[]>;

export function filterValuesOf<Row>(rows: readonly Row[], filters: readonly DataTableFilter<Row>[]): FilterValues {
  return new Map(filters.map((filter) => [filter.id, rows.map((row) => filter.value(row))]));
}

const sortKeyOf = <Row>(column: DataTableColumn<Row>, row: Row): CellValue => (column.sortValue ?? column.value)(row);

/**
 * Row indices in ascending order of the column. Ties go by `tie` (each row's position in the
 * table's default order) when given, then by the rows' own order.
 */
export function ascendingOrder<Row>(rows: readonly Row[], column: DataTableColumn<Row>, tie?: Int32Array): Int32Array {
  const keys = rows.map((row) => sortKeyOf(column, row));
  const numeric = keys.every((key) => key === null || typeof key === 'number' || key instanceof Date);
  const ranks = new Float64Array(rows.length);
  if (numeric) {
    keys.forEach((key, i) => {
      const n = key === null ? NaN : typeof key === 'number' ? key : (key as Date).getTime();
      ranks[i] = Number.isNaN(n) ? -Infinity : n;
    });
  } else {
    // Collator order over distinct values, made cheap: a plain sort by natural key first leaves
    // the list nearly in collator order, which TimSort then finishes in about one pass.
    const distinct = [...new Set(keys.map((key) => (key === null ? '' : textOf(key))))].map((text) => ({
      text,
      key: naturalKey(text),
    }));
    distinct.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    distinct.sort((a, b) => collator.compare(a.text, b.text));
    // Values the collator calls equal ("Muller", "Müller") share a rank: a tie, as it should be.
    const rank = new Map<string, number>();
    distinct.forEach((entry, i) => {
      const previous = distinct[i - 1];
      const same = previous !== undefined && collator.compare(previous.text, entry.text) === 0;
      rank.set(entry.text, same ? rank.get(previous.text)! : i);
    });
    keys.forEach((key, i) => {
      const text = key === null ? '' : textOf(key);
      ranks[i] = text === '' ? -1 : rank.get(text)!;
    });
  }
  const order = Int32Array.from(rows, (_, i) => i);
  return tie
    ? order.sort((a, b) => ranks[a]! - ranks[b]! || tie[a]! - tie[b]! || a - b)
    : order.sort((a, b) => ranks[a]! - ranks[b]! || a - b);
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
  if (!column) return Int32Array.from(index.rows, (_, i) => i);
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
  const needle = index.searchKeys.length ? foldText(query.trim()) : '';
  const active = [...filterValues.entries()]
    .map(([id, values]) => ({ values, wanted: filters[id] ?? '' }))
    .filter((filter) => filter.wanted !== '');
  const { rows, searchKeys } = index;
  const shown: Row[] = [];
  for (const i of order) {
    if (needle !== '' && !searchKeys[i]?.includes(needle)) continue;
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
