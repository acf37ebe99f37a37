/**
 * Create or edit an admin user. Create takes a password with live strength feedback; edit sends all
 * three fields (PATCH). The password lives only in this component's state and is dropped on close.
 */
import { useState, type FormEvent, type ReactElement } from 'react';
import type { AppError } from '../../../../common/errors';
import type { ContractAdmin } from '../../../../common/models/contract';
import { adminDraftSchema, adminEditSchema, passwordStrength } from '../../../../common/schemas/ionos';
import { fieldErrors } from '../../../../common/validation';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { useFormFields } from '../../lib/use-form-fields';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { useOpenContract } from './contract-context';
import { namesAField } from './write-guard';

type Values = { firstName: string; lastName: string; email: string; password: string };

function checkAdmin(editing: boolean, values: Values): Record<string, string> {
  const { password, ...names } = values;
  const parsed = editing ? adminEditSchema.safeParse(names) : adminDraftSchema.safeParse({ ...names, password });
  return parsed.success ? {} : fieldErrors(parsed.error);
}

export function AdminDialog({
  contractId,
  admin,
  onDone,
}: {
  contractId: string;
  admin: ContractAdmin | null;
  onDone: () => void;
}): ReactElement {
  const { createAdmin, updateAdmin } = useOpenContract().writes;
  const editing = admin !== null;
  const form = useFormFields<Values>({
    initial: () => ({
      firstName: admin?.firstName ?? '',
      lastName: admin?.lastName ?? '',
      email: admin?.email ?? '',
      password: '',
    }),
    validate: (values) => checkAdmin(editing, values),
  });
  const { values, errors } = form;
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const unsaved = useUnsavedChanges(form.dirty);
  const cancel = () => unsaved.confirmLeave(onDone);
  const change = (key: keyof Values, value: string) => form.change(key, value);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    if (!form.checkAll()) return;
    const { password, ...names } = values;
    setBusy(true);
    const result = editing
      ? await updateAdmin(admin.id, adminEditSchema.parse(names))
      : await createAdmin(adminDraftSchema.parse({ ...names, password }));
    setBusy(false);
    if (result.ok) {
      unsaved.saved();
      return onDone();
    }
    form.serverErrors(result.error.details);
    setFailure(result.error);
  }

  const strength = passwordStrength(values.password);
  return (
    <Dialog
      title={editing ? `Edit ${admin.firstName} ${admin.lastName}`.trim() : 'Add an admin user'}
      description={
        editing
          ? `Contract ${contractId}. The password cannot be changed here.`
          : `Contract ${contractId}. The admin signs in to the IONOS Cloud console with this email and password.`
      }
      onClose={cancel}
      footer={
        <>
          <Button onClick={cancel}>Cancel</Button>
          <Button variant="primary" type="submit" form="admin-form" busy={busy}>
            {editing ? 'Save changes' : 'Add admin'}
          </Button>
        </>
      }
    >
      <form id="admin-form" className="stack" onSubmit={submit} noValidate>
        {failure && !namesAField(failure.details, (key) => key in values) && <ErrorNotice error={failure} />}
        <div className="grid-2">
          <Field label="First name" error={errors.firstName}>
            <input
              type="text"
              value={values.firstName}
              onChange={(e) => change('firstName', e.target.value)}
              onBlur={form.blurred('firstName')}
              autoComplete="off"
            />
          </Field>
          <Field label="Last name" error={errors.lastName}>
            <input
              type="text"
              value={values.lastName}
              onChange={(e) => change('lastName', e.target.value)}
              onBlur={form.blurred('lastName')}
              autoComplete="off"
            />
          </Field>
        </div>
        <Field label="Email" error={errors.email}>
          <input
            type="email"
            value={values.email}
            onChange={(e) => change('email', e.target.value)}
            onBlur={form.blurred('email')}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        {!editing && (
          <div className="stack" style={{ gap: 6 }}>
            <Field
              label="Password"
              hint="At least 8 characters from three of: lower case, upper case, digits, symbols"
              error={errors.password}
            >
              <input
                type="password"
                value={values.password}
                onChange={(e) => change('password', e.target.value)}
                onBlur={form.blurred('password')}
                autoComplete="new-password"
              />
            </Field>
            {values.password && (
              <div className="strength" aria-live="polite">
                <meter
                  min={0}
                  max={4}
                  low={2}
                  high={3}
                  optimum={4}
                  value={strength.score}
                  aria-label="Password strength"
                  aria-valuetext={strength.label}
                />
                <span>
                  Strength: <strong>{strength.label}</strong>
                </span>
                {strength.hints.length > 0 && (
                  <ul>
                    {strength.hints.map((hint) => (
                      <li key={hint}>{hint}</li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </div>
        )}
      </form>
    </Dialog>
  );
}
