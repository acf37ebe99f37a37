/** Services & VMs need a HostBill account: with another one active, say so and offer a way on. */
import type { ReactElement, ReactNode } from 'react';
import { useNavigation } from '../../app/navigation-store';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { selectActiveAccount, useAccountsStore } from '../accounts/accounts-store';
import { useSettingsStore } from '../settings/settings-store';

export function AccountGuard({ children }: { children: (accountId: string) => ReactNode }): ReactElement {
  const accounts = useAccountsStore((state) => state.accounts);
  const { settings, setActiveAccount } = useSettingsStore();
  const go = useNavigation((state) => state.go);
  const active = selectActiveAccount(accounts, settings.activeAccountId);
  if (active?.kind === 'hostbill') return <>{children(active.id)}</>;
  const portals = accounts.filter((account) => account.kind === 'hostbill');
  return (
    <section className="page" aria-labelledby="hosting-title">
      <header className="page-header">
        <h1 id="hosting-title">Services & VMs</h1>
      </header>
      <div className="card">
        <EmptyState
          icon="services"
          title={active ? `“${active.label}” is not a HostBill portal` : 'No account is active'}
          actions={
            <>
              {portals.map((portal) => (
                <Button key={portal.id} variant="primary" onClick={() => void setActiveAccount(portal.id)}>
                  Switch to {portal.label}
                </Button>
              ))}
              <Button variant={portals.length > 0 ? 'default' : 'primary'} icon="plus" onClick={() => go('accounts')}>
                Add a HostBill account
              </Button>
            </>
          }
        >
          Services and virtual machines come from a HostBill client portal.{' '}
          {portals.length > 0 ? 'Switch to one of your portals, or add another.' : 'Add your portal to see them here.'}
        </EmptyState>
      </div>
    </section>
  );
}
