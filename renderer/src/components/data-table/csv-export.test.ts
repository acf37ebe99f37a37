import { describe, expect, it } from 'vitest';
import { shownRowsCsv } from './csv-export';
import type { DataTableColumn } from './types';

interface Line {
  readonly number: string;
  readonly client: string;
  readonly total: number | null;
  readonly issued: Date | null;
  readonly note: string;
}

const COLUMNS: readonly DataTableColumn<Line>[] = [
  { id: 'number', header: 'Number', value: (r) => r.number },
  { id: 'client', header: 'Client', value: (r) => r.client, text: (r) => r.client.toUpperCase() },
  { id: 'total', header: 'Total', csvHeader: 'Total (EUR)', value: (r) => r.total, text: (r) => `${r.total} €` },
  { id: 'issued', header: 'Issued', value: (r) => r.issued },
  { id: 'note', header: 'Note', value: (r) => r.note, visible: false },
];

describe('CSV of the rows shown', () => {
  it('writes the visible columns in order, BOM first, CRLF, RFC 4180 quoting, numbers as numbers', () => {
    const csv = shownRowsCsv(COLUMNS, [
      {
        number: '0042',
        client: 'Müller, "Web" GmbH',
        total: -19.65,
        issued: new Date('2026-01-02T03:04:05Z'),
        note: 'x',
      },
      { number: '7', client: 'line\nbreak', total: 1000, issued: null, note: 'y' },
      { number: '', client: '', total: null, issued: null, note: '' },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Number,Client,Total (EUR),Issued',
      '0042,"MÜLLER, ""WEB"" GMBH",-19.65,2026-01-02T03:04:05.000Z',
      '7,"LINE\nBREAK",1000,',
      ',,,',
      '',
    ]);
  });

  it('neutralises text cells that a spreadsheet would run as a formula, but not negative numbers', () => {
    const rows = ['=1+2', '+49 30 1234', '-x', '@SUM(A1)', '\tTab', '\rCR', 'plain'].map((client) => ({
      number: '1',
      client,
      total: -5,
      issued: null,
      note: '',
    }));
    const csv = shownRowsCsv([COLUMNS[1]!, { ...COLUMNS[2]!, csvHeader: undefined }], rows)
      .slice(1)
      .split('\r\n');
    expect(csv).toEqual([
      'Client,Total',
      "'=1+2,-5",
      "'+49 30 1234,-5",
      "'-X,-5",
      "'@SUM(A1),-5",
      "'\tTAB,-5",
      `"'\rCR",-5`,
      'PLAIN,-5',
      '',
    ]);
  });
});
