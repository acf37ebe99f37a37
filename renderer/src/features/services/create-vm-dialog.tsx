/** Create a VM on a service: name, template, size, disk, and an SSH key or a root password. */
import { useState, type FormEvent, type ReactElement } from 'react';
import type { HostingService } from '../../../../common/channels/hosting';
import type { AppError } from '../../../../common/errors';
import { vmCreateSchema } from '../../../../common/schemas/hostbill';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { useBuildOptions, useHostingAccount } from './hosting-data';

type Errors = Partial<Record<'label' | 'template' | 'flavor' | 'disk' | 'keypair' | 'password', string>>;

/** Portal messages carry no field name: place them by what they talk about, else show them above. */
function fieldOf(message: string): keyof Errors | null {
  const m = message.toLowerCase();
  if (/ssh key|keypair/.test(m)) return 'keypair';
  if (/password/.test(m)) return 'password';
  if (/label|name/.test(m)) return 'label';
  if (/template/.test(m)) return 'template';
  if (/flavor|size/.test(m)) return 'flavor';
  if (/disk/.test(m)) return 'disk';
  return null;
}

export function CreateVmDialog({ service, onDone }: { service: HostingService; onDone: () => void }): ReactElement {
  const { accountId, writes } = useHostingAccount();
  const { createVm } = writes;
  const build = useBuildOptions(accountId, service.id);
  const options = build.cached && build.data ? { ...build.cached, data: build.data } : null;
  const [label, setLabel] = useState('');
  const [template, setTemplate] = useState('');
  const [flavor, setFlavor] = useState('');
  const [disk, setDisk] = useState('');
  const [access, setAccess] = useState<'key' | 'password'>('key');
  const [keypair, setKeypair] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const unsaved = useUnsavedChanges([label, template, flavor, disk, keypair, password].some((v) => v !== ''));
  const cancel = () => unsaved.confirmLeave(onDone);
  const templates = options?.data.templates ?? [];
  const flavors = options?.data.flavors ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const parsed = vmCreateSchema.safeParse({
      label,
      template: template || templates[0]?.id || '',
      flavor: flavor || flavors[0]?.id || '',
      ...(disk.trim() ? { disk: Number(disk) } : {}),
      ...(access === 'key' && keypair.trim() ? { keypair: keypair.trim() } : {}),
      ...(access === 'password' && password ? { password } : {}),
    });
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        const key = (access === 'key' && issue.path[0] === 'password' ? 'keypair' : issue.path[0]) as keyof Errors;
        next[key] ??= issue.message;
      }
      return setErrors(next);
    }
    setErrors({});
    setBusy(true);
    const result = await createVm(service.id, parsed.data);
    setBusy(false);
    if (result.ok) {
      unsaved.saved();
      return onDone();
    }
    const field = result.error.kind === 'validation' ? fieldOf(result.error.message) : null;
    if (field) setErrors({ [field]: result.error.message.replace(/^The portal answered: /, '') });
    else setError(result.error);
  }

  return (
    <Dialog
      title={`Create a VM on ${service.label ?? service.name}`}
      onClose={cancel}
      footer={
        <>
          <Button onClick={cancel}>Cancel</Button>
          <Button
            variant="primary"
            type="submit"
            form="create-vm-form"
            busy={busy}
            disabled={busy || templates.length === 0}
          >
            Create VM
          </Button>
        </>
      }
    >
      <form id="create-vm-form" className="stack" onSubmit={(e) => void submit(e)} noValidate>
        {!options?.syncedAt && templates.length === 0 && (
          <p className="muted">Reading templates and sizes from the portal…</p>
        )}
        <Field label="Name" hint="Letters, digits, dots and dashes, e.g. web-03" error={errors.label}>
          <input type="text" value={label} autoComplete="off" onChange={(e) => setLabel(e.target.value)} />
        </Field>
        <div className="grid-2">
          <Field label="Template" error={errors.template}>
            <select value={template || templates[0]?.id || ''} onChange={(e) => setTemplate(e.target.value)}>
              {templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Size" error={errors.flavor}>
            <select value={flavor || flavors[0]?.id || ''} onChange={(e) => setFlavor(e.target.value)}>
              {flavors.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                  {f.cpu !== null ? ` — ${f.cpu} vCPU` : ''}
                  {f.memoryMb !== null
                    ? `, ${f.memoryMb >= 1024 ? `${f.memoryMb / 1024} GB` : `${f.memoryMb} MB`}`
                    : ''}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label="Disk (GB)" hint="Leave empty for the size's default" error={errors.disk}>
          <input type="number" min={1} inputMode="numeric" value={disk} onChange={(e) => setDisk(e.target.value)} />
        </Field>
        <fieldset className="field">
          <legend>Access</legend>
          <div className="segmented">
            <label>
              <input type="radio" name="vm-access" checked={access === 'key'} onChange={() => setAccess('key')} />
              SSH key
            </label>
            <label>
              <input
                type="radio"
                name="vm-access"
                checked={access === 'password'}
                onChange={() => setAccess('password')}
              />
              Root password
            </label>
          </div>
        </fieldset>
        {access === 'key' ? (
          <Field label="SSH key name" hint="The name of a key stored in your portal account" error={errors.keypair}>
            <input type="text" value={keypair} autoComplete="off" onChange={(e) => setKeypair(e.target.value)} />
          </Field>
        ) : (
          <Field
            label="Root password"
            hint="At least 8 characters; it is sent to the portal once and not kept"
            error={errors.password}
          >
            <input
              type="password"
              value={password}
              autoComplete="new-password"
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
        )}
        {error && <ErrorNotice error={error} />}
      </form>
    </Dialog>
  );
}
