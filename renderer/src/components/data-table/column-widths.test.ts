import { describe, expect, it } from 'vitest';
import { SHRINK_FLOOR, shrinkToFit, widthCandidates } from './column-widths';
import type { DataTableColumn } from './types';

interface Vm {
  readonly name: string;
  readonly state: string;
  readonly address: string;
  readonly ram: number;
}
const column = (id: keyof Vm, extra: Partial<DataTableColumn<Vm>> = {}): DataTableColumn<Vm> => ({
  id,
  header: id,
  value: (vm) => vm[id],
  ...extra,
});
const COLUMNS = [
  column('name', { grow: true }),
  column('state', { render: (vm) => vm.state }),
  column('address', { maxWidth: 260 }),
  column('ram', { align: 'end' }),
];
const FITTED = { name: 160, state: 95, address: 260, ram: 110 };

describe('shrinkToFit', () => {
  it('leaves widths alone when they fit, or before the box is laid out', () => {
    expect(shrinkToFit(COLUMNS, FITTED, 1000, 200)).toBe(FITTED);
    expect(shrinkToFit(COLUMNS, FITTED, 0, 200)).toBe(FITTED);
  });

  it('takes the missing room from text columns only: badges and figures keep their width', () => {
    // 200 fixed + 95 + 260 + 110 = 665 in 600: the address gives up the 65 px.
    const shrunk = shrinkToFit(COLUMNS, FITTED, 600, 200);
    expect(shrunk).toEqual({ ...FITTED, address: 195 });
  });

  it('stops at the floor when even that does not fit (the table then scrolls)', () => {
    const shrunk = shrinkToFit(COLUMNS, FITTED, 300, 200);
    expect(shrunk).toEqual({ ...FITTED, address: SHRINK_FLOOR });
  });
});

describe('widthCandidates', () => {
  it('measures distinct values: three "running" would hide a wider "stopped"', () => {
    const rows = ['running', 'running', 'running', 'stopped', 'rescue'].map((state) => ({
      name: 'x',
      state,
      address: '',
      ram: 1,
    }));
    expect(widthCandidates(rows, COLUMNS[1]!).map((vm) => vm.state)).toEqual(['running', 'stopped', 'rescue']);
  });
});
