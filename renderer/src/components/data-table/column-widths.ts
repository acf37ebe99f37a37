/**
 * Column widths that fit the content: for each column the few rows with the longest values (the
 * largest and smallest number, the longest texts) are rendered off-screen in the table's own fonts
 * and measured once; the width is the widest of them and the header, plus padding, within the
 * column's bounds. Scanning values is cheap; only a handful of cells per column are laid out.
 */
import { useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { cellText } from './table-model';
import type { DataTableColumn } from './types';

export const CELL_PADDING = 24;
/** The sort mark and its gap beside a header label. */
const HEADER_EXTRA = 18;
const DEFAULT_MIN = 48;
const DEFAULT_MAX = 320;
const TEXT_CANDIDATES = 3;

/** Up to a few rows per column whose cells are likely the widest (one pass, no allocation per row). */
export function widthCandidates<Row>(rows: readonly Row[], column: DataTableColumn<Row>): Row[] {
  let largest: Row | undefined;
  let smallest: Row | undefined;
  let max = -Infinity;
  let min = Infinity;
  // The longest texts, longest first.
  const longest: Row[] = [];
  const lengths: number[] = [];
  for (const row of rows) {
    const value = column.value(row);
    if (value === null) continue;
    if (typeof value === 'number') {
      if (value > max) [max, largest] = [value, row];
      if (value < min) [min, smallest] = [value, row];
      continue;
    }
    const length = typeof value === 'string' ? value.length : 10;
    if (longest.length === TEXT_CANDIDATES && length <= lengths[TEXT_CANDIDATES - 1]!) continue;
    // Distinct values only: three "running" say less than "running", "stopped" and "rescue".
    if (typeof value === 'string' && longest.some((other) => column.value(other) === value)) continue;
    let at = longest.length;
    while (at > 0 && lengths[at - 1]! < length) at -= 1;
    longest.splice(at, 0, row);
    lengths.splice(at, 0, length);
    if (longest.length > TEXT_CANDIDATES) {
      longest.pop();
      lengths.pop();
    }
  }
  const candidates = [...longest];
  if (largest !== undefined) candidates.push(largest);
  if (smallest !== undefined && smallest !== largest) candidates.push(smallest);
  return candidates;
}

/** Without layout (tests, a hidden window): about 7.5 px a character, 8 in monospace. */
export function estimateTextWidth(text: string, mono: boolean): number {
  return Math.ceil(text.length * (mono ? 8 : 7.5));
}

export function fitWidth<Row>(
  column: DataTableColumn<Row>,
  headerWidth: number,
  cellWidths: readonly number[],
): number {
  const content = Math.max(headerWidth + HEADER_EXTRA, ...cellWidths.map((width) => width + (column.extraWidth ?? 0)));
  const min = column.minWidth ?? DEFAULT_MIN;
  const max = column.maxWidth ?? DEFAULT_MAX;
  // Up, not to the nearest: a badge 115.4 px wide in a 115 px box would be cut by the ellipsis.
  return Math.ceil(Math.min(max, Math.max(min, content + CELL_PADDING)));
}

export interface FittedColumns<Row> {
  /** Per column id, the rows rendered in the measuring box. */
  readonly candidates: ReadonlyMap<string, readonly Row[]>;
  /** Per column id, px; `grow` columns get their minimum here (they take the room left). */
  readonly widths: Readonly<Record<string, number>>;
}

/** Measured widths by what was measured (headers and candidate texts): a remount or an identical re-read lays nothing out. */
const measuredCache = new Map<string, Readonly<Record<string, number>>>();
const CACHE_LIMIT = 32;

function remember(signature: string, widths: Readonly<Record<string, number>>): void {
  if (measuredCache.size >= CACHE_LIMIT) measuredCache.delete(measuredCache.keys().next().value!);
  measuredCache.set(signature, widths);
}

/** The widths each table showed last in this window: a table opened again paints with them at once. */
const lastWidths = new Map<string, Readonly<Record<string, number>>>();

/**
 * Widths estimated from text at once (no jump on first paint), then replaced by measured ones
 * from the `measureRef` box: one child per column, in order, holding the header label and then
 * the candidate cells. A table opened again in the same window first paints with the widths it
 * had and rescans its rows when the browser is idle (a row wider than before widens its column then).
 */
export function useFittedWidths<Row>(
  tableId: string,
  rows: readonly Row[],
  columns: readonly DataTableColumn<Row>[],
  measureRef: RefObject<HTMLElement | null>,
): FittedColumns<Row> {
  const [deferred, setDeferred] = useState(() => lastWidths.has(tableId) && typeof requestIdleCallback === 'function');
  useEffect(() => {
    if (!deferred) return;
    const handle = requestIdleCallback(() => setDeferred(false));
    return () => cancelIdleCallback(handle);
  }, [deferred]);
  const candidates = useMemo(
    () => new Map(columns.map((column) => [column.id, deferred ? [] : widthCandidates(rows, column)])),
    [deferred, rows, columns],
  );
  const { estimated, signature } = useMemo(() => {
    const widths: Record<string, number> = {};
    const parts: string[] = [];
    for (const column of columns) {
      const texts = (candidates.get(column.id) ?? []).map((row) => cellText(column, row));
      const cells = texts.map((text) => estimateTextWidth(text, column.mono ?? false));
      widths[column.id] = fitWidth(column, estimateTextWidth(column.header, false), cells);
      parts.push([column.id, column.header, ...texts].join('\u0001'));
    }
    return { estimated: widths, signature: parts.join('\u0002') };
  }, [candidates, columns]);
  const [measured, setMeasured] = useState<{ signature: string; widths: Record<string, number> } | null>(null);

  useLayoutEffect(() => {
    const box = measureRef.current;
    if (!box || deferred || measuredCache.has(signature)) return;
    const widthOf = (element: Element) => element.getBoundingClientRect().width;
    const widths: Record<string, number> = {};
    const groups = [...box.children];
    for (const [at, column] of columns.entries()) {
      // One group per column, in order: the header label first, then the candidate cells.
      const [header, ...cells] = groups[at]?.children ?? [];
      const headerWidth = header ? widthOf(header) : 0;
      // Nothing laid out (jsdom, display: none): keep the estimate.
      if (headerWidth === 0) return;
      widths[column.id] = fitWidth(column, headerWidth, cells.map(widthOf));
    }
    remember(signature, widths);
    // Reading layout and answering with state before paint is what a layout effect is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setMeasured({ signature, widths });
  }, [deferred, signature, columns, measureRef]);

  const fitted =
    measuredCache.get(signature) ?? (measured && measured.signature === signature ? measured.widths : estimated);
  const last = lastWidths.get(tableId);
  const widths = deferred && last && columns.every((column) => column.id in last) ? last : fitted;
  useEffect(() => {
    if (!deferred) lastWidths.set(tableId, fitted);
  }, [deferred, tableId, fitted]);
  return { candidates, widths };
}

/** Columns at or below this keep their fitted width when the table must shrink (states, dates, amounts). */
export const SHRINK_FLOOR = 88;
/** What a column gives up first when the table is too wide: cell padding 12 + 12 becomes 8 + 8 (`.dt-tight`). */
export const TIGHT_SAVING = 8;

export interface FitToWidth {
  readonly widths: Readonly<Record<string, number>>;
  /** The cells use the tight padding. */
  readonly tight: boolean;
}

/**
 * Widths that fit `available` px when the fitted ones do not (a narrow window). First every cell's
 * padding narrows (TIGHT_SAVING); then the text columns wider than SHRINK_FLOOR (or their own
 * minimum) give up room in proportion to what they have above it and ellipsise, with the full text
 * as tooltip. Figures and rich cells keep their width. `fixed` is the room taken by the selection
 * column and the `grow` column's minimum. When even that does not fit, the table scrolls sideways.
 */
export function fitToWidth<Row>(
  columns: readonly DataTableColumn<Row>[],
  fitted: Readonly<Record<string, number>>,
  available: number,
  fixed: number,
): FitToWidth {
  const sized = columns.filter((column) => !column.grow);
  const totalOf = (widths: Readonly<Record<string, number>>) =>
    fixed + sized.reduce((sum, column) => sum + widths[column.id]!, 0);
  if (available <= 0 || totalOf(fitted) <= available) return { widths: fitted, tight: false };
  const widths: Record<string, number> = { ...fitted };
  for (const column of sized) widths[column.id] = fitted[column.id]! - TIGHT_SAVING;
  // Figures are never cut (a RAM of "524,288…" is worse than a table that scrolls); rich cells (a
  // badge beside a date, an amount with its cycle) neither, an ellipsis would hide the badge, unless
  // the column has a maxWidth, where its author already accepted one.
  const keepsWidth = (column: DataTableColumn<Row>) =>
    column.align === 'end' || (column.render !== undefined && column.maxWidth === undefined);
  const floorOf = (column: DataTableColumn<Row>) =>
    keepsWidth(column)
      ? widths[column.id]!
      : Math.min(widths[column.id]!, Math.max(SHRINK_FLOOR, column.minWidth ?? 0));
  const excess = totalOf(widths) - available;
  const room = sized.reduce((sum, column) => sum + widths[column.id]! - floorOf(column), 0);
  if (excess <= 0 || room <= 0) return { widths, tight: true };
  const share = Math.min(1, excess / room);
  for (const column of sized) {
    const floor = floorOf(column);
    widths[column.id] = Math.max(floor, widths[column.id]! - Math.ceil((widths[column.id]! - floor) * share));
  }
  return { widths, tight: true };
}

/**
 * The content width of a box, following its resizes (0 until laid out, or without ResizeObserver).
 * Answers a ref callback: the box may mount later than the hook (the table appears once rows arrive).
 */
export function useContentWidth(): [number, (box: HTMLElement | null) => void] {
  const [box, setBox] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    if (!box || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => setWidth(box.clientWidth));
    observer.observe(box);
    // The first size before paint, so a narrow window never paints the too-wide table first.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setWidth(box.clientWidth);
    return () => observer.disconnect();
  }, [box]);
  return [width, setBox];
}
