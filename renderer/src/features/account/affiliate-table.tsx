/** One affiliate list as the portal sends it (its own columns), with totals per currency. */
import type { ReactElement } from 'react';
import { amountColumn, totalsByCurrency, type FlatRow } from '../../../../common/portal/affiliate-totals';
import { humanize } from '../../../../common/portal/raw';
import { formatMoney } from '../../../../common/portal/format';

function cell(value: FlatRow[string]): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

export function AffiliateTable(props: {
  title: string;
  rows: readonly FlatRow[];
  currency: string | null;
}): ReactElement {
  const { title, rows, currency } = props;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const money = amountColumn(rows);
  const totals = money ? totalsByCurrency(rows, money, currency) : [];
  return (
    <section className="card card-body stack" aria-label={title}>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label={`${title} table`}>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {humanize(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={String(row.id ?? index)}>
                  {columns.map((c) => (
                    <td key={c} className={typeof row[c] === 'number' ? 'num' : undefined}>
                      {c === money && typeof row[c] === 'number' ? formatMoney(row[c], null) : cell(row[c] ?? null)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {totals.length > 0 && (
        <div className="totals-line" aria-label={`${title} totals`}>
          {totals.map((t) => (
            <span key={t.currency}>
              Total {t.currency ? `${t.currency} ` : ''}
              <strong>{formatMoney(t.total, t.currency || null)}</strong> ({t.count})
            </span>
          ))}
        </div>
      )}
    </section>
  );
}
