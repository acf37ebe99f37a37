/**
 * Apply credit, behind a confirmation that shows the amount and the currency. The amount defaults to,
 * and is capped by, the smaller of the credit available and the amount due. Sent once: while it is
 * on its way the button is busy, and what main answers (also after a dropped connection) is shown.
 */
import { useState, type ReactElement } from 'react';
import type { CreditOutcome } from '../../../../common/channels/invoices';
import { creditAmountProblem, creditCap, type CreditAvailable } from '../../../../common/invoices/credit';
import type { InvoiceRow } from '../../../../common/invoices/rows';
import type { AppError } from '../../../../common/errors';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { formatMoney } from './format';
import { invoiceCalls } from './invoices-data';

interface CreditDialogProps {
  readonly accountId: string;
  readonly row: InvoiceRow;
  readonly available: CreditAvailable;
  readonly onClose: () => void;
}

export function CreditDialog({ accountId, row, available, onClose }: CreditDialogProps): ReactElement {
  const cap = creditCap(row, available);
  const [text, setText] = useState(cap.toFixed(2));
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<CreditOutcome | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const amount = Number(text.replace(',', '.'));
  const problem = text.trim() === '' ? 'Enter an amount.' : creditAmountProblem(row, available, amount);

  async function send() {
    if (problem || sending) return;
    setSending(true);
    setError(null);
    const result = await invoiceCalls.applyCredit(accountId, row.id, Math.round(amount * 100) / 100);
    setSending(false);
    if (result.ok) setOutcome(result.value);
    else setError(result.error);
  }

  if (outcome) {
    return (
      <Dialog
        title={outcome.applied ? 'Credit applied' : 'Credit not applied'}
        onClose={onClose}
        footer={
          <Button variant="primary" onClick={onClose}>
            Close
          </Button>
        }
      >
        <p role="status" data-testid="credit-outcome">
          {outcome.message}
        </p>
        {outcome.invoiceStatus && <p className="muted">The invoice is now {outcome.invoiceStatus}.</p>}
      </Dialog>
    );
  }
  return (
    <Dialog
      title="Apply credit"
      description={
        <>
          Invoice {row.number ?? row.id}: up to {formatMoney(cap, row.currency)} can be applied (credit available{' '}
          {formatMoney(available.credit, available.currency ?? row.currency)}).
        </>
      }
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose} disabled={sending}>
            Cancel
          </Button>
          <Button variant="primary" onClick={() => void send()} busy={sending} disabled={problem !== null || sending}>
            Apply {problem ? '' : formatMoney(amount, row.currency)}
          </Button>
        </>
      }
    >
      <Field
        label={`Amount (${row.currency ?? 'no currency'})`}
        error={text.trim() === '' ? undefined : (problem ?? undefined)}
      >
        <input
          className="input"
          inputMode="decimal"
          value={text}
          maxLength={20}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void send();
          }}
        />
      </Field>
      {error && <ErrorNotice error={error} />}
    </Dialog>
  );
}
