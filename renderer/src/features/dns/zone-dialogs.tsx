/** Add a zone on one of the account's DNS services; remove one only after its name is typed. */
import { useState, type ReactElement } from 'react';
import { confirmsZone } from '../../../../common/dns/planner';
import { zoneName } from '../../../../common/dns/names';
import type { AppError } from '../../../../common/errors';
import type { DnsZone } from '../../../../common/models/hostbill';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { createZone, deleteZone } from './dns-calls';

export interface DnsServiceOption {
  readonly id: string;
  readonly label: string;
}

export function AddZoneDialog({
  accountId,
  services,
  onDone,
}: {
  accountId: string;
  services: readonly DnsServiceOption[];
  onDone: (zone: DnsZone | null) => void;
}): ReactElement {
  const [serviceId, setServiceId] = useState(services[0]?.id ?? '');
  const [name, setName] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const unsaved = useUnsavedChanges(name.trim() !== '');
  const cancel = () => unsaved.confirmLeave(() => onDone(null));

  async function submit() {
    const checked = zoneName(name);
    if (!checked.ok) return setError({ kind: 'validation', message: checked.error, details: { name: checked.error } });
    setBusy(true);
    const answer = await createZone(accountId, serviceId, checked.value);
    setBusy(false);
    if (answer.ok) {
      unsaved.saved();
      onDone(answer.value);
    } else setError(answer.error);
  }
  return (
    <Dialog
      title="Add a zone"
      description="The portal creates the zone with its default name servers and mail record."
      onClose={cancel}
      footer={
        <>
          <Button onClick={cancel}>Cancel</Button>
          <Button variant="primary" busy={busy} disabled={busy || !serviceId} onClick={() => void submit()}>
            Add zone
          </Button>
        </>
      }
    >
      <div className="stack">
        <Field label="DNS service" hint={services.length === 0 ? 'No service of this account offers DNS' : undefined}>
          <select value={serviceId} onChange={(e) => setServiceId(e.target.value)}>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Domain"
          hint="e.g. example.com; internationalised names are stored as punycode"
          error={error?.details?.['name']}
        >
          <input
            type="text"
            value={name}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
        {error && !error.details?.['name'] && <ErrorNotice error={error} />}
      </div>
    </Dialog>
  );
}

export function RemoveZoneDialog({
  accountId,
  zone,
  onDone,
}: {
  accountId: string;
  zone: DnsZone;
  onDone: (removed: boolean) => void;
}): ReactElement {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit() {
    setBusy(true);
    const answer = await deleteZone({ accountId, serviceId: zone.serviceId, zoneId: zone.id }, typed.trim());
    setBusy(false);
    if (answer.ok) onDone(true);
    else setError(answer.error);
  }
  return (
    <Dialog
      title={`Remove ${zone.name}?`}
      description="The zone and every record in it are deleted on the portal. Export it first if you may need it again."
      onClose={() => onDone(false)}
      footer={
        <>
          <Button onClick={() => onDone(false)}>Cancel</Button>
          <Button
            variant="danger"
            busy={busy}
            disabled={busy || !confirmsZone(typed, zone.name)}
            onClick={() => void submit()}
          >
            Remove zone
          </Button>
        </>
      }
    >
      <div className="stack">
        <Field label={`Type ${zone.name} to confirm`} error={error?.details?.['confirmName']}>
          <input
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
        </Field>
        {error && !error.details?.['confirmName'] && <ErrorNotice error={error} />}
      </div>
    </Dialog>
  );
}
