import { useCallback, useEffect, useState, type ReactElement } from 'react';
import type { Account } from '../../../../common/models/account';
import type { Contract } from '../../../../common/models/contract';
import { useNavigation } from '../../app/navigation-store';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { ErrorNotice } from '../../components/error-notice';
import { OfflineBanner, SyncStatus, isOffline } from '../../components/sync-status';
import { ContractsTable } from './contracts-table';
import { useContractsStore } from './contracts-store';
import { NewContractDialog } from './new-contract-dialog';
import { OFFLINE_REASON } from './write-guard';

const NO_CONTRACTS: readonly Contract[] = [];

/** The contracts of the active IONOS account: search, status filter, sortable virtualized table, CSV export. */
export function ContractsList({ account }: { account: Account }): ReactElement {
  const store = useContractsStore();
  const go = useNavigation((state) => state.go);
  const [creating, setCreating] = useState(false);
  const { cached } = store;

  useEffect(() => {
    void useContractsStore.getState().load(account.id);
    return useContractsStore.getState().watch(account.id);
  }, [account.id]);

  const contracts = cached?.data ?? NO_CONTRACTS;
  const offline = isOffline(cached);
  // No answer from main yet counts as loading (the cache answers in milliseconds).
  const loading = cached ? cached.refreshing || store.refreshing : !store.error;
  const open = useCallback((id: string) => go('contracts', id), [go]);

  return (
    <section className="page contracts-page" aria-labelledby="contracts-title">
      <header className="page-header">
        <div>
          <h1 id="contracts-title">Contracts</h1>
          <p>
            IONOS reseller contracts of <strong>{account.label}</strong>
          </p>
        </div>
        <div className="page-actions">
          {cached && (
            <SyncStatus cached={cached} onRefresh={() => void store.refresh()} refreshing={store.refreshing} />
          )}
          <Button
            variant="primary"
            icon="plus"
            onClick={() => setCreating(true)}
            disabled={offline}
            title={offline ? OFFLINE_REASON : undefined}
          >
            New contract
          </Button>
        </div>
      </header>
      {cached && <OfflineBanner cached={cached} />}
      {store.error && <ErrorNotice error={store.error} />}
      {cached?.lastError && !offline && <ErrorNotice error={cached.lastError} />}
      <ContractsTable
        contracts={contracts}
        onOpen={open}
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
          accountId={account.id}
          onDone={(id) => {
            setCreating(false);
            if (id) go('contracts', id);
          }}
        />
      )}
    </section>
  );
}
