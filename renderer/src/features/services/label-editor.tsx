import { useState, type FormEvent, type ReactElement } from 'react';
import type { HostingService } from '../../../../common/channels/hosting';
import { serviceLabelSchema } from '../../../../common/schemas/hostbill';
import { Button } from '../../components/button';
import { Field } from '../../components/field';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { OFFLINE_REASON } from './format';
import { useHostingAccount } from './hosting-data';
import { useOffline } from './use-offline';

/** Edits the service's label; the portal's own message shows under the field when it refuses. */
export function LabelEditor({ service }: { service: HostingService }): ReactElement {
  const { setLabel } = useHostingAccount().writes;
  const offline = useOffline();
  const [value, setValue] = useState(service.label ?? '');
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const parsed = serviceLabelSchema.safeParse({ label: value });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setBusy(true);
    const result = await setLabel(service.id, parsed.data.label);
    setBusy(false);
    if (result.ok) {
      setError(undefined);
      setSaved(true);
      setValue(result.value.label ?? '');
    } else setError(result.error.details?.label ?? result.error.message);
  }
  const unchanged = value.trim() === (service.label ?? '');
  // Dirty until saved: the portal's detail may not echo the new label (issue 8 item 7).
  useUnsavedChanges(!unchanged && !saved);
  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <Field label="Service label" hint="Your own name for this service, shown in the list." error={error}>
        <input
          type="text"
          value={value}
          maxLength={120}
          onChange={(event) => {
            setValue(event.target.value);
            setSaved(false);
          }}
        />
      </Field>
      <div className="row">
        <Button type="submit" variant="primary" busy={busy} disabled={busy || offline || unchanged}>
          Save label
        </Button>
        {offline && <span className="muted small">{OFFLINE_REASON}</span>}
        {saved && (
          <span role="status" className="hosting-ok">
            Label saved on the portal.
          </span>
        )}
      </div>
    </form>
  );
}
