/** Rebuild wipes the disk: pick a template, then type the VM's name to confirm. */
import { useState, type ReactElement } from 'react';
import type { VmActionResult } from '../../../../common/channels/hosting';
import type { AppError } from '../../../../common/errors';
import type { Vm, VmTemplate } from '../../../../common/models/hostbill';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { useHostingAccount } from './hosting-data';
import { vmName } from './vm-state';

export function RebuildDialog({
  vm,
  templates,
  onDone,
}: {
  vm: Vm;
  templates: readonly VmTemplate[];
  /** Closes the dialog, with the portal's answer when the rebuild was sent. */
  onDone: (sent?: VmActionResult) => void;
}): ReactElement {
  const { rebuild } = useHostingAccount().writes;
  const name = vmName(vm);
  const [template, setTemplate] = useState(vm.template ?? templates[0]?.id ?? '');
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const matches = typed.trim() === name;

  async function submit() {
    setBusy(true);
    const result = await rebuild({ serviceId: vm.serviceId ?? '', vmId: vm.id }, template, typed.trim());
    setBusy(false);
    if (result.ok) onDone(result.value);
    else setError(result.error);
  }
  return (
    <Dialog
      title={`Rebuild ${name}?`}
      description="Rebuilding reinstalls the VM from a template. Everything on its disk is erased; its addresses stay."
      onClose={() => onDone()}
      footer={
        <>
          <Button onClick={() => onDone()}>Cancel</Button>
          <Button variant="danger" busy={busy} disabled={!matches || !template || busy} onClick={() => void submit()}>
            Rebuild and erase disk
          </Button>
        </>
      }
    >
      <div className="stack">
        <Field label="Template" error={error?.details?.template}>
          <select value={template} onChange={(e) => setTemplate(e.target.value)}>
            {templates.length === 0 && <option value="">No templates listed</option>}
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={`Type ${name} to confirm`} error={error?.details?.confirmLabel}>
          <input
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
        </Field>
        {error && !error.details?.confirmLabel && <ErrorNotice error={error} />}
      </div>
    </Dialog>
  );
}
