import { useEffect, useMemo, useState, type ReactElement } from 'react';
import type { Account } from '../../../../common/models/account';
import { useNavigation } from '../../app/navigation-store';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { ErrorNotice } from '../../components/error-notice';
import { Icon } from '../../components/icons';
import { OfflineBanner, SyncStatus, isOffline } from '../../components/sync-status';
import { filterRows, formatNumber, sortRows, statusLabel, statusOptions } from './contract-rows';
import { ContractsTable } from './contracts-table';
import { useContractsStore } from './contracts-store';
import { NewContractDialog } from './new-contract-dialog';
import { OFFLINE_REASON } from './write-guard';

/** The contracts of the active IONOS account: search, status filter, sortable virtualized table. */
export function ContractsList({ account }: { account: Account }): ReactElement {
  const store = useContractsStore();
  const go = useNavigation((state) => state.go);
  const [creating, setCreating] = useState(false);
  const { cached, rows, query, status, sort } = store;

  useEffect(() => {
    void useContractsStore.getState().load(account.id);
    return useContractsStore.getState().watch(account.id);
  }, [account.id]);

  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const visible = useMemo(() => filterRows(sorted, query, status), [sorted, query, status]);
  const statuses = useMemo(() => statusOptions(cached?.data ?? []), [cached?.data]);
  const offline = isOffline(cached);
  const total = cached?.data.length ?? 0;

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
      <div className="contracts-toolbar" role="search" aria-label="Filter contracts">
        <label className="contracts-search">
          <Icon name="search" />
          <span className="visually-hidden">Search contracts</span>
          <input
            type="search"
            placeholder="Search number, name or reference"
            value={query}
            onChange={(event) => store.setQuery(event.target.value)}
            aria-label="Search contracts"
            spellCheck={false}
          />
        </label>
        <label className="contracts-status-filter">
          <span>Status</span>
          <select value={status} onChange={(event) => store.setStatus(event.target.value)} aria-label="Status">
            <option value="">All statuses</option>
            {statuses.map((value) => (
              <option key={value} value={value}>
                {statusLabel(value)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted contracts-count" aria-live="polite" data-testid="contracts-count">
          {visible.length === total
            ? `${formatNumber(total)} contracts`
            : `${formatNumber(visible.length)} of ${formatNumber(total)} contracts`}
        </span>
      </div>
      {cached && total === 0 ? (
        <div className="card">
          <EmptyState
            icon="contracts"
            title={cached.refreshing || store.refreshing ? 'Loading contracts…' : 'No contracts yet'}
          >
            {cached.refreshing || store.refreshing
              ? 'The first sync reads every contract of the account; later visits open at once from the cache.'
              : cached.syncedAt
                ? 'This account has no contracts. Create the first one.'
                : 'Nothing has been loaded yet.'}
          </EmptyState>
        </div>
      ) : (
        <ContractsTable
          rows={visible}
          total={total}
          sort={sort}
          onSort={store.setSort}
          onOpen={(id) => go('contracts', id)}
        />
      )}
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
