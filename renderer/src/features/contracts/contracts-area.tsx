import type { ReactElement } from 'react';
import type { Route } from '../../app/navigation-store';
import { selectActiveAccount, useAccountsStore } from '../accounts/accounts-store';
import { useSettingsStore } from '../settings/settings-store';
import '../../styles/contracts.css';
import { ContractDetail } from './contract-detail';
import { ContractsList } from './contracts-list';
import { NotIonosAccount } from './not-ionos-account';

/** The Contracts area: the list, or one contract's detail (#/contracts/<number>), of the active IONOS account. */
export function ContractsArea({ route }: { route: Route }): ReactElement {
  const accounts = useAccountsStore((state) => state.accounts);
  const activeId = useSettingsStore((state) => state.settings.activeAccountId);
  const active = selectActiveAccount(accounts, activeId);
  if (!active || active.kind !== 'ionos-reseller') return <NotIonosAccount active={active} />;
  const contractId = route.path[0];
  return contractId ? (
    <ContractDetail key={`${active.id}:${contractId}`} account={active} contractId={contractId} />
  ) : (
    <ContractsList account={active} />
  );
}
