/** Totals of the rows shown, one line per currency: amounts in different currencies are never added. */
import type { ReactElement } from 'react';
import type { CurrencyTotals } from '../../../../common/invoices/totals';
import { formatMoney } from './format';

export function CurrencyTotalsTable({ totals }: { totals: readonly CurrencyTotals[] }): ReactElement | null {
  if (totals.length === 0) return null;
  return (
    <table className="table invoice-totals" aria-label="Totals per currency">
      <thead>
        <tr>
          <th scope="col">Currency</th>
          <th scope="col" className="col-num">
            Invoices
          </th>
          <th scope="col" className="col-num">
            Outstanding
          </th>
          <th scope="col" className="col-num">
            Overdue
          </th>
          <th scope="col" className="col-num">
            Paid
          </th>
        </tr>
      </thead>
      <tbody>
        {totals.map((line) => (
          <tr key={line.currency} data-currency={line.currency}>
            <th scope="row">{line.currency || '(none)'}</th>
            <td className="col-num">{line.count}</td>
            <td className="col-num">{formatMoney(line.outstanding, line.currency || null)}</td>
            <td className="col-num">{line.overdueCount}</td>
            <td className="col-num">{formatMoney(line.paid, line.currency || null)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
