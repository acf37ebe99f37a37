import type { ReactElement } from 'react';
import type { AccountAreaProps } from '../../app/area-props';
import { useNavigation } from '../../app/navigation-store';
import '../../styles/contracts.css';
import { ContractDetail } from './contract-detail';
import { ContractsList } from './contracts-list';
import { prefetchContractTable } from './contracts-data';

// This chunk loads when the area is first opened: ask main for the list right away, in parallel
// with React revealing the screen, instead of after the list has mounted.
{
  const route = useNavigation.getState().route;
  if (route.kind === 'account' && route.area === 'contracts' && route.path.length === 0) {
    prefetchContractTable(route.accountId);
  }
}

/** The Contracts area of an IONOS account: the list, or one contract's detail (…/contracts/<number>). */
export function ContractsArea({ accountId, path }: AccountAreaProps): ReactElement {
  const contractId = path[0];
  return contractId ? (
    <ContractDetail key={`${accountId}:${contractId}`} accountId={accountId} contractId={contractId} />
  ) : (
    <ContractsList accountId={accountId} />
  );
}
