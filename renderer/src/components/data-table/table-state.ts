/**
 * Sort, search and filters of each table, kept in localStorage under its id so a reload (or coming
 * back from a detail screen) shows the list as it was left. Whatever is stored is checked on the
 * way in: a damaged or foreign entry falls back to the defaults instead of breaking the screen.
 */
import { useCallback, useState } from 'react';
import type { TableSort, TableState } from './types';

const PREFIX = 'rc.table.';
const MAX_TEXT = 200;

export const storageKey = (tableId: string): string => `${PREFIX}${tableId}`;

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;

function parseSort(value: unknown): TableSort | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'object') return undefined;
  const { column, direction } = value as Record<string, unknown>;
  if (!isText(column) || (direction !== 'ascending' && direction !== 'descending')) return undefined;
  return { column, direction };
}

export function loadTableState(tableId: string, defaults: TableState): TableState {
  let stored: unknown;
  try {
    stored = JSON.parse(globalThis.localStorage?.getItem(storageKey(tableId)) ?? 'null');
  } catch {
    return defaults;
  }
  if (typeof stored !== 'object' || stored === null) return defaults;
  const { sort, query, filters, compact } = stored as Record<string, unknown>;
  const keptFilters: Record<string, string> = { ...defaults.filters };
  if (typeof filters === 'object' && filters !== null)
    for (const [id, value] of Object.entries(filters)) if (isText(id) && isText(value)) keptFilters[id] = value;
  const keptSort = parseSort(sort);
  return {
    sort: keptSort === undefined ? defaults.sort : keptSort,
    query: isText(query) ? query : defaults.query,
    filters: keptFilters,
    compact: typeof compact === 'boolean' ? compact : defaults.compact,
  };
}

export function saveTableState(tableId: string, state: TableState): void {
  try {
    globalThis.localStorage?.setItem(storageKey(tableId), JSON.stringify(state));
  } catch {
    // Storage full or refused (private mode): the table still works, it just forgets.
  }
}

/** The table's state, read once on mount and written on every change. */
export function usePersistedTableState(
  tableId: string,
  defaults: TableState,
): [TableState, (change: Partial<TableState>) => void] {
  const [state, setState] = useState(() => ({ tableId, value: loadTableState(tableId, defaults) }));
  // Another table id in the same component instance: read its own state (during render, no flash).
  const current = state.tableId === tableId ? state.value : loadTableState(tableId, defaults);
  if (state.tableId !== tableId) setState({ tableId, value: current });
  const update = useCallback(
    (change: Partial<TableState>) =>
      setState((previous) => {
        const value = { ...previous.value, ...change };
        saveTableState(previous.tableId, value);
        return { tableId: previous.tableId, value };
      }),
    [],
  );
  return [current, update];
}
