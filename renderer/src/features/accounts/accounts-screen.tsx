import { useState, type FormEvent, type ReactElement } from 'react';
import type { AppError } from '../../../../common/errors';
import {
  ACCOUNT_KIND_LABELS,
  AUTH_METHOD_LABELS,
  type Account,
  type AccountCheck,
} from '../../../../common/models/account';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { EmptyState } from '../../components/empty-state';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { Icon } from '../../components/icons';
import { AccountForm } from './account-form';
import { useAccountsStore } from './accounts-store';

type Editing = { mode: 'add' } | { mode: 'edit'; account: Account } | null;

export function AccountsScreen(): ReactElement {
  const { accounts, error } = useAccountsStore();
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Account | null>(null);
  return (
    <section className="page" aria-labelledby="accounts-title">
      <header className="page-header">
        <div>
          <h1 id="accounts-title">Accounts</h1>
          <p>Your IONOS reseller and HostBill portal sign-ins. Passwords and tokens stay in the OS keychain.</p>
        </div>
        <div className="page-actions">
          <Button variant="primary" icon="plus" onClick={() => setEditing({ mode: 'add' })}>
            Add account
          </Button>
        </div>
      </header>
      {error && <ErrorNotice error={error} />}
      {accounts.length === 0 ? (
        <div className="card">
          <EmptyState icon="accounts" title="No accounts yet">
            Add an IONOS reseller account or a HostBill portal to start.
          </EmptyState>
        </div>
      ) : (
        <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Accounts">
          {accounts.map((account) => (
            <AccountCard
              key={account.id}
              account={account}
              onEdit={() => setEditing({ mode: 'edit', account })}
              onRemove={() => setRemoving(account)}
            />
          ))}
        </ul>
      )}
      {editing && (
        <AccountForm account={editing.mode === 'edit' ? editing.account : null} onDone={() => setEditing(null)} />
      )}
      {removing && <RemoveAccountDialog account={removing} onDone={() => setRemoving(null)} />}
    </section>
  );
}

function AccountCard({
  account,
  onEdit,
  onRemove,
}: {
  account: Account;
  onEdit: () => void;
  onRemove: () => void;
}): ReactElement {
  const test = useAccountsStore((state) => state.test);
  const [check, setCheck] = useState<AccountCheck | AppError | null>(null);
  const [testing, setTesting] = useState(false);
  async function runTest() {
    setTesting(true);
    const result = await test(account.id);
    setTesting(false);
    setCheck(result.ok ? result.value : result.error);
  }
  return (
    <li className="card card-body stack" aria-label={account.label}>
      <div className="row" style={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <div className="stack" style={{ gap: 4 }}>
          <div className="row">
            <h2>{account.label}</h2>
            <span className="badge badge-info">{ACCOUNT_KIND_LABELS[account.kind]}</span>
            {account.demo && <span className="badge">Demo</span>}
          </div>
          <dl className="definition-list">
            <dt>Address</dt>
            <dd className="mono">{account.baseUrl}</dd>
            <dt>Sign-in</dt>
            <dd>
              {AUTH_METHOD_LABELS[account.authMethod]}
              {account.username ? ` as ${account.username}` : ''}
            </dd>
            <dt>Keychain</dt>
            <dd>
              {account.hasSecret ? (
                <span className="badge badge-success">Secret stored</span>
              ) : (
                <span className="badge badge-warning">No secret stored</span>
              )}
            </dd>
          </dl>
        </div>
        <div className="page-actions">
          <Button size="small" onClick={runTest} busy={testing} aria-label={`Test connection of ${account.label}`}>
            Test connection
          </Button>
          <Button size="small" onClick={onEdit} aria-label={`Edit ${account.label}`}>
            Edit
          </Button>
          <Button size="small" variant="ghost" onClick={onRemove} aria-label={`Remove ${account.label}`}>
            Remove
          </Button>
        </div>
      </div>
      {check && ('kind' in check ? <ErrorNotice error={check} /> : <CheckResult check={check} />)}
      {check && !('kind' in check) && check.needsCode && <MfaCodeForm account={account} onChecked={setCheck} />}
    </li>
  );
}

/** The portal asked for a second factor: the code finishes the sign-in (its refresh token goes to the keychain). */
function MfaCodeForm({
  account,
  onChecked,
}: {
  account: Account;
  onChecked: (check: AccountCheck | AppError) => void;
}): ReactElement {
  const completeMfa = useAccountsStore((state) => state.completeMfa);
  const [code, setCode] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await completeMfa(account.id, code);
    setBusy(false);
    if (result.ok) onChecked(result.value);
    else setError(result.error);
  }
  return (
    <form
      className="row"
      style={{ alignItems: 'flex-start' }}
      onSubmit={submit}
      aria-label={`Second factor for ${account.label}`}
    >
      <Field
        label="Authentication code"
        hint="The code your authenticator app shows for this portal"
        error={error?.details?.code ?? (error && !error.details ? error.message : undefined)}
      >
        <input
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
      </Field>
      {/* Level with the input, below the label. */}
      <Button type="submit" variant="primary" busy={busy} style={{ marginTop: 24 }}>
        Verify code
      </Button>
    </form>
  );
}

function CheckResult({ check }: { check: AccountCheck }): ReactElement {
  return (
    <div className={`notice ${check.ok ? 'notice-success' : 'notice-danger'}`} role="status">
      <ul className="stack" style={{ gap: 4, listStyle: 'none', margin: 0, padding: 0 }} aria-label="Connection test">
        {check.steps.map((step) => (
          <li key={step.label} className="row">
            <Icon name={step.ok ? 'check' : 'alert'} />
            <strong>{step.label}</strong>
            <span>{step.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function RemoveAccountDialog({ account, onDone }: { account: Account; onDone: () => void }): ReactElement {
  const remove = useAccountsStore((state) => state.remove);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  async function confirm() {
    setBusy(true);
    const result = await remove(account.id);
    setBusy(false);
    if (result.ok) onDone();
    else setError(result.error);
  }
  return (
    <Dialog
      title={`Remove ${account.label}?`}
      description="Its password or token is deleted from the keychain and all of its cached data is deleted from this computer. Nothing changes on the server."
      onClose={onDone}
      footer={
        <>
          <Button onClick={onDone}>Cancel</Button>
          <Button variant="danger" onClick={confirm} busy={busy}>
            Remove account
          </Button>
        </>
      }
    >
      {error && <ErrorNotice error={error} />}
    </Dialog>
  );
}
