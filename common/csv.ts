/**
 * CSV as spreadsheets read it: RFC 4180 (CRLF, fields with a quote, comma or line break quoted,
 * quotes doubled), UTF-8 with a BOM so accents survive Excel, and formula injection neutralised: a
 * text cell that starts with = + - @ TAB or CR gets a leading apostrophe. Numbers are written as
 * plain numbers with a dot (never neutralised: a credit note's -19.65 stays a number).
 */

export type CsvCell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
