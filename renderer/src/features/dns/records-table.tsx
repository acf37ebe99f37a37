/**
 * The records table, virtualized with measured rows (a long TXT value wraps, never cut, so rows
 * differ in height): only the rows in view are in the DOM, smooth at 2,000 records. Sortable
 * columns, a checkbox per row for multi-select, Edit and Delete per row.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, type ReactElement } from 'react';
import { Button } from '../../components/button';
import type { RecordRow } from './record-rows';

const ESTIMATED_ROW = 37;
type SortKey = 'name' | 'type' | 'ttl' | 'priority' | 'content';
const COLUMNS: readonly { key: SortKey; label: string; className: string }[] = [
  { key: 'name', label: 'Name', className: 'dns-col-name' },
  { key: 'type', label: 'Type', className: 'dns-col-type' },
  { key: 'ttl', label: 'TTL', className: 'dns-col-ttl' },
  { key: 'priority', label: 'Priority', className: 'dns-col-priority' },
  { key: 'content', label: 'Content', className: 'dns-col-content' },
];

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compare(a: RecordRow, b: RecordRow, key: SortKey): number {
  if (key === 'ttl') return a.ttl - b.ttl;
  if (key === 'priority') return (a.priority ?? -1) - (b.priority ?? -1);
  // The apex first, as zone files list it.
  if (key === 'name' && (a.name === '@') !== (b.name === '@')) return a.name === '@' ? -1 : 1;
  return collator.compare(a[key], b[key]);
}

// TanStack Virtual returns fresh functions each render, so the React Compiler skips this component (as intended).
export function RecordsTable({
  rows,
  shown,
  selected,
  onSelect,
  onEdit,
  onDelete,
  pendingIds,
}: {
  /** Every row of the zone (sorted once per sort, not per keystroke). */
  rows: readonly RecordRow[];
  /** Which rows the search and filter keep (null: all). */
  shown: ReadonlySet<RecordRow> | null;
  selected: ReadonlySet<string>;
  onSelect: (ids: ReadonlySet<string>) => void;
  onEdit: (row: RecordRow) => void;
  onDelete: (row: RecordRow) => void;
  /** Records that already have a pending change. */
  pendingIds: ReadonlySet<string>;
}): ReactElement {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'name', descending: false });
  const ordered = useMemo(() => {
    const list = [...rows].sort((a, b) => compare(a, b, sort.key) || collator.compare(a.name, b.name));
    return sort.descending ? list.reverse() : list;
  }, [rows, sort]);
  const sorted = useMemo(() => (shown ? ordered.filter((r) => shown.has(r)) : ordered), [ordered, shown]);
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 10,
    getItemKey: (index) => sorted[index]!.id,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const allSelected = sorted.length > 0 && sorted.every((r) => selected.has(r.id));

  function toggle(id: string) {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect(next);
  }

  return (
    <div className="card dns-table-card">
      <div className="dns-scroll" ref={scrollRef}>
        <table className="table dns-table" aria-label="Records" aria-rowcount={sorted.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" className="dns-col-select">
                <input
                  type="checkbox"
                  aria-label="Select all shown records"
                  checked={allSelected}
                  onChange={() => onSelect(allSelected ? new Set() : new Set(sorted.map((r) => r.id)))}
                />
              </th>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={column.className}
                  aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      setSort({ key: column.key, descending: sort.key === column.key && !sort.descending })
                    }
                  >
                    {column.label}
                    <span className="sort-mark" aria-hidden="true">
                      {sort.key === column.key ? (sort.descending ? '▼' : '▲') : ''}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col" className="dns-col-actions">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {top > 0 && <tr aria-hidden="true" className="spacer" style={{ height: top }} />}
            {items.map((item) => {
              const row = sorted[item.index]!;
              return (
                <tr
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  aria-rowindex={item.index + 2}
                  aria-selected={selected.has(row.id)}
                  className={pendingIds.has(row.id) ? 'dns-row dns-row-pending' : 'dns-row'}
                >
                  <td className="dns-col-select">
                    <input
                      type="checkbox"
                      aria-label={`Select ${row.name} ${row.type} ${row.content}`}
                      checked={selected.has(row.id)}
                      onChange={() => toggle(row.id)}
                    />
                  </td>
                  <td className="dns-col-name mono" title={row.fqdn}>
                    {row.name}
                  </td>
                  <td className="dns-col-type">
                    <span className="badge">{row.type}</span>
                  </td>
                  <td className="dns-col-ttl" title={`${row.ttl} seconds`}>
                    {row.ttlText}
                  </td>
                  <td className="dns-col-priority">{row.priority ?? ''}</td>
                  <td className="dns-col-content mono dns-wrap">{row.content}</td>
                  <td className="dns-col-actions">
                    <Button
                      size="small"
                      variant="ghost"
                      aria-label={`Edit ${row.name} ${row.type}`}
                      onClick={() => onEdit(row)}
                    >
                      Edit
                    </Button>
                    <Button
                      size="small"
                      variant="ghost"
                      aria-label={`Delete ${row.name} ${row.type}`}
                      onClick={() => onDelete(row)}
                    >
                      Delete
                    </Button>
                  </td>
                </tr>
              );
            })}
            {bottom > 0 && <tr aria-hidden="true" className="spacer" style={{ height: bottom }} />}
          </tbody>
        </table>
        {sorted.length === 0 && <p className="muted dns-no-match">No record matches the search or filter.</p>}
      </div>
    </div>
  );
}
