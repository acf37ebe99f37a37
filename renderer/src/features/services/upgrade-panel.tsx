/** Upgrade: read the options, estimate the price, then (after a confirmation) send the request. */
import { useEffect, useState, type ReactElement } from 'react';
import type { HostingService, UpgradeOptions } from '../../../../common/channels/hosting';
import type { AppError } from '../../../../common/errors';
import type { UpgradeEstimate } from '../../../../common/models/hostbill';
import { accountHref } from '../../app/navigation-store';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { Link } from '../../components/link';
import { formatMoney, OFFLINE_REASON } from './format';
import { useHostingAccount } from './hosting-data';
import { UpgradeEstimateView } from './upgrade-estimate';
import { useOffline } from './use-offline';

export function UpgradePanel({ service }: { service: HostingService }): ReactElement {
  const { accountId, writes } = useHostingAccount();
  const { upgradeOptions, upgrade } = writes;
  const offline = useOffline();
  const [options, setOptions] = useState<UpgradeOptions | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [choice, setChoice] = useState<Record<string, string>>({});
  const [pkg, setPkg] = useState('');
  const [estimate, setEstimate] = useState<UpgradeEstimate | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [sent, setSent] = useState<UpgradeEstimate | null>(null);

  useEffect(() => {
    let live = true;
    void upgradeOptions(service.id).then((result) => {
      if (!live) return;
      if (result.ok) {
        setOptions(result.value);
        const selected = result.value.resources.map((r) => [
          r.id,
          r.items.find((i) => i.selected)?.id ?? r.items[0]?.id ?? '',
        ]);
        setChoice(Object.fromEntries(selected));
      } else setLoadError(result.error);
    });
    return () => {
      live = false;
    };
  }, [service.id, upgradeOptions]);

  if (loadError) return <ErrorNotice error={loadError} />;
  if (!options)
    return (
      <div className="card card-body muted" aria-busy="true">
        Reading the upgrade options from the portal…
      </div>
    );

  const changed = options.resources.filter(
    (r) => choice[r.id] !== (r.items.find((i) => i.selected)?.id ?? r.items[0]?.id),
  );
  const request = {
    serviceId: service.id,
    ...(changed.length > 0 ? { resources: Object.fromEntries(changed.map((r) => [r.id, choice[r.id] ?? ''])) } : {}),
    ...(pkg ? { package: pkg } : {}),
  };
  const nothing = changed.length === 0 && !pkg;

  async function run(send: boolean) {
    setBusy(true);
    setError(null);
    const result = await upgrade({ ...request, send });
    setBusy(false);
    setConfirming(false);
    if (!result.ok) return setError(result.error);
    if (send) setSent(result.value);
    else setEstimate(result.value);
  }
  const pick = (update: () => void) => {
    update();
    setEstimate(null);
    setSent(null);
  };

  return (
    <div className="card card-body stack" style={{ maxWidth: 640 }}>
      <h2>Upgrade or change options</h2>
      {options.resources.map((resource) => (
        <Field key={resource.id} label={resource.name}>
          <select
            value={choice[resource.id] ?? ''}
            onChange={(e) => pick(() => setChoice({ ...choice, [resource.id]: e.target.value }))}
          >
            {resource.items.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
                {item.price !== null ? ` — ${formatMoney(item.price, service.currency)}` : ''}
                {item.setupPrice ? ` + ${formatMoney(item.setupPrice, service.currency)} setup` : ''}
                {item.selected ? ' (current)' : ''}
              </option>
            ))}
          </select>
        </Field>
      ))}
      {options.packages.length > 0 && (
        <Field label="Package">
          <select value={pkg} onChange={(e) => pick(() => setPkg(e.target.value))}>
            <option value="">Keep {service.name}</option>
            {options.packages.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.price !== null ? ` — ${formatMoney(p.price, service.currency)}` : ''}
              </option>
            ))}
          </select>
        </Field>
      )}
      {options.resources.length === 0 && options.packages.length === 0 && (
        <p className="muted">The portal offers no upgrades for this service.</p>
      )}
      {error && <ErrorNotice error={error} />}
      {estimate && <UpgradeEstimateView estimate={estimate} currency={service.currency} />}
      {sent && (
        <div className="notice notice-success" role="status">
          {sent.info.join(' ') || 'The upgrade request was sent.'}
          {sent.invoiceId && (
            <>
              {' '}
              <Link href={accountHref(accountId, 'invoices', sent.invoiceId)}>Invoice #{sent.invoiceId}</Link> was
              raised.
            </>
          )}
        </div>
      )}
      <div className="row">
        <Button onClick={() => void run(false)} disabled={busy || nothing || offline} busy={busy && !confirming}>
          Estimate price
        </Button>
        <Button
          variant="primary"
          onClick={() => setConfirming(true)}
          disabled={busy || !estimate || offline || sent !== null}
        >
          Request upgrade…
        </Button>
        {offline && <span className="muted small">{OFFLINE_REASON}</span>}
      </div>
      {confirming && estimate && (
        <Dialog
          title="Request this upgrade?"
          description={`The portal will charge ${formatMoney(estimate.charge, service.currency)} now and may raise an invoice.`}
          onClose={() => setConfirming(false)}
          footer={
            <>
              <Button onClick={() => setConfirming(false)}>Cancel</Button>
              <Button variant="primary" busy={busy} disabled={busy} onClick={() => void run(true)}>
                Send upgrade request
              </Button>
            </>
          }
        />
      )}
    </div>
  );
}
