/**
 * CSV export of what a DataTable shows: the rows as filtered and sorted, the visible columns, in
 * their order. The writer is common/csv.ts (RFC 4180, BOM, formula cells neutralised, numbers stay
 * numbers); the file goes through main's save-file port (`exports.saveCsv`).
 */
import { toCsv, type CsvCell } from '../../../../common/csv';
import type { Result } from '../../../../common/result';
import { call } from '../../lib/api';
import type { DataTableColumn } from './types';

export interface ExportOutcome {
  /** null: the user cancelled the save dialog. */
  readonly path: string | null;
  readonly rows: number;
}

function csvValue<Row>(column: DataTableColumn<Row>, row: Row): CsvCell {
  if (column.csv) return column.csv(row);
  const value = column.value(row);
  if (value === null || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return column.text ? column.text(row) : value;
}

export function shownRowsCsv<Row>(columns: readonly DataTableColumn<Row>[], rows: readonly Row[]): string {
  const visible = columns.filter((column) => column.visible !== false);
  return toCsv(
    visible.map((column) => column.csvHeader ?? column.header),
    rows.map((row) => visible.map((column) => csvValue(column, row))),
  );
}

export async function exportShownRows<Row>(
  name: string,
  columns: readonly DataTableColumn<Row>[],
  rows: readonly Row[],
): Promise<Result<ExportOutcome>> {
  const csv = shownRowsCsv(columns, rows);
  // "contracts-2026-12-01": a second export the same day gets " (2)" from the save port.
  const fileName = `${name}-${new Date().toISOString().slice(0, 10)}`;
  const result = await call((api) => api.exports.saveCsv({ name: fileName, csv }));
  if (!result.ok) return result;
  return { ok: true, value: { path: result.value?.path ?? null, rows: rows.length } };
}
