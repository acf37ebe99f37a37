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

export function ContactEditor(props: ContactEditorProps): ReactElement {
  const { accountId, matrix, contact, writeBlocked } = props;
  const initial = useMemo(
    () => (contact ? grantsFromWire(matrix, contact.privileges) : { grants: emptyGrants(matrix), dropped: [] }),
    [matrix, contact],
  );
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(contact));
  const [password, setPassword] = useState('');
  const [grants, setGrants] = useState(initial.grants);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    const input = { ...profileInput(draft), privileges: grantsToWire(matrix, grants) };
    const parsed = contact
      ? contactUpdateSchema.safeParse(input)
      : contactCreateSchema.safeParse(password === '' ? input : { ...input, password });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    setBusy(true);
    setError(null);
    const result = contact
      ? await updateContact(accountId, contact.id, parsed.data)
      : await createContact(accountId, contactCreateSchema.parse(parsed.data));
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setPassword('');
    const id = contact ? contact.id : 'contactId' in result.value ? result.value.contactId : null;
    props.onSaved(id, contact ? 'The contact was updated.' : 'The contact was added.');
  }

  return (
    <section className="card card-body stack" aria-label={contact ? 'Edit contact' : 'New contact'}>
      <h2>{contact ? `${contact.firstName ?? ''} ${contact.lastName ?? ''}`.trim() || 'Contact' : 'New contact'}</h2>
      <ProfileFields
        draft={draft}
        errors={errors}
        disabled={busy}
        onChange={(field, value) => setDraft((d) => ({ ...d, [field]: value }))}
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
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
      )}
      <h3>Privileges</h3>
      {initial.dropped.length > 0 && (
        <p className="notice notice-warning small">
          The portal no longer offers these, and saving removes them: {initial.dropped.join(', ')}.
        </p>
      )}
      <PrivilegesMatrix matrix={matrix} grants={grants} onChange={setGrants} disabled={busy} />
      <p className="small muted" aria-label="Privileges summary">
        {summarizeGrants(matrix, grants).join(' · ') ||
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
