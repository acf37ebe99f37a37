/** A cancellation request, sent only after an explicit confirmation. */
import { useState, type ReactElement } from 'react';
import type { HostingService } from '../../../../common/channels/hosting';
import type { AppError } from '../../../../common/errors';
import { cancelServiceSchema } from '../../../../common/schemas/hostbill';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { formatDate, OFFLINE_REASON } from './format';
import { useHostingAccount } from './hosting-data';
import { useOffline } from './use-offline';

export function CancelPanel({ service }: { service: HostingService }): ReactElement {
  const { cancel } = useHostingAccount().writes;
  const offline = useOffline();
  const [immediate, setImmediate] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [error, setError] = useState<AppError | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  function review() {
    const parsed = cancelServiceSchema.safeParse({ immediate, reason });
    if (!parsed.success) return setReasonError(parsed.error.issues[0]?.message);
    setReasonError(undefined);
    setConfirming(true);
  }
  async function send() {
    setBusy(true);
    const result = await cancel(service.id, immediate, reason.trim());
    setBusy(false);
    setConfirming(false);
    if (result.ok) {
      setError(null);
      setDone(result.value.info.join(' ') || 'The cancellation request was sent.');
    } else if (result.error.details?.reason) setReasonError(result.error.details.reason);
    else setError(result.error);
  }
  return (
    <div className="card card-body stack" style={{ maxWidth: 640 }}>
      <h2>Request cancellation</h2>
      <p className="muted">The portal's staff act on the request; services with VMs stop when it takes effect.</p>
      <fieldset className="field">
        <legend>When</legend>
        <div className="segmented">
          <label>
            <input type="radio" name="cancel-when" checked={!immediate} onChange={() => setImmediate(false)} />
            End of billing period ({formatDate(service.nextDue)})
          </label>
          <label>
            <input type="radio" name="cancel-when" checked={immediate} onChange={() => setImmediate(true)} />
            Immediately
          </label>
        </div>
      </fieldset>
      <Field label="Reason" error={reasonError}>
        <textarea rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
      </Field>
      {error && <ErrorNotice error={error} />}
      {done && (
        <div className="notice notice-success" role="status">
          {done}
        </div>
      )}
      <div className="row">
        <Button variant="danger" onClick={review} disabled={offline || busy || done !== null}>
          Request cancellation…
        </Button>
        {offline && <span className="muted small">{OFFLINE_REASON}</span>}
      </div>
      {confirming && (
        <Dialog
          title={`Cancel ${service.name}?`}
          description={
            immediate
              ? 'The service stops now. This cannot be undone from the app.'
              : `The service ends on ${formatDate(service.nextDue)}.`
          }
          onClose={() => setConfirming(false)}
          footer={
            <>
              <Button onClick={() => setConfirming(false)}>Keep the service</Button>
              <Button variant="danger" busy={busy} disabled={busy} onClick={() => void send()}>
                Send cancellation request
              </Button>
            </>
          }
        />
      )}
    </div>
  );
}
