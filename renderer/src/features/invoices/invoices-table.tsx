/**
 * The invoice table, virtualized: only the rows in view are in the DOM, so 2,000+ invoices scroll and
 * filter smoothly. A native <table> keeps table semantics; rows are one tab stop (arrows, Page Up/Down,
 * Home/End move, Enter opens, Space selects). The checkbox column picks invoices for a PDF.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { isOverdue } from '../../../../common/invoices/overdue';
import type { InvoiceRow } from '../../../../common/invoices/rows';
import { formatDay, formatMoney, statusTone } from './format';
import type { Sort, SortKey } from './invoice-sort';

const ROW_HEIGHT = 41;

const COLUMNS: readonly { key: SortKey; label: string; className: string }[] = [
  { key: 'number', label: 'Number', className: 'col-inv-number' },
  { key: 'date', label: 'Date', className: 'col-inv-date' },
  { key: 'dueDate', label: 'Due', className: 'col-inv-date' },
  { key: 'status', label: 'Status', className: 'col-inv-status' },
  { key: 'total', label: 'Total', className: 'col-num col-inv-total' },
  { key: 'paidAt', label: 'Paid', className: 'col-inv-date' },
];

interface TableProps {
  readonly rows: readonly InvoiceRow[];
  readonly total: number;
  readonly today: string;
  readonly sort: Sort;
  readonly onSort: (sort: Sort) => void;
  readonly onOpen: (invoiceId: string) => void;
  readonly selected: ReadonlySet<string>;
  readonly onSelect: (invoiceIds: readonly string[], selected: boolean) => void;
}

// TanStack Virtual returns fresh functions each render, so the React Compiler skips this component (as intended).
export function InvoicesTable(props: TableProps): ReactElement {
  const { rows, total, today, sort, onSort, onOpen, selected, onSelect } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [focusWanted, setFocusWanted] = useState(false);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));

  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!focusWanted) return;
    const row = scrollRef.current?.querySelector<HTMLTableRowElement>(`tr[data-index="${activeIndex}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      setFocusWanted(false);
    }
  });

  function move(to: number) {
    const next = Math.max(0, Math.min(rows.length - 1, to));
    setActive(next);
    setFocusWanted(true);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    if ((event.target as HTMLElement).tagName === 'INPUT') return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: rows.length - 1,
    };
    const row = rows[activeIndex];
    if (event.key in moves) {
      event.preventDefault();
      move(moves[event.key]!);
    } else if (event.key === 'Enter' && row) {
      event.preventDefault();
      onOpen(row.id);
    } else if (event.key === ' ' && row) {
      event.preventDefault();
      onSelect([row.id], !selected.has(row.id));
    }
  }

  const toggle = (key: SortKey) =>
    onSort({ key, direction: sort.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending' });
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));

  return (
    <div className="card invoices-table-card">
      <div className="invoices-scroll" ref={scrollRef}>
        <table className="table invoices-table" aria-label="Invoices" aria-rowcount={rows.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" className="col-select">
                <input
                  type="checkbox"
                  aria-label={allSelected ? 'Clear the selection' : 'Select every invoice shown'}
                  checked={allSelected}
                  onChange={(event) =>
                    onSelect(
                      rows.map((row) => row.id),
                      event.target.checked,
                    )
                  }
                />
              </th>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={column.className}
                  aria-sort={sort.key === column.key ? sort.direction : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => toggle(column.key)}>
                    {column.label}
                    <span className="sort-mark" aria-hidden="true">
                      {sort.key === column.key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown}>
            {top > 0 && <tr aria-hidden="true" className="spacer" style={{ height: top }} />}
            {items.map((item) => {
              const row = rows[item.index]!;
              const overdue = isOverdue(row, today);
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  aria-selected={selected.has(row.id)}
                  tabIndex={item.index === activeIndex ? 0 : -1}
                  className={`invoice-row${overdue ? ' invoice-overdue' : ''}`}
                  onClick={(event) => {
                    if ((event.target as HTMLElement).tagName !== 'INPUT') onOpen(row.id);
                  }}
                  onFocus={() => setActive(item.index)}
                >
                  <td className="col-select">
                    <input
                      type="checkbox"
                      aria-label={`Select invoice ${row.number ?? row.id}`}
                      checked={selected.has(row.id)}
                      onChange={(event) => onSelect([row.id], event.target.checked)}
                    />
                  </td>
                  <td className="mono col-inv-number">{row.number ?? row.id}</td>
                  <td className="col-inv-date">{formatDay(row.date)}</td>
                  <td className="col-inv-date invoice-due">{formatDay(row.dueDate)}</td>
                  <td className="col-inv-status">
                    <span className={`badge badge-${statusTone(row.status)}`}>{row.status}</span>
                    {overdue && <span className="badge badge-danger invoice-overdue-badge">Overdue</span>}
                  </td>
                  <td className={`col-num col-inv-total${(row.total ?? 0) < 0 ? ' negative' : ''}`}>
                    {formatMoney(row.total, row.currency)}
                  </td>
                  <td className="col-inv-date">{row.paidAt ? formatDay(row.paidAt) : '—'}</td>
                </tr>
              );
            })}
            {bottom > 0 && <tr aria-hidden="true" className="spacer" style={{ height: bottom }} />}
          </tbody>
        </table>
        {rows.length === 0 && total > 0 && (
          <p className="invoices-no-match muted">No invoice matches the search or filters.</p>
        )}
      </div>
    </div>
  );
}
