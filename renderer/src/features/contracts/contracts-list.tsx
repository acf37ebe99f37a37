import { useCallback, useState, type ReactElement } from 'react';
import type { Contract } from '../../../../common/models/contract';
import { accountHref, useNavigation } from '../../app/navigation-store';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { Page } from '../../components/page';
import { isOffline } from '../../components/sync-status';
import { useAccountsStore } from '../accounts/accounts-store';
import { useContractTable } from './contracts-data';
import { ContractsTable } from './contracts-table';
import { NewContractDialog } from './new-contract-dialog';
import { OFFLINE_REASON } from './write-guard';

const NO_CONTRACTS: readonly Contract[] = [];

/** The contracts of an IONOS account: search, status filter, sortable virtualized table, CSV export. */
export function ContractsList({ accountId }: { accountId: string }): ReactElement {
  const table = useContractTable(accountId);
  const label = useAccountsStore((state) => state.accounts.find((account) => account.id === accountId)?.label);
  const open = useNavigation((state) => state.open);
  const [creating, setCreating] = useState(false);
  const cached = table.cached;
  const contracts = table.data ?? NO_CONTRACTS;
  const offline = isOffline(cached);
  // No answer from main yet counts as loading (the cache answers in milliseconds).
  const loading = cached ? cached.refreshing || table.refreshing : !table.error;
  const openContract = useCallback((id: string) => open(accountHref(accountId, 'contracts', id)), [open, accountId]);

  return (
    <Page
      className="contracts-page"
      titleId="contracts-title"
      title="Contracts"
      subtitle={
        <>
          IONOS reseller contracts of <strong>{label}</strong>
        </>
      }
      resource={table}
      actions={
        <Button
          variant="primary"
          icon="plus"
          onClick={() => setCreating(true)}
          disabled={offline}
          title={offline ? OFFLINE_REASON : undefined}
        >
          New contract
        </Button>
      }
    >
      <ContractsTable
        contracts={contracts}
        onOpen={openContract}
        empty={
          <EmptyState icon="contracts" title={loading ? 'Loading contracts…' : 'No contracts yet'}>
            {loading
              ? 'The first sync reads every contract of the account; later visits open at once from the cache.'
              : cached?.syncedAt
                ? 'This account has no contracts. Create the first one.'
                : 'Nothing has been loaded yet.'}
          </EmptyState>
        }
      />
      {creating && (
        <NewContractDialog
          accountId={accountId}
          onDone={(id) => {
            setCreating(false);
            if (id) open(accountHref(accountId, 'contracts', id));
          }}
        />
      )}
    </Page>
  );
}
