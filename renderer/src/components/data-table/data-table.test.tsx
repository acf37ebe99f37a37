// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataTable, type DataTableColumn, type DataTableFilter } from './data-table';
import { storageKey } from './table-state';

interface Item {
  readonly id: string;
  readonly name: string;
  readonly city: string;
  readonly amount: number;
  readonly status: string;
}

const ITEMS: readonly Item[] = [
  { id: '1', name: 'Acme 10', city: 'Zürich', amount: 12.5, status: 'open' },
  { id: '2', name: 'Acme 3', city: 'Berlin', amount: -19.65, status: 'paid' },
  { id: '3', name: 'Bolt', city: 'Köln', amount: 7, status: 'open' },
  { id: '4', name: 'Acme 2', city: 'Aachen', amount: 1000, status: 'paid' },
  { id: '5', name: '=HYPERLINK("x")', city: 'Bern, CH', amount: 0, status: 'open' },
];
const COLUMNS: readonly DataTableColumn<Item>[] = [
  { id: 'name', header: 'Name', value: (r) => r.name, searchable: true, grow: true },
  { id: 'city', header: 'City', value: (r) => r.city, searchable: true },
  { id: 'amount', header: 'Amount', value: (r) => r.amount, align: 'end' },
  { id: 'status', header: 'Status', value: (r) => r.status, text: (r) => (r.status === 'paid' ? 'Paid' : 'Open') },
];
const FILTERS: readonly DataTableFilter<Item>[] = [
  {
    id: 'status',
    label: 'Status',
    allLabel: 'All statuses',
    options: [
      { value: 'open', label: 'Open' },
      { value: 'paid', label: 'Paid' },
    ],
    value: (r) => r.status,
  },
];

function Table(props: { onOpen?: (row: Item) => void; selection?: boolean; rows?: readonly Item[] }) {
  return (
    <DataTable
      id="test-items"
      label="Items"
      noun={{ one: 'item', other: 'items' }}
      rows={props.rows ?? ITEMS}
      rowKey={(row) => row.id}
      columns={COLUMNS}
      filters={FILTERS}
      search={{ label: 'Search items' }}
      onOpen={props.onOpen}
      noMatch="No item matches."
      selection={
        props.selection
          ? {
              rowLabel: (row) => row.name,
              actions: (rows) => <button type="button">Archive {rows.map((row) => row.id).join('+')}</button>,
            }
          : undefined
      }
      exportName="items"
    />
  );
}

const table = () => screen.getByRole('table', { name: 'Items' });
const bodyRows = () => [...table().querySelectorAll<HTMLTableRowElement>('tbody tr[data-index]')];
const names = () => bodyRows().map((row) => row.cells[row.cells.length - 4]!.textContent);
const count = () => screen.getByTestId('test-items-count').textContent;

beforeAll(() => {
  // jsdom lays nothing out: give elements a box so the virtualizer has a viewport of ~14 rows.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 });
});
beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('DataTable', () => {
  it('shows rows and sorts by a header naturally, both ways, with aria-sort', () => {
    render(<Table />);
    expect(count()).toBe('5 items');
    expect(within(table()).getAllByRole('row')).toHaveLength(6);
    fireEvent.click(within(table()).getByRole('button', { name: 'Name' }));
    expect(within(table()).getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe('ascending');
    expect(names()).toEqual(['=HYPERLINK("x")', 'Acme 2', 'Acme 3', 'Acme 10', 'Bolt']);
    fireEvent.click(within(table()).getByRole('button', { name: 'Name' }));
    expect(within(table()).getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe('descending');
    expect(names()).toEqual(['Bolt', 'Acme 10', 'Acme 3', 'Acme 2', '=HYPERLINK("x")']);
    fireEvent.click(within(table()).getByRole('button', { name: 'Amount' }));
    expect(bodyRows().map((row) => row.dataset.rowId)).toEqual(['2', '5', '3', '1', '4']);
  });

  it('filters by select and accent-insensitive search, and counts what is shown', () => {
    render(<Table />);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'paid' } });
    expect(count()).toBe('2 of 5 items');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search items' }), { target: { value: 'AACHEN' } });
    expect(count()).toBe('1 of 5 items');
    expect(names()).toEqual(['Acme 2']);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: '' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search items' }), { target: { value: 'zurich' } });
    expect(names()).toEqual(['Acme 10']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search items' }), { target: { value: 'nowhere' } });
    expect(count()).toBe('0 of 5 items');
    expect(screen.getByText('No item matches.')).toBeTruthy();
  });

  it('restores sort, search, filter and density after a remount (a reload), per table id', () => {
    const first = render(<Table />);
    fireEvent.click(within(table()).getByRole('button', { name: 'City' }));
    fireEvent.click(within(table()).getByRole('button', { name: 'City' }));
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'open' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search items' }), { target: { value: 'e' } });
    fireEvent.click(screen.getByRole('button', { name: 'Compact' }));
    first.unmount();

    render(<Table />);
    expect(within(table()).getByRole('columnheader', { name: 'City' }).getAttribute('aria-sort')).toBe('descending');
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('open');
    expect((screen.getByRole('searchbox', { name: 'Search items' }) as HTMLInputElement).value).toBe('e');
    expect(screen.getByRole('button', { name: 'Compact' }).getAttribute('aria-pressed')).toBe('true');
    // Open rows whose name or city has an "e", by city descending: Zürich, Bern.
    expect(names()).toEqual(['Acme 10', '=HYPERLINK("x")']);
    expect(count()).toBe('2 of 5 items');
    expect(JSON.parse(localStorage.getItem(storageKey('test-items'))!)).toMatchObject({
      sort: { column: 'city', direction: 'descending' },
      filters: { status: 'open' },
    });
  });

  it('falls back to defaults when the kept state is damaged', () => {
    localStorage.setItem(storageKey('test-items'), '{"sort":{"column":"name","direction":"sideways"},"query":7');
    render(<Table />);
    expect(count()).toBe('5 items');
    cleanup();
    localStorage.setItem(storageKey('test-items'), '{"sort":{"column":"name","direction":"sideways"},"query":7}');
    render(<Table />);
    expect(within(table()).getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBeNull();
    expect((screen.getByRole('searchbox', { name: 'Search items' }) as HTMLInputElement).value).toBe('');
  });

  it('moves the active row with the keyboard and opens it with Enter', () => {
    const onOpen = vi.fn();
    render(<Table onOpen={onOpen} />);
    const rows = bodyRows();
    expect(rows.map((row) => row.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    rows[0]!.focus();
    fireEvent.keyDown(rows[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(bodyRows()[1]);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(bodyRows()[4]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(bodyRows()[4]);
    fireEvent.keyDown(document.activeElement!, { key: 'PageUp' });
    expect(document.activeElement).toBe(bodyRows()[0]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(bodyRows()[0]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith(ITEMS[1]);
    expect(bodyRows()[1]!.tabIndex).toBe(0);
    fireEvent.click(bodyRows()[3]!);
    expect(onOpen).toHaveBeenLastCalledWith(ITEMS[3]);
  });

  it('selects rows by checkbox and Space, offers the actions for the shown selection', () => {
    const onOpen = vi.fn();
    render(<Table selection onOpen={onOpen} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Acme 3' }));
    expect(onOpen).not.toHaveBeenCalled();
    bodyRows()[3]!.focus();
    fireEvent.keyDown(bodyRows()[3]!, { key: ' ' });
    const region = screen.getByRole('region', { name: 'Selection' });
    expect(region.textContent).toContain('2 selected');
    expect(within(region).getByRole('button', { name: 'Archive 2+4' })).toBeTruthy();
    // Only shown rows count: a filter hides one of them.
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'paid' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search items' }), { target: { value: 'acme 3' } });
    expect(
      within(screen.getByRole('region', { name: 'Selection' })).getByRole('button', { name: 'Archive 2' }),
    ).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search items' }), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: '' } });
    const all = screen.getByRole('checkbox', { name: 'Select all shown' }) as HTMLInputElement;
    expect(all.indeterminate).toBe(true);
    fireEvent.click(all);
    expect(screen.getByRole('region', { name: 'Selection' }).textContent).toContain('5 selected');
    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByRole('region', { name: 'Selection' })).toBeNull();
  });

  it('gives a long column value the width it needs', () => {
    const long = [
      ...ITEMS,
      { id: '6', name: 'X', city: 'Llanfairpwllgwyngyll-gogerychwyrndrob', amount: 1, status: 'open' },
    ];
    render(<Table rows={long} />);
    const cols = [...table().querySelectorAll('col')];
    // City is the second column; 37 characters at ~7.5 px plus padding, under the 320 px cap.
    const city = Number.parseFloat((cols[1] as HTMLElement).style.width);
    expect(city).toBeGreaterThan(37 * 7);
    expect(city).toBeLessThanOrEqual(320);
    // The grow column (name) takes the room left: no fixed width.
    expect((cols[0] as HTMLElement).style.width).toBe('');
  });

  it('exports what is shown (filtered, sorted) through the save port and says where it went', async () => {
    // The bridge stands in for main here; the real port is exercised end to end and in the bench.
    const sent: { name: string; csv: string }[] = [];
    const answers: unknown[] = [
      { ok: true, value: { path: '/data/exports/items-1.csv' } },
      { ok: true, value: null },
      { ok: false, error: { kind: 'internal', message: 'The disk is full.' } },
    ];
    Object.defineProperty(window, 'api', {
      configurable: true,
      value: {
        exports: { saveCsv: async (args: { name: string; csv: string }) => (sent.push(args), answers.shift()) },
      },
    });
    try {
      render(<Table />);
      fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'open' } });
      fireEvent.click(within(table()).getByRole('button', { name: 'Amount' }));
      fireEvent.click(within(table()).getByRole('button', { name: 'Amount' }));
      fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      expect((await screen.findByRole('status')).textContent).toBe('Saved 3 items to /data/exports/items-1.csv');
      expect(sent[0]!.name).toMatch(/^items-\d{4}-\d{2}-\d{2}$/);
      expect(sent[0]!.csv.split('\r\n')).toEqual([
        '\uFEFFName,City,Amount,Status',
        'Acme 10,Zürich,12.5,Open',
        'Bolt,Köln,7,Open',
        `"'=HYPERLINK(""x"")","Bern, CH",0,Open`,
        '',
      ]);
      fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      expect(await screen.findByText('Export cancelled: no file was written.')).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      expect(await screen.findByText('The disk is full.')).toBeTruthy();
    } finally {
      Reflect.deleteProperty(window, 'api');
    }
  });
});
