/** What was chosen for an order, label beside value: the confirm dialog and the basket's items. */
import type { ReactElement } from 'react';

export interface SummaryRow {
  readonly label: string;
  readonly value: string;
}

export function OrderSummary({ rows, label }: { rows: readonly SummaryRow[]; label?: string }): ReactElement {
  return (
    <dl className="order-summary" aria-label={label}>
      {rows.map((row) => (
        <div key={row.label} className="order-summary-row">
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
