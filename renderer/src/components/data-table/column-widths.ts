/**
 * Column widths that fit the content: for each column the few rows with the longest values (the
 * largest and smallest number, the longest texts) are rendered off-screen in the table's own fonts
 * and measured once; the width is the widest of them and the header, plus padding, within the
 * column's bounds. Scanning values is cheap; only a handful of cells per column are laid out.
 */
import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { cellText } from './table-model';
import type { DataTableColumn } from './types';

export const CELL_PADDING = 24;
/** The sort mark and its gap beside a header label. */
const HEADER_EXTRA = 18;
const DEFAULT_MIN = 48;
const DEFAULT_MAX = 320;
const TEXT_CANDIDATES = 3;

/** Up to a few rows per column whose cells are likely the widest. */
export function widthCandidates<Row>(rows: readonly Row[], column: DataTableColumn<Row>): Row[] {
  let largest: { row: Row; value: number } | null = null;
  let smallest: { row: Row; value: number } | null = null;
  let longest: { row: Row; length: number }[] = [];
  for (const row of rows) {
    const value = column.value(row);
    if (value === null) continue;
    if (typeof value === 'number') {
      if (!largest || value > largest.value) largest = { row, value };
      if (!smallest || value < smallest.value) smallest = { row, value };
      continue;
    }
    const length = typeof value === 'string' ? value.length : 10;
    if (longest.length < TEXT_CANDIDATES || length > longest.at(-1)!.length) {
      longest = [...longest, { row, length }].sort((a, b) => b.length - a.length).slice(0, TEXT_CANDIDATES);
    }
  }
  const rowsOut = [...longest.map((entry) => entry.row)];
  if (largest) rowsOut.push(largest.row);
  if (smallest && smallest.row !== largest?.row) rowsOut.push(smallest.row);
  return rowsOut;
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
  return Math.round(Math.min(max, Math.max(min, content + CELL_PADDING)));
}

export interface FittedColumns<Row> {
  /** Per column id, the rows rendered in the measuring box. */
  readonly candidates: ReadonlyMap<string, readonly Row[]>;
  /** Per column id, px; `grow` columns get their minimum here (they take the room left). */
  readonly widths: Readonly<Record<string, number>>;
}

/**
 * Widths estimated from text at once (no jump on first paint), then replaced by measured ones
 * from the `measureRef` box: one child per column, in order, holding the header label and then
 * the candidate cells.
 */
export function useFittedWidths<Row>(
  rows: readonly Row[],
  columns: readonly DataTableColumn<Row>[],
  measureRef: RefObject<HTMLElement | null>,
): FittedColumns<Row> {
  const candidates = useMemo(
    () => new Map(columns.map((column) => [column.id, widthCandidates(rows, column)])),
    [rows, columns],
  );
  const estimated = useMemo(() => {
    const widths: Record<string, number> = {};
    for (const column of columns) {
      const texts = (candidates.get(column.id) ?? []).map((row) => cellText(column, row));
      const cells = texts.map((text) => estimateTextWidth(text, column.mono ?? false));
      widths[column.id] = fitWidth(column, estimateTextWidth(column.header, false), cells);
    }
    return widths;
  }, [candidates, columns]);
  const [measured, setMeasured] = useState<{ from: typeof estimated; widths: Record<string, number> } | null>(null);

  useLayoutEffect(() => {
    const box = measureRef.current;
    if (!box) return;
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
    // Reading layout and answering with state before paint is what a layout effect is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setMeasured({ from: estimated, widths });
  }, [estimated, columns, measureRef]);

  const widths = measured && measured.from === estimated ? measured.widths : estimated;
  return { candidates, widths };
}
