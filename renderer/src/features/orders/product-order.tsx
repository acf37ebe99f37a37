/**
 * One product's order: the form the portal describes, the price following the options (debounced
 * quote), a summary to confirm, and the result linking to the new invoice and service.
 */
import { useMemo, useState, type ReactElement } from 'react';
import type { OrderOutcome } from '../../../../common/channels/portal';
import type { AppError } from '../../../../common/errors';
import {
  describeSelection,
  initialValues,
  toOrderItem,
  validateOrderValues,
  type OrderForm,
  type OrderValues,
} from '../../../../common/portal/order-form';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { ErrorNotice } from '../../components/error-notice';
import { formatMoney } from '../../../../common/portal/format';
import { accountHref } from '../../app/navigation-store';
import { Link } from '../../components/link';
import { MAX_BASKET_ITEMS, useBasket, useBasketStore } from './basket-store';
import { useFormFields } from '../../lib/use-form-fields';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { OrderFields } from './order-fields';
import { OrderResult } from './order-result';
import { OrderSummary } from './order-summary';
import { placeOrder } from './orders-api';
import { QuoteSummary } from './quote-summary';
import { useQuote } from './use-quote';

interface ProductOrderProps {
  readonly accountId: string;
  readonly form: OrderForm;
  /** Why orders cannot be sent now (offline), or null. */
  readonly writeBlocked: string | null;
}

export function ProductOrder({ accountId, form, writeBlocked }: ProductOrderProps): ReactElement {
  const fields = useFormFields<OrderValues>({
    initial: () => initialValues(form),
    validate: (values) => validateOrderValues(form, values),
  });
  const { values, problems: errors } = fields;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [outcome, setOutcome] = useState<OrderOutcome | null>(null);
  const valid = Object.keys(errors).length === 0;
  const item = useMemo(() => (valid ? toOrderItem(form, values) : null), [form, values, valid]);
  const items = useMemo(() => (item ? [item] : null), [item]);
  const { quote, error: quoteError, pending } = useQuote(accountId, items, writeBlocked === null && outcome === null);
  const basket = useBasket(accountId);
  const addToBasket = useBasketStore((state) => state.add);
  const [added, setAdded] = useState(false);
  const refused = quote?.items[0]?.valid === false;
  // Edited options are kept once ordered or put in the basket.
  useUnsavedChanges(fields.dirty && outcome === null && !added);

  async function place() {
    if (!item) return;
    setBusy(true);
    setError(null);
    const result = await placeOrder(accountId, [item]);
    setBusy(false);
    setConfirming(false);
    if (result.ok) setOutcome(result.value);
    else setError(result.error);
  }

  return (
    <div className="order-layout">
      <section className="card card-body stack" aria-label={`Order ${form.name}`}>
        <h2>{form.name}</h2>
        {form.prorataDate && (
          <p className="small muted">Billed pro rata: the first invoice covers the days until {form.prorataDate}.</p>
        )}
        <OrderFields
          fields={form.fields}
          values={values}
          errors={fields.errors}
          onChange={(key, value) => fields.change(key, value)}
          onBlur={fields.blurred}
        />
        {form.unsupported.length > 0 && (
          <p className="small muted">
            Not offered here (set them on the portal after ordering): {form.unsupported.join(', ')}.
          </p>
        )}
      </section>
      <div className="stack">
        <QuoteSummary quote={quote} pending={pending} />
        {quoteError && <ErrorNotice error={quoteError} />}
        {error && <ErrorNotice error={error} />}
        {outcome ? (
          <OrderResult accountId={accountId} outcome={outcome} />
        ) : (
          <div className="row">
            <Button
              variant="primary"
              disabled={writeBlocked !== null || refused || busy}
              onClick={() => fields.checkAll() && setConfirming(true)}
            >
              Review order…
            </Button>
            <Button
              disabled={refused || basket.length >= MAX_BASKET_ITEMS}
              onClick={() => {
                if (!fields.checkAll() || !item) return;
                setAdded(
                  addToBasket(accountId, {
                    productName: form.name,
                    item,
                    summary: describeSelection(form, values),
                  }),
                );
              }}
            >
              Add to basket
            </Button>
            {writeBlocked && <span className="muted small">{writeBlocked}</span>}
          </div>
        )}
        {added && (
          <p className="small" role="status">
            Added to the basket.{' '}
            <Link href={accountHref(accountId, 'orders', 'basket')}>Open the basket ({basket.length})</Link> to order it
            with other products, or change the options and add another.
          </p>
        )}
      </div>
      {confirming && item && (
        <Dialog
          title={`Order ${form.name}?`}
          description="The portal creates the service as pending and raises an invoice to pay."
          onClose={() => setConfirming(false)}
          footer={
            <>
              <Button onClick={() => setConfirming(false)}>Back to the form</Button>
              <Button variant="primary" busy={busy} disabled={busy || !quote || pending} onClick={() => void place()}>
                Place order
              </Button>
            </>
          }
        >
          <OrderSummary
            label="Order summary"
            rows={[
              ...describeSelection(form, values),
              { label: 'Due now', value: quote ? formatMoney(quote.total, null) : '…' },
            ]}
          />
        </Dialog>
      )}
    </div>
  );
}
