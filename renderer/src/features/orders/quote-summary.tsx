/** The price as the portal quotes it: due now (pro-rata, setup, tax) and then per cycle, with its notes. */
import type { ReactElement } from 'react';
import type { Quote } from '../../../../common/models/hostbill';
import { cycleLabel } from '../../../../common/portal/cycles';
import { formatMoney } from '../../../../common/portal/format';

interface QuoteSummaryProps {
  readonly quote: Quote | null;
  readonly pending: boolean;
  /** For a basket: each item's name, so the portal's notes and refusals say which item they are about. */
  readonly itemNames?: readonly string[];
}

export function QuoteSummary({ quote, pending, itemNames }: QuoteSummaryProps): ReactElement {
  const named = (index: number, text: string) => (itemNames?.[index] ? `${itemNames[index]}: ${text}` : text);
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
          {quote.items.map((item) => (
            <div key={item.index} className="stack">
              {item.info.map((line) => (
                <p key={line} className="small muted" role="note">
                  {named(item.index, line)}
                </p>
              ))}
              {!item.valid && (
                <div className="notice notice-danger" role="alert" aria-label="The portal refuses this item">
                  {named(item.index, item.errors.join(' ') || 'The portal refuses this item.')}
                </div>
              )}
            </div>
          ))}
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
