/**
 * Add or edit a contact: the profile (validated before sending), a sign-in password on creation
 * only (sent once, never shown again), and the privileges matrix.
 */
import { useMemo, useState, type ReactElement } from 'react';
import type { AppError } from '../../../../common/errors';
import type { Contact } from '../../../../common/models/hostbill';
import {
  emptyGrants,
  grantsFromWire,
  grantsToWire,
  summarizeGrants,
  type PrivilegeMatrix,
} from '../../../../common/portal/privileges';
import { contactCreateSchema, contactUpdateSchema } from '../../../../common/portal/profile';
import { fieldErrors } from '../../../../common/validation';
import { Button } from '../../components/button';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { draftOf, ProfileFields, profileInput, type ProfileDraft } from '../../components/profile-fields';
import { useFormFields } from '../../lib/use-form-fields';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { createContact, updateContact } from './contacts-api';
import { PrivilegesMatrix } from './privileges-matrix';

interface ContactEditorProps {
  readonly accountId: string;
  readonly matrix: PrivilegeMatrix;
  /** null: a new contact. */
  readonly contact: Contact | null;
  readonly writeBlocked: string | null;
  readonly onSaved: (contactId: string | null, message: string) => void;
  readonly onCancel: () => void;
}

type Grants = ReturnType<typeof emptyGrants>;
type Values = ProfileDraft & { password: string; grants: Grants };

function inputOf(matrix: PrivilegeMatrix, contact: Contact | null, values: Values) {
  const { password, grants, ...draft } = values;
  const input = { ...profileInput(draft), privileges: grantsToWire(matrix, grants) };
  return contact
    ? contactUpdateSchema.safeParse(input)
    : contactCreateSchema.safeParse(password === '' ? input : { ...input, password });
}

export function ContactEditor(props: ContactEditorProps): ReactElement {
  const { accountId, matrix, contact, writeBlocked } = props;
  const initial = useMemo(
    () => (contact ? grantsFromWire(matrix, contact.privileges) : { grants: emptyGrants(matrix), dropped: [] }),
    [matrix, contact],
  );
  const form = useFormFields<Values>({
    initial: () => ({ ...draftOf(contact), password: '', grants: initial.grants }),
    validate: (values) => {
      const parsed = inputOf(matrix, contact, values);
      return parsed.success ? {} : fieldErrors(parsed.error);
    },
  });
  const { values, errors } = form;
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  // Cancel and Save move on through navigation, which asks first while this is dirty.
  const unsaved = useUnsavedChanges(form.dirty);

  async function save() {
    const parsed = inputOf(matrix, contact, values);
    if (!form.checkAll() || !parsed.success) return;
    setBusy(true);
    setError(null);
    const result = contact
      ? await updateContact(accountId, contact.id, parsed.data)
      : await createContact(accountId, contactCreateSchema.parse(parsed.data));
    setBusy(false);
    if (!result.ok) return setError(result.error);
    form.change('password', '');
    unsaved.saved();
    const id = contact ? contact.id : 'contactId' in result.value ? result.value.contactId : null;
    props.onSaved(id, contact ? 'The contact was updated.' : 'The contact was added.');
  }

  return (
    <section className="card card-body stack" aria-label={contact ? 'Edit contact' : 'New contact'}>
      <h2>{contact ? `${contact.firstName ?? ''} ${contact.lastName ?? ''}`.trim() || 'Contact' : 'New contact'}</h2>
      <ProfileFields
        draft={values}
        errors={errors}
        disabled={busy}
        onBlur={form.blurred}
        onChange={(field, value) => form.change(field, value)}
      />
      {!contact && (
        <Field
          label="Sign-in password (optional)"
          hint="Lets the contact sign in with their email. Sent to the portal once; the app does not keep it."
          error={errors.password}
        >
          <input
            type="password"
            autoComplete="new-password"
            value={values.password}
            onChange={(e) => form.change('password', e.target.value)}
            onBlur={form.blurred('password')}
          />
        </Field>
      )}
      <h3>Privileges</h3>
      {initial.dropped.length > 0 && (
        <p className="notice notice-warning small">
          The portal no longer offers these, and saving removes them: {initial.dropped.join(', ')}.
        </p>
      )}
      <PrivilegesMatrix
        matrix={matrix}
        grants={values.grants}
        onChange={(grants) => form.change('grants', grants)}
        disabled={busy}
      />
      <p className="small muted" aria-label="Privileges summary">
        {summarizeGrants(matrix, values.grants).join(' · ') ||
          'No privileges: the contact only receives what is sent to them.'}
      </p>
      {errors.privileges && <p className="field-error">{errors.privileges}</p>}
      {error && <ErrorNotice error={error} />}
      <div className="row">
        <Button variant="primary" busy={busy} disabled={busy || writeBlocked !== null} onClick={() => void save()}>
          {contact ? 'Save contact' : 'Add contact'}
        </Button>
        <Button onClick={props.onCancel} disabled={busy}>
          Cancel
        </Button>
        {writeBlocked && <span className="muted small">{writeBlocked}</span>}
      </div>
    </section>
  );
}
