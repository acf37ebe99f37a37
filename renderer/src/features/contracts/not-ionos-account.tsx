import { useState, type ReactElement } from 'react';
import type { Account } from '../../../../common/models/account';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { AccountForm } from '../accounts/account-form';
import { useAccountsStore } from '../accounts/accounts-store';
import { useSettingsStore } from '../settings/settings-store';

/** Contracts belong to an IONOS reseller account: say so, and offer to switch to one or add one. */
export function NotIonosAccount({ active }: { active: Account | null }): ReactElement {
  const ionos = useAccountsStore((state) => state.accounts).filter((account) => account.kind === 'ionos-reseller');
  const setActive = useSettingsStore((state) => state.setActiveAccount);
  const [adding, setAdding] = useState(false);
  return (
    <section className="page" aria-labelledby="contracts-title">
      <header className="page-header">
        <div>
          <h1 id="contracts-title">Contracts</h1>
          <p>IONOS reseller contracts and their admin users.</p>
        </div>
      </header>
      <div className="card">
        <EmptyState
          icon="contracts"
          title={active ? `“${active.label}” is not an IONOS reseller account` : 'No account is selected'}
          actions={
            <>
              {ionos.map((account) => (
                <Button key={account.id} onClick={() => void setActive(account.id)}>
                  Switch to {account.label}
                </Button>
              ))}
              <Button variant={ionos.length === 0 ? 'primary' : 'default'} icon="plus" onClick={() => setAdding(true)}>
                Add an IONOS account
              </Button>
            </>
          }
        >
          {ionos.length > 0
            ? 'Contracts come from an IONOS reseller account. Switch to one of yours:'
            : 'Contracts come from an IONOS reseller account. Add one with its username and password or an API token.'}
        </EmptyState>
      </div>
      {adding && <AccountForm account={null} onDone={() => setAdding(false)} />}
    </section>
  );
}
