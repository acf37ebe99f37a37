import type { ReactElement } from 'react';
import type { Route } from '../../app/navigation-store';
import { selectActiveAccount, useAccountsStore } from '../accounts/accounts-store';
import { useSettingsStore } from '../settings/settings-store';
import '../../styles/contracts.css';
import { ContractDetail } from './contract-detail';
import { ContractsList } from './contracts-list';
import { useContractsStore } from './contracts-store';
import { NotIonosAccount } from './not-ionos-account';

// This chunk loads when the area is first opened: ask main for the list right away, in parallel
// with React revealing the screen, instead of after the list has mounted.
{
  const accounts = useAccountsStore.getState().accounts;
  const active = selectActiveAccount(accounts, useSettingsStore.getState().settings.activeAccountId);
  if (active?.kind === 'ionos-reseller') void useContractsStore.getState().load(active.id);
}

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
