/** The price as the portal quotes it: due now (pro-rata, setup, tax) and then per cycle, with its notes. */
import type { ReactElement } from 'react';
import type { Quote } from '../../../../common/models/hostbill';
import { cycleLabel } from '../../../../common/portal/cycles';
import { formatMoney } from '../../../../common/portal/format';

export function QuoteSummary({ quote, pending }: { quote: Quote | null; pending: boolean }): ReactElement {
  const item = quote?.items[0];
  return (
    <section className="card card-body stack order-price" aria-label="Price" aria-busy={pending || undefined}>
      <h2>Price</h2>
      {!quote && (
        <p className="muted">{pending ? 'Asking the portal for a price…' : 'Fill in the form to see the price.'}</p>
      )}
      {quote && (
        <>
          <dl className="order-price-lines">
            <dt>Due now</dt>
            <dd data-testid="order-total">{formatMoney(quote.total, null)}</dd>
            {quote.discount !== null && quote.discount > 0 && (
              <>
                <dt>Discount</dt>
                <dd>−{formatMoney(quote.discount, null)}</dd>
              </>
            )}
            {quote.tax.map((tax) => (
              <FragmentLine
                key={tax.name}
                label={`${tax.name}${tax.rate !== null ? ` ${tax.rate} %` : ''}`}
                value={tax.amount}
              />
            ))}
            {quote.recurring.map((r) => (
              <FragmentLine key={r.cycle} label={`Then ${cycleLabel(r.cycle).toLowerCase()}`} value={r.price} />
            ))}
          </dl>
          {item?.info.map((line) => (
            <p key={line} className="small muted" role="note">
              {line}
            </p>
          ))}
          {item && !item.valid && (
            <div className="notice notice-danger" role="alert" aria-label="The portal refuses this item">
              {item.errors.join(' ') || 'The portal refuses this item.'}
            </div>
          )}
        </>
      )}
      {pending && quote && <p className="small muted">Updating…</p>}
    </section>
  );
}

function FragmentLine({ label, value }: { label: string; value: number | null }): ReactElement {
  return (
    <>
      <dt>{label}</dt>
      <dd>{formatMoney(value, null)}</dd>
    </>
  );
}
