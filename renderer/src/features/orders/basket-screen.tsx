/**
 * The order basket: the products chosen so far with what was chosen for each, the portal's quote for
 * all of them together, and one order (one invoice) after a summary the user confirms. An order is
 * never repeated by itself; after a lost answer the basket stays, beside what the portal shows now.
 */
import { useMemo, useState, type ReactElement } from 'react';
import type { OrderOutcome } from '../../../../common/channels/portal';
import type { AppError } from '../../../../common/errors';
import { formatMoney } from '../../../../common/portal/format';
import { accountHref } from '../../app/navigation-store';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { ErrorNotice } from '../../components/error-notice';
import { Link } from '../../components/link';
import { useBasket, useBasketStore, type BasketItem } from './basket-store';
import { OrderResult } from './order-result';
import { OrderSummary } from './order-summary';
import { placeOrder } from './orders-api';
import { QuoteSummary } from './quote-summary';
import './basket.css';
import { useQuote } from './use-quote';

function ChosenList({
  items,
  onRemove,
}: {
  items: readonly BasketItem[];
  onRemove?: (id: number) => void;
}): ReactElement {
  return (
    <ol className="basket-items" aria-label="Basket items">
      {items.map((entry) => (
        <li key={entry.id} className="basket-item" aria-label={entry.productName}>
          <div className="basket-item-head">
            <strong>{entry.productName}</strong>
            {onRemove && (
              <Button size="small" variant="ghost" onClick={() => onRemove(entry.id)}>
                Remove
              </Button>
            )}
          </div>
          <OrderSummary rows={entry.summary} />
        </li>
      ))}
    </ol>
  );
}

export function BasketScreen({
  accountId,
  writeBlocked,
}: {
  accountId: string;
  writeBlocked: string | null;
}): ReactElement {
  const items = useBasket(accountId);
  const basket = useBasketStore();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [outcome, setOutcome] = useState<OrderOutcome | null>(null);
  const inputs = useMemo(() => items.map((entry) => entry.item), [items]);
  const names = useMemo(() => items.map((entry) => entry.productName), [items]);
  const { quote, error: quoteError, pending } = useQuote(accountId, inputs, writeBlocked === null);
  const refused = quote?.items.some((item) => !item.valid) ?? false;

  async function place() {
    setBusy(true);
    setError(null);
    const result = await placeOrder(accountId, [...inputs]);
    setBusy(false);
    setConfirming(false);
    if (!result.ok) return setError(result.error);
    setOutcome(result.value);
    // Only a confirmed order empties the basket: after a lost answer the user decides from what is there.
    if (result.value.status === 'placed') basket.clear(accountId);
  }

  return (
    <div className="order-layout">
      <section className="card card-body stack" aria-label="Basket">
        {items.length === 0 ? (
          <p className="muted">
            The basket is empty. Choose a product in the <Link href={accountHref(accountId, 'orders')}>catalog</Link>{' '}
            and add it to the basket.
          </p>
        ) : (
          <ChosenList items={items} onRemove={(id) => basket.remove(accountId, id)} />
        )}
      </section>
      <div className="stack">
        {items.length > 0 && <QuoteSummary quote={quote} pending={pending} itemNames={names} />}
        {quoteError && <ErrorNotice error={quoteError} />}
        {error && <ErrorNotice error={error} />}
        {outcome && <OrderResult accountId={accountId} outcome={outcome} />}
        {items.length > 0 && (
          <div className="row">
            <Button
              variant="primary"
              disabled={writeBlocked !== null || refused || busy}
              onClick={() => setConfirming(true)}
            >
              Review order…
            </Button>
            {writeBlocked && <span className="muted small">{writeBlocked}</span>}
          </div>
        )}
      </div>
      {confirming && (
        <Dialog
          title={`Order ${items.length} item${items.length === 1 ? '' : 's'}?`}
          description="One order and one invoice: the portal creates each service as pending until it is paid."
          onClose={() => setConfirming(false)}
          footer={
            <>
              <Button onClick={() => setConfirming(false)}>Back to the basket</Button>
              <Button variant="primary" busy={busy} disabled={busy || !quote || pending} onClick={() => void place()}>
                Place order
              </Button>
            </>
          }
        >
          <ChosenList items={items} />
          <p>
            Due now: <strong>{quote ? formatMoney(quote.total, null) : '…'}</strong>
          </p>
        </Dialog>
      )}
    </div>
  );
}
