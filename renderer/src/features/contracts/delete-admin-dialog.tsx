/** The API calls deleting an admin "highly destructive": the user types the admin's email to confirm. */
import { useState, type FormEvent, type ReactElement } from 'react';
import type { AppError } from '../../../../common/errors';
import type { ContractAdmin } from '../../../../common/models/contract';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { useOpenContract } from './contract-context';

export function DeleteAdminDialog({ admin, onDone }: { admin: ContractAdmin; onDone: () => void }): ReactElement {
  const { deleteAdmin } = useOpenContract().writes;
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const matches = typed.trim().toLowerCase() === admin.email.toLowerCase();

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (!matches) return;
    setBusy(true);
    const result = await deleteAdmin(admin.id);
    setBusy(false);
    if (result.ok) onDone();
    else setFailure(result.error);
  }

  return (
    <Dialog
      title={`Delete ${admin.firstName} ${admin.lastName}?`.replace(/\s+\?$/, '?')}
      description="The admin user is deleted on the IONOS API and can no longer sign in. This cannot be undone."
      onClose={onDone}
      footer={
        <>
          <Button onClick={onDone}>Cancel</Button>
          <Button variant="danger" type="submit" form="delete-admin-form" busy={busy} disabled={!matches || busy}>
            Delete admin
          </Button>
        </>
      }
    >
      <form id="delete-admin-form" className="stack" onSubmit={confirm} noValidate>
        {failure && <ErrorNotice error={failure} />}
        <Field label={`Type ${admin.email} to confirm`}>
          <input
            type="text"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoFocus
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
      </form>
    </Dialog>
  );
}
