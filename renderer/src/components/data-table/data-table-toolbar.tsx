/** The bar above a DataTable: search box, select filters, counts, density, CSV export. */
import type { ReactElement, ReactNode } from 'react';
import { Button } from '../button';
import { Icon } from '../icons';
import type { DataTableFilter } from './types';

interface ToolbarProps<Row> {
  readonly tableId: string;
  readonly noun: string;
  readonly search: { readonly label: string; readonly placeholder?: string } | null;
  readonly query: string;
  readonly onQuery: (query: string) => void;
  readonly filters: readonly DataTableFilter<Row>[];
  readonly filterValues: Readonly<Record<string, string>>;
  readonly onFilter: (id: string, value: string) => void;
  readonly count: string;
  readonly compact: boolean;
  readonly onCompact: (compact: boolean) => void;
  readonly exporting: boolean;
  readonly onExport: (() => void) | null;
  readonly extra?: ReactNode;
}

export function DataTableToolbar<Row>(props: ToolbarProps<Row>): ReactElement {
  const { tableId, search, query, filters, filterValues } = props;
  return (
    <div className="dt-toolbar" role="search" aria-label={`Filter ${props.noun}`}>
      {search && (
        <label className="dt-search">
          <Icon name="search" />
          <input
            type="search"
            placeholder={search.placeholder}
            value={query}
            onChange={(event) => props.onQuery(event.target.value)}
            aria-label={search.label}
            spellCheck={false}
          />
        </label>
      )}
      {filters.map((filter) => {
        const value = filterValues[filter.id] ?? '';
        // A kept value the current data does not offer (yet) stays selectable, so the select shows the truth.
        const options =
          value !== '' && !filter.options.some((option) => option.value === value)
            ? [...filter.options, { value, label: value }]
            : filter.options;
        return (
          <label key={filter.id} className="dt-filter">
            <span>{filter.label}</span>
            <select
              value={value}
              onChange={(event) => props.onFilter(filter.id, event.target.value)}
              aria-label={filter.label}
            >
              <option value="">{filter.allLabel}</option>
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        );
      })}
      <span className="dt-count" aria-live="polite" data-testid={`${tableId}-count`}>
        {props.count}
      </span>
      {props.extra}
      <Button
        size="small"
        variant="ghost"
        aria-pressed={props.compact}
        onClick={() => props.onCompact(!props.compact)}
        title="Compact rows: more of the list in view"
      >
        Compact
      </Button>
      {props.onExport && (
        <Button
          size="small"
          onClick={props.onExport}
          busy={props.exporting}
          disabled={props.exporting}
          title="Save the rows shown (search, filters, sort and columns as on screen) as a CSV file"
        >
          Export CSV
        </Button>
      )}
    </div>
  );
}
