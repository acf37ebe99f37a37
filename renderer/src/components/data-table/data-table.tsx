/**
 * DataTable: the one list component of the app (contracts, services, VMs, invoices, tickets…).
 *
 *   <DataTable
 *     id="invoices"                       // state key (sort, search, filters, density kept in localStorage)
 *     label="Invoices"                    // accessible name: getByRole('table', { name: 'Invoices' })
 *     noun={{ one: 'invoice', other: 'invoices' }}   // "1,234 of 20,000 invoices", data-testid "<id>-count"
 *     rows={rows}                         // any row objects; a new array re-indexes (search keys, sorts)
 *     rowKey={(row) => row.id}            // stable, unique
 *     columns={COLUMNS}                   // DataTableColumn<Row>[] — a module constant or useMemo
 *     defaultSort={{ column: 'date', direction: 'descending' }}
 *     search={{ label: 'Search invoices', placeholder: 'Number or client' }}  // over `searchable` columns
 *     filters={filters}                   // DataTableFilter<Row>[] (select filters), useMemo
 *     onOpen={(row) => open(row.id)}      // click, Enter (Space too when there is no selection)
 *     isOpenable={(row) => row.id !== ''} // rows that cannot open look muted
 *     selection={{ rowLabel: (row) => row.number, actions: (rows, clear) => <Button …/> }}
 *     exportName="invoices"               // "Export CSV" of what is shown, through the save-file port
 *     noMatch="No invoice matches the search or filter."
 *     empty={<EmptyState …/>}             // instead of the table while there are no rows at all
 *     toolbar={<Button …/>}               // extra controls in the bar
 *   />
 *
 * Columns (types.ts): `value` sorts (numbers and dates as such, text naturally and locale-aware
 * with Intl.Collator numeric: "Acme 3" before "Acme 10") and feeds the CSV (numbers stay numbers);
 * `text` is what is shown, measured for the width, searched (accent- and case-insensitive) and
 * exported for text cells; `render` draws rich cells; `align: 'end'` and `mono` for figures;
 * one `grow` column takes the room left, the others fit their longest value within min/max.
 *
 * Layout: the table fills its parent's height when that parent is a flex column with a bounded
 * height (e.g. `.page` with `display: flex; flex-direction: column; overflow: hidden`); only the
 * rows scroll, virtualized (20,000 rows cost what 30 do). Markup: a native <table> (role table,
 * header cells with aria-sort, rows with aria-rowindex and data-index), rows as one tab stop.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import type { AppError } from '../../../../common/errors';
import { ErrorNotice } from '../error-notice';
import { exportShownRows, type ExportOutcome } from './csv-export';
import { fitToWidth, TIGHT_SAVING, useContentWidth, useFittedWidths } from './column-widths';
import { DataTableHeader } from './data-table-header';
import { DataTableRow } from './data-table-row';
import { DataTableToolbar } from './data-table-toolbar';
import {
  buildIndex,
  cellText,
  countText,
  filterValuesOf,
  formatNumber,
  searchKeysOf,
  sortedOrder,
  visibleRows,
} from './table-model';
import { usePersistedTableState } from './table-state';
import type { CountNoun, DataTableColumn, DataTableFilter, TableSort } from './types';
import { useRowKeyboard } from './use-row-keyboard';
import './data-table.css';

export type { CellValue, CountNoun, DataTableColumn, DataTableFilter, TableSort } from './types';

export interface DataTableSelection<Row> {
  /** The selection toolbar's buttons for the selected rows that are shown; `clear` empties the selection. */
  readonly actions: (selected: readonly Row[], clear: () => void) => ReactNode;
  /** Names a row in its checkbox's label ("Select 15514"); default its key. */
  readonly rowLabel?: (row: Row) => string;
  /** Told the selected rows that are shown whenever they change (for a bulk bar outside the table). */
  readonly onChange?: (selected: readonly Row[]) => void;
}

export interface DataTableProps<Row> {
  readonly id: string;
  readonly label: string;
  readonly noun: CountNoun;
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  readonly columns: readonly DataTableColumn<Row>[];
  readonly defaultSort?: TableSort;
  readonly search?: { readonly label: string; readonly placeholder?: string };
  readonly filters?: readonly DataTableFilter<Row>[];
  readonly onOpen?: (row: Row) => void;
  readonly isOpenable?: (row: Row) => boolean;
  readonly selection?: DataTableSelection<Row>;
  readonly exportName?: string;
  readonly noMatch?: string;
  readonly empty?: ReactNode;
  readonly toolbar?: ReactNode;
  /** The density before the user picks one. */
  readonly density?: 'comfortable' | 'compact';
}

const ROW_HEIGHT = 41;
const COMPACT_ROW_HEIGHT = 32;
const SELECT_WIDTH = 40;
const GROW_MIN = 160;
const NO_FILTERS: readonly DataTableFilter<never>[] = [];

// TanStack Virtual returns fresh functions each render: nothing here is worth memoising per render
// beyond the row index, search keys and orders, which are.
export function DataTable<Row>(props: DataTableProps<Row>): ReactElement {
  const { id, rows, rowKey, onOpen, isOpenable, selection } = props;
  const filters = (props.filters ?? NO_FILTERS) as readonly DataTableFilter<Row>[];
  const columns = useMemo(() => props.columns.filter((column) => column.visible !== false), [props.columns]);
  const [state, update] = usePersistedTableState(id, {
    sort: props.defaultSort ?? null,
    query: '',
    filters: {},
    compact: props.density === 'compact',
  });
  const scrollRef = useRef<HTMLDivElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);

  const index = useMemo(() => buildIndex(rows, columns), [rows, columns]);
  // Search keys are built when the browser is idle after the rows are painted, not before.
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const handle = requestIdleCallback(() => searchKeysOf(index));
    return () => cancelIdleCallback(handle);
  }, [index]);
  const filterValues = useMemo(() => filterValuesOf(rows, filters), [rows, filters]);
  const defaultSort = props.defaultSort ?? null;
  const order = useMemo(
    () => sortedOrder(index, columns, state.sort, defaultSort),
    [index, columns, state.sort, defaultSort],
  );
  const shown = useMemo(
    () => visibleRows(index, order, state.query, filterValues, state.filters),
    [index, order, state.query, filterValues, state.filters],
  );
  const { candidates, widths: fitted } = useFittedWidths(id, rows, columns, measureRef);
  const [available, observeScrollBox] = useContentWidth();
  const scrollBoxRef = useCallback(
    (box: HTMLDivElement | null) => {
      scrollRef.current = box;
      observeScrollBox(box);
    },
    [observeScrollBox],
  );
  const hasSelection = selection !== undefined;
  const growMin = columns.reduce((sum, column) => sum + (column.grow ? (column.minWidth ?? GROW_MIN) : 0), 0);
  const { widths, tight } = useMemo(
    () => fitToWidth(columns, fitted, available, (hasSelection ? SELECT_WIDTH : 0) + growMin),
    [columns, fitted, available, hasSelection, growMin],
  );
  // Cells of a column at its cap, or shrunk to fit the window, may be cut: they get the full text as tooltip.
  const capped = useMemo(
    () =>
      new Set(
        columns
          .filter(
            (c) => widths[c.id] === (c.maxWidth ?? 320) || widths[c.id]! < fitted[c.id]! - (tight ? TIGHT_SAVING : 0),
          )
          .map((c) => c.id),
      ),
    [columns, widths, fitted, tight],
  );

  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(() => new Set());
  const selectedShown = useMemo(
    () => (selection ? shown.filter((row) => selectedIds.has(rowKey(row))) : []),
    [selection, shown, selectedIds, rowKey],
  );
  const onSelectionChange = selection?.onChange;
  useEffect(() => onSelectionChange?.(selectedShown), [onSelectionChange, selectedShown]);
  const toggleIndex = useCallback(
    (at: number) => {
      const row = shown[at];
      if (!row) return;
      const key = rowKey(row);
      setSelectedIds((previous) => {
        const next = new Set(previous);
        if (!next.delete(key)) next.add(key);
        return next;
      });
    },
    [shown, rowKey],
  );
  const toggleAllShown = () =>
    setSelectedIds(selectedShown.length === shown.length ? new Set() : new Set(shown.map(rowKey)));

  const rowHeight = state.compact ? COMPACT_ROW_HEIGHT : ROW_HEIGHT;
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  // A density change re-lays the rows out; on mount there is nothing to redo.
  const measuredHeight = useRef(rowHeight);
  useEffect(() => {
    if (measuredHeight.current === rowHeight) return;
    measuredHeight.current = rowHeight;
    virtualizer.measure();
  }, [virtualizer, rowHeight]);

  const openIndex = useCallback(
    (at: number) => {
      const row = shown[at];
      if (row && onOpen && (isOpenable?.(row) ?? true)) onOpen(row);
    },
    [shown, onOpen, isOpenable],
  );
  const keyboard = useRowKeyboard({
    count: shown.length,
    rowHeight,
    scrollRef,
    scrollToIndex: (at) => virtualizer.scrollToIndex(at, { align: 'auto' }),
    onOpen: openIndex,
    onToggle: selection ? toggleIndex : null,
  });
  const { setActive } = keyboard;

  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<ExportOutcome | null>(null);
  const [exportError, setExportError] = useState<AppError | null>(null);
  async function runExport() {
    if (!props.exportName) return;
    setExporting(true);
    setExportError(null);
    const result = await exportShownRows(props.exportName, columns, shown);
    setExporting(false);
    if (result.ok) setExported(result.value);
    else setExportError(result.error);
  }

  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const minWidth =
    (selection ? SELECT_WIDTH : 0) +
    columns.reduce((sum, column) => sum + (column.grow ? (column.minWidth ?? GROW_MIN) : widths[column.id]!), 0);
  const rowLabel = selection?.rowLabel ?? rowKey;

  return (
    <div className={['dt', state.compact ? 'dt-compact' : '', tight ? 'dt-tight' : ''].join(' ').trim()}>
      <DataTableToolbar
        tableId={id}
        noun={props.noun.other}
        search={props.search ?? null}
        query={state.query}
        onQuery={(query) => update({ query })}
        filters={filters}
        filterValues={state.filters}
        onFilter={(filterId, value) => update({ filters: { ...state.filters, [filterId]: value } })}
        count={countText(shown.length, rows.length, props.noun)}
        compact={state.compact}
        onCompact={(compact) => update({ compact })}
        exporting={exporting}
        onExport={props.exportName ? () => void runExport() : null}
        extra={props.toolbar}
      />
      {exported && (
        <p className="dt-export-status" role="status">
          {exported.path === null ? (
            'Export cancelled: no file was written.'
          ) : (
            <>
              Saved {formatNumber(exported.rows)} {exported.rows === 1 ? props.noun.one : props.noun.other} to{' '}
              <code>{exported.path}</code>
            </>
          )}
        </p>
      )}
      {exportError && <ErrorNotice error={exportError} />}
      {selection && selectedShown.length > 0 && (
        <div className="dt-selection" role="region" aria-label="Selection">
          <strong>{formatNumber(selectedShown.length)} selected</strong>
          {selection.actions(selectedShown, () => setSelectedIds(new Set()))}
          <button type="button" className="button button-ghost button-small" onClick={() => setSelectedIds(new Set())}>
            Clear selection
          </button>
        </div>
      )}
      {rows.length === 0 && props.empty ? (
        <div className="card">{props.empty}</div>
      ) : (
        <div className="card dt-card">
          <div className="dt-scroll" ref={scrollBoxRef}>
            <table
              className="table dt-table"
              aria-label={props.label}
              aria-rowcount={shown.length + 1}
              style={{ minWidth }}
            >
              <colgroup>
                {selection && <col style={{ width: SELECT_WIDTH }} />}
                {columns.map((column) => (
                  <col key={column.id} style={column.grow ? undefined : { width: widths[column.id] }} />
                ))}
              </colgroup>
              <DataTableHeader
                columns={columns}
                sort={state.sort}
                onSort={(sort) => update({ sort })}
                selectAll={
                  selection
                    ? {
                        checked: shown.length > 0 && selectedShown.length === shown.length,
                        mixed: selectedShown.length > 0 && selectedShown.length < shown.length,
                        onToggle: toggleAllShown,
                      }
                    : null
                }
              />
              <tbody onKeyDown={keyboard.onKeyDown}>
                {top > 0 && <tr aria-hidden="true" className="dt-spacer" style={{ height: top }} />}
                {items.map((item) => {
                  const row = shown[item.index]!;
                  const key = rowKey(row);
                  return (
                    <DataTableRow
                      key={key}
                      row={row}
                      rowId={key}
                      index={item.index}
                      columns={columns}
                      capped={capped}
                      focusable={item.index === keyboard.activeIndex}
                      openable={Boolean(onOpen) && (isOpenable?.(row) ?? true)}
                      selected={selection ? selectedIds.has(key) : null}
                      selectLabel={`Select ${rowLabel(row)}`}
                      onOpenIndex={openIndex}
                      onFocusIndex={setActive}
                      onToggleIndex={toggleIndex}
                    />
                  );
                })}
                {bottom > 0 && <tr aria-hidden="true" className="dt-spacer" style={{ height: bottom }} />}
              </tbody>
            </table>
            {shown.length === 0 && rows.length > 0 && (
              <p className="dt-no-match muted">{props.noMatch ?? 'Nothing matches the search or filter.'}</p>
            )}
          </div>
          <div className="dt-measure" ref={measureRef} aria-hidden="true">
            {columns.map((column) => (
              <div key={column.id}>
                <span className="dt-measure-header">{column.header}</span>
                {(candidates.get(column.id) ?? []).map((row, at) => (
                  <span key={at} className={column.mono ? 'mono' : undefined}>
                    {column.render ? column.render(row) : cellText(column, row)}
                  </span>
                ))}
              </div>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
