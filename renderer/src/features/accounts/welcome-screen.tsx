import { lazy, Suspense, useState, type ReactElement } from 'react';
import type { AppError } from '../../../../common/errors';
import { Button } from '../../components/button';
import { ErrorNotice } from '../../components/error-notice';
import { Icon } from '../../components/icons';
import { useAccountsStore } from './accounts-store';
import { accountHref, useNavigation } from '../../app/navigation-store';

// The form (and its validation schemas) loads when asked for, not with the first screen.
const AccountForm = lazy(async () => ({ default: (await import('./account-form')).AccountForm }));

/** First start: no accounts yet. Add a real one, or explore the demo backed by the local sandbox. */
export function WelcomeScreen(): ReactElement {
  const startDemo = useAccountsStore((state) => state.startDemo);
  const open = useNavigation((state) => state.open);
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  async function demo() {
    setBusy(true);
    setError(null);
    const result = await startDemo();
    setBusy(false);
    if (!result.ok) return setError(result.error);
    // The demo opens on the demo reseller's contracts.
    const reseller = result.value.find((account) => account.demo && account.kind === 'ionos-reseller');
    if (reseller) open(accountHref(reseller.id, 'contracts'));
  }
  return (
    <section className="page" aria-labelledby="welcome-title">
      <div className="card card-body stack" style={{ maxWidth: 640, margin: '48px auto', padding: 32 }}>
        <span className="brand-mark" style={{ width: 44, height: 44 }}>
          <Icon name="bolt" size={24} />
        </span>
        <h1 id="welcome-title">Welcome to Reseller Console</h1>
        <p className="muted">
          Manage IONOS reseller contracts and your HostBill portal — services, virtual machines, DNS, invoices and
          tickets — in one place. Data you have seen stays readable offline, encrypted on this computer.
        </p>
        {error && <ErrorNotice error={error} />}
        <div className="row" style={{ marginTop: 8 }}>
          <Button variant="primary" icon="plus" onClick={() => setAdding(true)}>
            Add your first account
          </Button>
          <Button onClick={demo} busy={busy}>
            Try the demo
          </Button>
        </div>
        <p className="faint" style={{ fontSize: 12.5 }}>
          The demo runs simulated IONOS and HostBill servers inside the app, on this computer only.
        </p>
      </div>
      {adding && (
        <Suspense fallback={null}>
          <AccountForm account={null} onDone={() => setAdding(false)} />
        </Suspense>
      )}
    </section>
  );
}
