/** The portal account's details: edit, see exactly what changes, then save. */
import { useMemo, useState, type ReactElement } from 'react';
import type { AppError } from '../../../../common/errors';
import type { AccountDetails } from '../../../../common/models/hostbill';
import { changedFields, profileChanges, profileSchema } from '../../../../common/portal/profile';
import { fieldErrors } from '../../../../common/validation';
import { Button } from '../../components/button';
import { ErrorNotice } from '../../components/error-notice';
import { useFormFields } from '../../lib/use-form-fields';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { updateDetails } from './account-api';
import { draftOf, ProfileFields, type ProfileDraft } from '../../components/profile-fields';

interface DetailsFormProps {
  readonly accountId: string;
  readonly details: AccountDetails;
  readonly writeBlocked: string | null;
}

export function DetailsForm({ accountId, details, writeBlocked }: DetailsFormProps): ReactElement {
  const form = useFormFields<ProfileDraft>({
    initial: () => draftOf(details),
    validate: (draft) => {
      const parsed = profileSchema.partial().safeParse(changedFields(details, draft));
      return parsed.success ? {} : fieldErrors(parsed.error);
    },
  });
  const draft = form.values;
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const changes = useMemo(() => profileChanges(details, draft), [details, draft]);
  useUnsavedChanges(changes.length > 0);

  async function save() {
    if (!form.checkAll()) return;
    const parsed = profileSchema.partial().safeParse(changedFields(details, draft));
    if (!parsed.success) return;
    setBusy(true);
    setError(null);
    const result = await updateDetails(accountId, parsed.data);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    form.reset(draftOf(result.value));
    setSaved(true);
  }

  return (
    <section className="card card-body stack" aria-label="Account details">
      <h2>Details</h2>
      <ProfileFields
        draft={draft}
        errors={form.errors}
        disabled={busy}
        onBlur={form.blurred}
        onChange={(field, value) => {
          setSaved(false);
          form.change(field, value);
        }}
      />
      {changes.length > 0 && (
        <div className="notice notice-info" role="status" aria-label="Changes to save">
          <div className="stack" style={{ gap: 4 }}>
            <span className="notice-title">
              {changes.length === 1 ? '1 change' : `${changes.length} changes`} to save
            </span>
            {changes.map((c) => (
              <span key={c.field} className="small">
                {c.label}: <del>{c.from || '(empty)'}</del> → <ins>{c.to || '(empty)'}</ins>
              </span>
            ))}
          </div>
        </div>
      )}
      {saved && changes.length === 0 && (
        <div className="notice notice-success" role="status">
          The portal saved your details.
        </div>
      )}
      {error && <ErrorNotice error={error} />}
      <div className="row">
        <Button
          variant="primary"
          busy={busy}
          disabled={busy || changes.length === 0 || writeBlocked !== null}
          onClick={() => void save()}
        >
          Save changes
        </Button>
        <Button disabled={busy || changes.length === 0} onClick={() => form.reset(draftOf(details))}>
          Undo changes
        </Button>
        {writeBlocked && <span className="muted small">{writeBlocked}</span>}
      </div>
    </section>
  );
}
