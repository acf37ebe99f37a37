/**
 * The invoice list: filters (kept across reloads), search, totals per currency of what is shown,
 * sorting by any column, a selection for the PDF, and CSV of the filtered list or its lines. Every
 * export is written by main from the cache, so all of it works offline.
 */
import { useDeferredValue, useMemo, useState, type ReactElement } from 'react';
import type { InvoiceListing } from '../../../../common/channels/invoices';
import { currenciesOf, filterInvoices, restoreFilters, statusesOf } from '../../../../common/invoices/filters';
import type { InvoiceRow } from '../../../../common/invoices/rows';
import { totalsByCurrency } from '../../../../common/invoices/totals';
import { accountHref, useNavigation } from '../../app/navigation-store';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { Page } from '../../components/page';
import type { CachedResource } from '../../lib/use-cached-resource';
import { CurrencyTotalsTable } from './currency-totals';
import { ExportNotice, type ExportState } from './export-notice';
import { InvoiceFiltersBar } from './invoice-filters';
import { invoiceCalls } from './invoices-data';
import { InvoicesTable } from './invoices-table';
import { useStored } from './use-stored';
import { useToday } from './use-today';

const NO_ROWS: readonly InvoiceRow[] = [];

interface ListProps {
  readonly accountId: string;
  readonly list: CachedResource<InvoiceListing>;
}

export function InvoicesList({ accountId, list }: ListProps): ReactElement {
  const open = useNavigation((state) => state.open);
  const [filters, setFilters] = useStored(`rc.invoices.filters.${accountId}`, restoreFilters);
  const [exporting, setExporting] = useState<ExportState>(null);
  // Typing stays responsive: the table follows the query a frame later.
  const query = useDeferredValue(filters.query);
  const rows = list.data?.rows ?? NO_ROWS;
  const today = useToday();
  const keys = useMemo(() => new WeakMap<InvoiceRow, string>(), []);
  const shown = useMemo(
    () => filterInvoices(rows, { ...filters, query }, today, keys),
    [rows, filters, query, today, keys],
  );
  const totals = useMemo(() => totalsByCurrency(shown, today), [shown, today]);
  const statuses = useMemo(() => statusesOf(rows), [rows]);
  const currencies = useMemo(() => currenciesOf(rows), [rows]);
  const progress = list.data?.progress ?? null;
  const run = async (label: string, work: () => ReturnType<typeof invoiceCalls.exportCsv>) => {
    setExporting({ busy: label });
    setExporting({ done: await work() });
  };
  const ids = shown.map((row) => row.id);

  return (
    <Page
      className="invoices-page"
      titleId="invoices-title"
      title="Invoices"
      subtitle={
        progress && progress.done < progress.total ? (
          <span role="status" data-testid="detail-progress">
            Fetching invoice details: {progress.done} of {progress.total}. You can browse meanwhile.
          </span>
        ) : (
          `${rows.length} invoice${rows.length === 1 ? '' : 's'}`
        )
      }
      resource={list}
      actions={
        <>
          <Button
            disabled={ids.length === 0}
            onClick={() => run('Writing the CSV', () => invoiceCalls.exportCsv(accountId, ids, false))}
          >
            Export CSV
          </Button>
          <Button
            disabled={ids.length === 0}
            onClick={() => run('Writing the CSV of lines', () => invoiceCalls.exportCsv(accountId, ids, true))}
          >
            CSV of lines
          </Button>
        </>
      }
    >
      {list.data && rows.length === 0 ? (
        <EmptyState icon="invoices" title="No invoices">
          This portal account has no invoices yet{list.syncedAt ? '' : ', or they have not been loaded'}.
        </EmptyState>
      ) : (
        <>
          <InvoiceFiltersBar filters={filters} statuses={statuses} currencies={currencies} onChange={setFilters} />
          <ExportNotice state={exporting} />
          <div className="invoice-counts muted" aria-live="polite">
            {shown.length === rows.length ? `${rows.length} shown` : `${shown.length} of ${rows.length} shown`}
          </div>
          <CurrencyTotalsTable totals={totals} />
          <InvoicesTable
            rows={shown}
            today={today}
            onOpen={(invoiceId) => open(accountHref(accountId, 'invoices', invoiceId))}
            onPdf={(invoiceIds) => void run('Writing the PDF', () => invoiceCalls.exportPdf(accountId, invoiceIds))}
            noMatch="No invoice matches the search or filters."
          />
        </>
      )}
    </Page>
  );
}
