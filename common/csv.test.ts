import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF and quotes what needs it', () => {
    const csv = toCsv(
      ['name', 'note'],
      [
        ['Zürich "HQ"', 'a,b'],
        ['line\nbreak', null],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).toBe('name,note\r\n"Zürich ""HQ""","a,b"\r\n"line\nbreak",\r\n');
  });

  it('neutralises formula cells but leaves numbers numeric', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell(-19.65)).toBe('-19.65');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});
