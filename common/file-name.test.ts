import { describe, expect, it } from 'vitest';
import { safeFileName } from './file-name';

describe('safeFileName', () => {
  it('removes path separators, control and reserved characters', () => {
    expect(safeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeFileName('a\\b/c')).toBe('a_b_c');
    expect(safeFileName('bad\u0000name\u001f.txt')).toBe('bad_name_.txt');
    expect(safeFileName('what?<>|*:".zip')).toBe('what_.zip');
  });

  it('renames Windows device names and trims trailing dots and spaces', () => {
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('nul.txt')).toBe('_nul.txt');
    expect(safeFileName('com1.log')).toBe('_com1.log');
    expect(safeFileName('report. . ')).toBe('report');
    expect(safeFileName('console.txt')).toBe('console.txt');
  });

  it('falls back when nothing is left and bounds the length, keeping the extension', () => {
    expect(safeFileName('///', 'attachment')).toBe('attachment');
    expect(safeFileName('', 'invoice.pdf')).toBe('invoice.pdf');
    const long = safeFileName(`${'x'.repeat(300)}.pdf`);
    expect(long).toHaveLength(120);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});
