import { describe, expect, it } from 'vitest';
import { fitToWidth, SHRINK_FLOOR, TIGHT_SAVING, widthCandidates } from './column-widths';
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

describe('fitToWidth', () => {
  it('leaves widths alone when they fit, or before the box is laid out', () => {
    expect(fitToWidth(COLUMNS, FITTED, 1000, 200)).toEqual({ widths: FITTED, tight: false });
    expect(fitToWidth(COLUMNS, FITTED, 0, 200)).toEqual({ widths: FITTED, tight: false });
  });

  it('narrows the cell padding first', () => {
    // 200 fixed + 95 + 260 + 110 = 665 in 650: 8 px less padding per column is enough.
    const tightly = { name: 160, state: 95 - TIGHT_SAVING, address: 260 - TIGHT_SAVING, ram: 110 - TIGHT_SAVING };
    expect(fitToWidth(COLUMNS, FITTED, 650, 200)).toEqual({ widths: tightly, tight: true });
  });

  it('then takes the missing room from text columns only: badges and figures keep their width', () => {
    // 665 - 24 = 641 in 600: the address gives up the other 41 px.
    const { widths } = fitToWidth(COLUMNS, FITTED, 600, 200);
    expect(widths).toEqual({ name: 160, state: 87, address: 211, ram: 102 });
  });

  it('stops at the floor when even that does not fit (the table then scrolls)', () => {
    expect(fitToWidth(COLUMNS, FITTED, 300, 200).widths.address).toBe(SHRINK_FLOOR);
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
