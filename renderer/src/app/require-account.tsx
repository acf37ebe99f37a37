/**
 * The one guard for account routes: the route's account must exist and be of the area's kind.
 * A stale link (a removed account, an old bookmark) says so and offers the accounts screen; it is
 * never "this is not an X account", because the sidebar only links areas to accounts that have them.
 */
import type { ReactElement, ReactNode } from 'react';
import { ACCOUNT_KIND_LABELS, type Account, type AccountKind } from '../../../common/models/account';
import { EmptyState } from '../components/empty-state';
import { Link } from '../components/link';
import { useAccountsStore } from '../features/accounts/accounts-store';
import { appHref } from './navigation-store';

export function RequireAccount({
  accountId,
  kind,
  children,
}: {
  accountId: string;
  kind: AccountKind;
  children: (account: Account) => ReactNode;
}): ReactElement {
  const account = useAccountsStore((state) => state.accounts.find((candidate) => candidate.id === accountId));
  if (account && account.kind === kind) return <>{children(account)}</>;
  return (
    <section className="page" aria-labelledby="missing-account-title">
      <header className="page-header">
        <h1 id="missing-account-title">Account not found</h1>
      </header>
      <div className="card">
        <EmptyState
          icon="accounts"
          title={`This link points to a ${ACCOUNT_KIND_LABELS[kind]} account that is not here`}
          actions={
            <Link className="button button-primary" href={appHref('accounts')}>
              Go to accounts
            </Link>
          }
        >
          It may have been removed. Pick an account in the sidebar, or add it again.
        </EmptyState>
      </div>
    </section>
  );
}
