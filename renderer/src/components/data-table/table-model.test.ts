import { describe, expect, it } from 'vitest';
import { widthCandidates, fitWidth, estimateTextWidth } from './column-widths';
import { buildIndex, countText, filterValuesOf, searchKeysOf, sortedOrder, visibleRows } from './table-model';
import { foldText, naturalKey } from './text-keys';
import type { DataTableColumn, DataTableFilter, TableSort } from './types';

interface Item {
  readonly id: string;
  readonly name: string;
  readonly city: string;
  readonly amount: number | null;
  readonly due: Date | null;
  readonly status: string;
}

const item = (id: string, name: string, city: string, amount: number | null, due: string | null, status = 'open') => ({
  id,
  name,
  city,
  amount,
  due: due === null ? null : new Date(due),
  status,
});

const COLUMNS: readonly DataTableColumn<Item>[] = [
  { id: 'id', header: 'Number', value: (r) => r.id, sortValue: (r) => Number(r.id), searchable: true, mono: true },
  { id: 'name', header: 'Name', value: (r) => r.name, searchable: true, grow: true },
  { id: 'city', header: 'City', value: (r) => r.city, searchable: true },
  { id: 'amount', header: 'Amount', value: (r) => r.amount, align: 'end' },
  { id: 'due', header: 'Due', value: (r) => r.due },
  { id: 'status', header: 'Status', value: (r) => r.status },
];
const STATUS: DataTableFilter<Item> = {
  id: 'status',
  label: 'Status',
  allLabel: 'All statuses',
  options: [],
  value: (r) => r.status,
};

const ROWS: readonly Item[] = [
  item('100000', 'Acme 10', 'Zürich', 12.5, '2026-03-01'),
  item('9999', 'acme 3', 'Berlin', -19.65, '2025-12-24', 'paid'),
  item('15514', 'Äpfel & Co', 'Köln', null, null),
  item('20', 'Acme 2', 'São Paulo', 1000, '2026-01-15', 'paid'),
  item('300', 'Zeta', 'Aachen', 0, '2026-01-01'),
];

const ids = (rows: readonly Item[]) => rows.map((row) => row.id);
function shown(sort: TableSort | null, query = '', filters: Record<string, string> = {}) {
  const index = buildIndex(ROWS, COLUMNS);
  return ids(visibleRows(index, sortedOrder(index, COLUMNS, sort), query, filterValuesOf(ROWS, [STATUS]), filters));
}

describe('data table model', () => {
  it('sorts text naturally and locale-aware: Acme 2 < acme 3 < Acme 10, Äpfel beside A', () => {
    expect(shown({ column: 'name', direction: 'ascending' })).toEqual(['20', '9999', '100000', '15514', '300']);
    expect(shown({ column: 'name', direction: 'descending' })).toEqual(['300', '15514', '100000', '9999', '20']);
    expect(naturalKey('Acme 3') < naturalKey('Acme 10')).toBe(true);
  });

  it('sorts numbers and dates as such, empty values first; a numeric sort value for text ids', () => {
    expect(shown({ column: 'amount', direction: 'ascending' })).toEqual(['15514', '9999', '300', '100000', '20']);
    expect(shown({ column: 'due', direction: 'ascending' })).toEqual(['15514', '9999', '300', '20', '100000']);
    expect(shown({ column: 'id', direction: 'ascending' })).toEqual(['20', '300', '9999', '15514', '100000']);
    expect(shown(null)).toEqual(ids(ROWS));
  });

  it('sorts ties by the rows’ own order, and descending is the exact reverse', () => {
    const asc = shown({ column: 'status', direction: 'ascending' });
    expect(asc).toEqual(['100000', '15514', '300', '9999', '20']);
    expect(shown({ column: 'status', direction: 'descending' })).toEqual([...asc].reverse());
  });

  it('treats values the collator calls equal as a tie, broken by the default sort', () => {
    const rows = [
      item('3', 'Müller', 'A', 1, null),
      item('1', 'Muller', 'B', 1, null),
      item('2', 'Zeta', 'C', 1, null),
    ];
    const index = buildIndex(rows, COLUMNS);
    const byNumber = { column: 'id', direction: 'ascending' } as const;
    const order = sortedOrder(index, COLUMNS, { column: 'name', direction: 'ascending' }, byNumber);
    expect([...order].map((i) => rows[i]!.id)).toEqual(['1', '3', '2']);
  });

  it('searches accent- and case-insensitively over searchable columns only', () => {
    expect(shown(null, 'zurich')).toEqual(['100000']);
    expect(shown(null, 'ZÜRICH')).toEqual(['100000']);
    expect(shown(null, 'koln')).toEqual(['15514']);
    expect(shown(null, 'sao p')).toEqual(['20']);
    expect(shown(null, 'apfel')).toEqual(['15514']);
    expect(shown(null, '  acme ')).toEqual(['100000', '9999', '20']);
    // Amount is not searchable; a query cannot span two columns.
    expect(shown(null, '19.65')).toEqual([]);
    expect(shown(null, 'zetaaachen')).toEqual([]);
    expect(foldText('Straße')).toBe('strasse');
  });

  it('combines search, filter and sort, and counts what is shown', () => {
    expect(shown({ column: 'name', direction: 'ascending' }, 'acme', { status: 'paid' })).toEqual(['20', '9999']);
    expect(shown(null, '', { status: 'nope' })).toEqual([]);
    expect(countText(2, 5, { one: 'invoice', other: 'invoices' })).toBe('2 of 5 invoices');
    expect(countText(20_000, 20_000, { one: 'contract', other: 'contracts' })).toBe('20,000 contracts');
    expect(countText(1234, 20_000, { one: 'contract', other: 'contracts' })).toBe('1,234 of 20,000 contracts');
    expect(countText(1, 1, { one: 'contract', other: 'contracts' })).toBe('1 contract');
  });

  it('fits a column to its longest value within bounds: a 14-digit number gets the room it needs', () => {
    const long = [...ROWS, item('12345678901234', 'X', 'Y', 1, null)];
    const idColumn = COLUMNS[0]!;
    const candidates = widthCandidates(long, idColumn);
    expect(candidates.map((row) => row.id)).toContain('12345678901234');
    const width = fitWidth(idColumn, estimateTextWidth('Number', false), [estimateTextWidth('12345678901234', true)]);
    expect(width).toBeGreaterThanOrEqual(14 * 8 + 24);
    expect(fitWidth({ ...idColumn, maxWidth: 100 }, 40, [500])).toBe(100);
    expect(fitWidth(idColumn, 0, [2])).toBe(48);
    expect(fitWidth(idColumn, 10, [2])).toBe(10 + 18 + 24);
    // Numbers: the largest and the smallest are the candidates (−19.65 is wider than 0).
    expect(widthCandidates(ROWS, COLUMNS[3]!).map((row) => row.id)).toEqual(['20', '9999']);
  });

  it('folds each row once per rows array and reuses the keys for every keystroke (20,000 rows)', () => {
    const many = Array.from({ length: 20_000 }, (_, n) =>
      item(String(15500 + n), `Company ${n} Hosting GmbH`, n % 2 ? 'Zürich' : 'Köln', n, null),
    );
    const index = buildIndex(many, COLUMNS);
    expect(index.searchKeys).toBeNull();
    const order = sortedOrder(index, COLUMNS, { column: 'name', direction: 'ascending' });
    expect(many[order[2]!]!.name).toBe('Company 2 Hosting GmbH');
    const values = filterValuesOf(many, [STATUS]);
    expect(visibleRows(index, order, 'c', values, {})).toHaveLength(20_000);
    const keys = searchKeysOf(index);
    expect(keys[1]).toBe('15501\ncompany 1 hosting gmbh\nzurich');
    for (const query of ['co', 'com', 'company 1', 'zur']) visibleRows(index, order, query, values, {});
    expect(searchKeysOf(index)).toBe(keys);
    expect(visibleRows(index, order, 'zur', values, {})).toHaveLength(10_000);
    // Performance itself is a bench figure (bench/contracts-bench.ts), not a timed test.
  });
});
