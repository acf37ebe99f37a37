import { useMemo, useState, type ReactElement } from 'react';
import { accountHref, useNavigation } from '../../app/navigation-store';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { Icon } from '../../components/icons';
import { Page } from '../../components/page';
import { isOffline } from '../../components/sync-status';
import { useAccountsStore } from '../accounts/accounts-store';
import { filterRows, formatNumber, sortRows, statusLabel, statusOptions } from './contract-rows';
import { useContractTable } from './contracts-data';
import { ContractsTable } from './contracts-table';
import { useContractsView } from './contracts-store';
import { NewContractDialog } from './new-contract-dialog';
import { OFFLINE_REASON } from './write-guard';

/** The contracts of an IONOS account: search, status filter, sortable virtualized table. */
export function ContractsList({ accountId }: { accountId: string }): ReactElement {
  const view = useContractsView();
  const table = useContractTable(accountId);
  const label = useAccountsStore((state) => state.accounts.find((account) => account.id === accountId)?.label);
  const open = useNavigation((state) => state.open);
  const [creating, setCreating] = useState(false);
  const { query, status, sort } = view;
  const cached = table.cached;
  const contracts = table.data?.contracts;
  const rows = table.data?.rows;

  const sorted = useMemo(() => sortRows(rows ?? [], sort), [rows, sort]);
  const visible = useMemo(() => filterRows(sorted, query, status), [sorted, query, status]);
  const statuses = useMemo(() => statusOptions(contracts ?? []), [contracts]);
  const offline = isOffline(cached);
  const total = contracts?.length ?? 0;

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
      <div className="contracts-toolbar" role="search" aria-label="Filter contracts">
        <label className="contracts-search">
          <Icon name="search" />
          <span className="visually-hidden">Search contracts</span>
          <input
            type="search"
            placeholder="Search number, name or reference"
            value={query}
            onChange={(event) => view.setQuery(event.target.value)}
            aria-label="Search contracts"
            spellCheck={false}
          />
        </label>
        <label className="contracts-status-filter">
          <span>Status</span>
          <select value={status} onChange={(event) => view.setStatus(event.target.value)} aria-label="Status">
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
            title={cached.refreshing || table.refreshing ? 'Loading contracts…' : 'No contracts yet'}
          >
            {cached.refreshing || table.refreshing
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
          onSort={view.setSort}
          onOpen={(id) => open(accountHref(accountId, 'contracts', id))}
        />
      )}
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
