/** The column, filter and state shapes of DataTable (documented in data-table.tsx). */
import type { ReactNode } from 'react';

/** What a cell holds: numbers and dates sort as such, text sorts naturally, null is "—" and sorts first. */
export type CellValue = string | number | Date | null;

export interface DataTableColumn<Row> {
  /** Stable id: the saved sort refers to it. */
  readonly id: string;
  readonly header: string;
  /** Tooltip of the header (what the column means, its unit). */
  readonly title?: string;
  /** The cell's value: sorting, the default text, and the CSV cell (numbers stay numbers there). */
  readonly value: (row: Row) => CellValue;
  /** Sort by this instead of `value` (e.g. a contract number kept as text but ordered as a number). */
  readonly sortValue?: (row: Row) => CellValue;
  /** The text shown (default: value formatted). Measured for the width, searched, and exported for text cells. */
  readonly text?: (row: Row) => string;
  /** Rich cell content (a badge, a link); `text` still serves width, search and CSV. */
  readonly render?: (row: Row) => ReactNode;
  /** Part of the search box's scope. */
  readonly searchable?: boolean;
  /** Default true. */
  readonly sortable?: boolean;
  /** 'end' for numbers (right-aligned, tabular figures). Default 'start'. */
  readonly align?: 'start' | 'end';
  /** Monospace text (numbers, references). */
  readonly mono?: boolean;
  /** This column takes the room left over (one per table, e.g. the name); it ellipsises. */
  readonly grow?: boolean;
  /**
   * Bounds of the fitted width in px (defaults 48 and 320; a `grow` column's minimum defaults to 160).
   * Cells are measured as rendered (a badge with its padding); `extraWidth` adds room beyond that.
   */
  readonly minWidth?: number;
  readonly maxWidth?: number;
  readonly extraWidth?: number;
  /** The CSV header (e.g. "RAM (MB)" when the cell shows "4,096 MB"); default `header`. */
  readonly csvHeader?: string;
  /** The CSV cell; default: numbers as numbers, dates as ISO 8601, otherwise `text` ("" for none). */
  readonly csv?: (row: Row) => string | number | null;
  /** Shown unless false; hidden columns are also left out of the CSV. */
  readonly visible?: boolean;
}

export interface DataTableFilter<Row> {
  readonly id: string;
  /** The select's label, e.g. "Status". */
  readonly label: string;
  /** The first option, e.g. "All statuses". */
  readonly allLabel: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  /** The row's value compared with the chosen option. */
  readonly value: (row: Row) => string;
}

export type SortDirection = 'ascending' | 'descending';

export interface TableSort {
  readonly column: string;
  readonly direction: SortDirection;
}

/** What is kept per table id across reloads. */
export interface TableState {
  readonly sort: TableSort | null;
  readonly query: string;
  readonly filters: Readonly<Record<string, string>>;
  /** Compact rows (32 px instead of 41). */
  readonly compact: boolean;
}

export interface CountNoun {
  readonly one: string;
  readonly other: string;
}
