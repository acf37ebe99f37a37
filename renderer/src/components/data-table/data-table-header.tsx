/** The header row: sort buttons (aria-sort on the header cell) and the select-all checkbox. */
import { useEffect, useRef, type ReactElement } from 'react';
import type { DataTableColumn, TableSort } from './types';

interface HeaderProps<Row> {
  readonly columns: readonly DataTableColumn<Row>[];
  readonly sort: TableSort | null;
  readonly onSort: (sort: TableSort) => void;
  readonly selectAll: { readonly checked: boolean; readonly mixed: boolean; readonly onToggle: () => void } | null;
}

/** First click sorts ascending, the next flips the direction. */
export function nextSort(current: TableSort | null, column: string): TableSort {
  const flip = current?.column === column && current.direction === 'ascending';
  return { column, direction: flip ? 'descending' : 'ascending' };
}

export function DataTableHeader<Row>({ columns, sort, onSort, selectAll }: HeaderProps<Row>): ReactElement {
  const checkbox = useRef<HTMLInputElement>(null);
  const mixed = selectAll?.mixed ?? false;
  useEffect(() => {
    if (checkbox.current) checkbox.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <thead>
      <tr aria-rowindex={1}>
        {selectAll && (
          <th scope="col" className="dt-select">
            <input
              ref={checkbox}
              type="checkbox"
              checked={selectAll.checked}
              onChange={selectAll.onToggle}
              aria-label="Select all shown"
            />
          </th>
        )}
        {columns.map((column) => {
          const sorted = sort?.column === column.id ? sort.direction : undefined;
          const className = column.align === 'end' ? 'dt-end' : undefined;
          return (
            <th key={column.id} scope="col" className={className} aria-sort={sorted} title={column.title}>
              {column.sortable === false ? (
                <span className="dt-header-label">{column.header}</span>
              ) : (
                <button type="button" className="dt-sort" onClick={() => onSort(nextSort(sort, column.id))}>
                  {column.header}
                  <span className="dt-sort-mark" aria-hidden="true">
                    {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : ''}
                  </span>
                </button>
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
