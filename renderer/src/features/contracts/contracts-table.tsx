/**
 * The contracts table, virtualized: only the rows in view (plus a few) are in the DOM, so 20,000
 * contracts scroll and filter smoothly. A native <table> keeps real table semantics; spacer rows
 * stand in for the rows above and below. Rows are one tab stop (roving focus): arrows, Page Up/Down,
 * Home/End move, Enter opens.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { RESOURCE_LIMIT_META } from '../../../../common/models/contract';
import {
  formatNumber,
  statusLabel,
  statusTone,
  withUnit,
  type ContractRow,
  type Sort,
  type SortKey,
} from './contract-rows';

const ROW_HEIGHT = 41;

const COLUMNS: readonly { key: SortKey; label: string; className: string; title?: string }[] = [
  { key: 'number', label: 'Number', className: 'col-number' },
  { key: 'name', label: 'Name', className: 'col-name' },
  { key: 'reference', label: 'Reference', className: 'col-reference', title: 'Reseller reference' },
  { key: 'status', label: 'Status', className: 'col-status' },
  { key: 'ram', label: 'RAM', className: 'col-num', title: 'RAM of the whole contract' },
  { key: 'cores', label: 'Cores', className: 'col-num col-narrow', title: 'Cores of the whole contract' },
  {
    key: 'storage',
    label: 'SSD / HDD',
    className: 'col-num col-storage',
    title: 'SSD and HDD storage of the whole contract, in GB',
  },
  { key: 'ips', label: 'IPs', className: 'col-num col-narrow', title: 'Reserved IP addresses' },
];

interface TableProps {
  readonly rows: readonly ContractRow[];
  readonly total: number;
  readonly sort: Sort;
  readonly onSort: (sort: Sort) => void;
  readonly onOpen: (contractId: string) => void;
}

// TanStack Virtual returns fresh functions each render, so the React Compiler skips this component (as intended).
export function ContractsTable({ rows, total, sort, onSort, onOpen }: TableProps): ReactElement {
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

  // After a keyboard move the target row may only exist once the virtualizer scrolled, so this
  // checks after every render until the row is there.
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
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: rows.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      move(moves[event.key]!);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const id = rows[activeIndex]?.contract.id;
      if (id) {
        event.preventDefault();
        onOpen(id);
      }
    }
  }

  const toggle = (key: SortKey) =>
    onSort({ key, direction: sort.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending' });
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div className="card contracts-table-card">
      <div className="contracts-scroll" ref={scrollRef}>
        <table className="table contracts-table" aria-label="Contracts" aria-rowcount={rows.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={column.className}
                  aria-sort={sort.key === column.key ? sort.direction : undefined}
                  title={column.title}
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
              return (
                <ContractTableRow
                  key={row.contract.id || `#${item.index}`}
                  row={row}
                  index={item.index}
                  focusable={item.index === activeIndex}
                  onOpen={onOpen}
                  onFocus={() => setActive(item.index)}
                />
              );
            })}
            {bottom > 0 && <tr aria-hidden="true" className="spacer" style={{ height: bottom }} />}
          </tbody>
        </table>
        {rows.length === 0 && total > 0 && (
          <p className="contracts-no-match muted">No contract matches the search or filter.</p>
        )}
      </div>
    </div>
  );
}

function ContractTableRow({
  row,
  index,
  focusable,
  onOpen,
  onFocus,
}: {
  row: ContractRow;
  index: number;
  focusable: boolean;
  onOpen: (id: string) => void;
  onFocus: () => void;
}): ReactElement {
  const { contract } = row;
  const limits = contract.resourceLimits;
  const openable = contract.id !== '';
  return (
    <tr
      data-index={index}
      aria-rowindex={index + 2}
      tabIndex={focusable ? 0 : -1}
      className={openable ? 'contract-row' : 'contract-row contract-row-closed'}
      onClick={() => openable && onOpen(contract.id)}
      onFocus={onFocus}
    >
      <td className="mono col-number">{contract.id || '—'}</td>
      <td className="col-name cell-ellipsis" title={contract.name}>
        {contract.name || '—'}
      </td>
      <td className="col-reference cell-ellipsis mono" title={contract.resellerReference}>
        {contract.resellerReference || '—'}
      </td>
      <td className="col-status">
        <span className={`badge badge-${statusTone(contract.status)}`}>{statusLabel(contract.status)}</span>
      </td>
      <td className="col-num">
        {limits ? withUnit(limits.ramContractMax, RESOURCE_LIMIT_META.ramContractMax.unit) : '—'}
      </td>
      <td className="col-num">{limits ? limits.cpuContractMax : '—'}</td>
      <td className="col-num col-storage">
        {limits
          ? `${formatNumber(limits.ssdVolumeContractMaxSize)} / ${withUnit(limits.hddVolumeContractMaxSize, RESOURCE_LIMIT_META.hddVolumeContractMaxSize.unit)}`
          : '—'}
      </td>
      <td className="col-num">{limits ? limits.ips : '—'}</td>
    </tr>
  );
}
