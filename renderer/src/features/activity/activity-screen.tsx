/**
 * The activity log (#/activity): every write the app sent to a portal, with its outcome. The
 * account, area, outcome and date filters are applied by main (the log may hold a year of entries);
 * the table's own search narrows what is shown; Export CSV writes every entry the filters match.
 */
import { useCallback, useMemo, useState, type ReactElement } from 'react';
import { ACTIVITY_OUTCOMES, type ActivityFilters, type ActivityLogEntry } from '../../../../common/channels/activity';
import type { AppError } from '../../../../common/errors';
import { Button } from '../../components/button';
import { DataTable } from '../../components/data-table/data-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorNotice } from '../../components/error-notice';
import { useNavigation } from '../../app/navigation-store';
import { useAccountsStore } from '../accounts/accounts-store';
import { activityColumns, outcomeLabel, targetHref } from './activity-columns';
import { exportActivity, useActivityLog } from './activity-data';
import './activity.css';

const NO_ENTRIES: readonly ActivityLogEntry[] = [];

export function ActivityScreen(): ReactElement {
  const [filters, setFilters] = useState<ActivityFilters>({});
  const log = useActivityLog(filters);
  const accountList = useAccountsStore((s) => s.accounts);
  const accounts = useMemo(() => new Map(accountList.map((a) => [a.id, a])), [accountList]);
  const columns = useMemo(() => activityColumns(accounts), [accounts]);
  const open = useNavigation((s) => s.open);
  const [exported, setExported] = useState<{ path: string } | AppError | null>(null);
  const [exporting, setExporting] = useState(false);

  const set = (change: Partial<ActivityFilters>) => {
    const next: Record<string, string> = { ...filters, ...change };
    for (const key of Object.keys(next)) if (!next[key]) delete next[key];
    setFilters(next as ActivityFilters);
  };
  const onOpen = useCallback(
    (entry: ActivityLogEntry) => {
      const href = targetHref(entry, accounts);
      if (href) open(href);
    },
    [accounts, open],
  );
  const runExport = async () => {
    setExporting(true);
    const result = await exportActivity(filters);
    setExporting(false);
    if (!result.ok) setExported(result.error);
    else if (result.value) setExported(result.value);
  };

  const page = log.page;
  const toolbar = (
    <div className="activity-filters">
      <select aria-label="Account" value={filters.accountId ?? ''} onChange={(e) => set({ accountId: e.target.value })}>
        <option value="">All accounts</option>
        {accountList.map((account) => (
          <option key={account.id} value={account.id}>
            {account.label}
          </option>
        ))}
      </select>
      <select aria-label="Area" value={filters.area ?? ''} onChange={(e) => set({ area: e.target.value })}>
        <option value="">All areas</option>
        {(page?.areas ?? []).map((area) => (
          <option key={area} value={area}>
            {area}
          </option>
        ))}
      </select>
      <select
        aria-label="Outcome"
        value={filters.outcome ?? ''}
        onChange={(e) => set({ outcome: (e.target.value || undefined) as ActivityFilters['outcome'] })}
      >
        <option value="">All outcomes</option>
        {ACTIVITY_OUTCOMES.map((outcome) => (
          <option key={outcome} value={outcome}>
            {outcomeLabel(outcome)}
          </option>
        ))}
      </select>
      <label className="activity-date">
        From
        <input type="date" value={filters.from ?? ''} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label className="activity-date">
        To
        <input type="date" value={filters.to ?? ''} onChange={(e) => set({ to: e.target.value })} />
      </label>
      <Button icon="copy" busy={exporting} disabled={!page || page.total === 0} onClick={() => void runExport()}>
        Export CSV
      </Button>
    </div>
  );

  return (
    <section className="page activity-page" aria-labelledby="activity-title">
      <header className="page-header">
        <div className="page-heading">
          <h1 id="activity-title">Activity</h1>
          <p>
            Every change the app sent to a portal, with its outcome. Kept for a year.
            {page && page.total > page.entries.length && (
              <>
                {' '}
                Showing the newest {page.entries.length.toLocaleString()} of {page.total.toLocaleString()}.
              </>
            )}
          </p>
        </div>
      </header>
      {log.error && <ErrorNotice error={log.error} />}
      {exported && 'kind' in exported && <ErrorNotice error={exported} />}
      {exported && 'path' in exported && (
        <div className="notice notice-success" role="status">
          Saved to <code>{exported.path}</code>
        </div>
      )}
      <DataTable
        id="activity"
        label="Activity"
        noun={{ one: 'entry', other: 'entries' }}
        rows={page?.entries ?? NO_ENTRIES}
        rowKey={(entry) => String(entry.id)}
        columns={columns}
        defaultSort={{ column: 'at', direction: 'descending' }}
        search={{ label: 'Search activity', placeholder: 'Target, action, values or message' }}
        onOpen={onOpen}
        isOpenable={(entry) => targetHref(entry, accounts) !== null}
        noMatch="No entry matches the search."
        toolbar={toolbar}
        empty={
          <EmptyState icon="bolt" title={log.loading ? 'Loading…' : 'No activity'}>
            {log.loading
              ? null
              : Object.keys(filters).length > 0
                ? 'No change matches these filters.'
                : 'Changes you make (renames, VM actions, new records…) are listed here with their outcome.'}
          </EmptyState>
        }
      />
    </section>
  );
}
