/** One row of DataTable: memoised, so a keystroke re-renders only the rows whose content changed. */
import { memo, type ReactElement } from 'react';
import { cellText } from './table-model';
import type { DataTableColumn } from './types';

interface RowProps<Row> {
  readonly row: Row;
  readonly rowId: string;
  readonly index: number;
  readonly columns: readonly DataTableColumn<Row>[];
  /** Columns whose fitted width hit its cap: their cells get the full text as a tooltip. */
  readonly capped: ReadonlySet<string>;
  readonly focusable: boolean;
  readonly openable: boolean;
  /** null: the table has no selection column. */
  readonly selected: boolean | null;
  readonly selectLabel: string;
  readonly onOpenIndex: (index: number) => void;
  readonly onFocusIndex: (index: number) => void;
  readonly onToggleIndex: (index: number) => void;
}

function DataTableRowView<Row>({
  row,
  rowId,
  index,
  columns,
  capped,
  focusable,
  openable,
  selected,
  selectLabel,
  onOpenIndex,
  onFocusIndex,
  onToggleIndex,
}: RowProps<Row>): ReactElement {
  const classes = ['dt-row', openable ? 'dt-row-openable' : 'dt-row-closed', selected ? 'dt-row-selected' : '']
    .join(' ')
    .trim();
  return (
    <tr
      data-index={index}
      data-row-id={rowId}
      aria-rowindex={index + 2}
      tabIndex={focusable ? 0 : -1}
      className={classes}
      onClick={() => openable && onOpenIndex(index)}
      onFocus={() => onFocusIndex(index)}
    >
      {selected !== null && (
        <td className="dt-select" onClick={(event) => event.stopPropagation()}>
          <input
            type="checkbox"
            tabIndex={-1}
            checked={selected}
            onChange={() => onToggleIndex(index)}
            aria-label={selectLabel}
          />
        </td>
      )}
      {columns.map((column) => {
        const text = cellText(column, row);
        const classNames = ['dt-cell', column.align === 'end' ? 'dt-end' : '', column.mono ? 'mono' : '']
          .join(' ')
          .trim();
        return (
          <td key={column.id} className={classNames} title={column.grow || capped.has(column.id) ? text : undefined}>
            {column.render ? column.render(row) : text}
          </td>
        );
      })}
    </tr>
  );
}

export const DataTableRow = memo(DataTableRowView) as typeof DataTableRowView;
