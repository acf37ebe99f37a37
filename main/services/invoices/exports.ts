/**
 * PDF and CSV exports, written from the cache only (they work offline) through the save-file port: the
 * native dialog in Electron, `<data-dir>/exports/` in the browser host.
 */
import { invoiceKeys } from '../../../common/channels/invoices';
import { invoiceLinesTable, invoiceListTable } from '../../../common/invoices/csv-columns';
import { localDay } from '../../../common/invoices/overdue';
import type { InvoiceRow } from '../../../common/invoices/rows';
import { toCsv } from '../../../common/csv';
import { fail } from '../../../common/errors';
import type { Invoice } from '../../../common/models/hostbill';
import type { FeatureDeps } from '../feature-deps';
import { renderInvoicesPdf } from './pdf/invoice-pdf';
import type { InvoicesRepo } from './repo';

/** One PDF of more pages than this takes long and helps nobody; CSV has no such limit. */
export const MAX_PDF_INVOICES = 2_000;

export function createInvoiceExports(deps: FeatureDeps, repo: InvoicesRepo, locale: () => string) {
  function cachedRows(accountId: string, invoiceIds: readonly string[]): InvoiceRow[] {
    const rows = invoiceIds.map((id) => repo.row(accountId, id));
    const missing = rows.filter((row) => row === null).length;
    if (missing > 0) {
      fail(
        'not-found',
        `${missing} of the chosen invoices ${missing === 1 ? 'is' : 'are'} not in the cache: refresh the invoices first.`,
      );
    }
    return rows as InvoiceRow[];
  }

  /** The cached detail, or what the list row alone tells (printed as "lines not synced yet"). */
  const printable = (accountId: string, row: InvoiceRow): Invoice =>
    repo.detail(accountId, row.id) ?? {
      ...row,
      subtotal: null,
      tax: null,
      taxRate: null,
      tax2: null,
      taxRate2: null,
      notes: null,
      lines: [],
      address: null,
    };

  const day = () => localDay(deps.clock());

  return {
    async pdf(accountId: string, invoiceIds: readonly string[]) {
      const account = deps.requireAccount(accountId, 'hostbill');
      if (invoiceIds.length > MAX_PDF_INVOICES) {
        fail('validation', `A PDF can hold at most ${MAX_PDF_INVOICES} invoices: choose fewer, or export a CSV.`);
      }
      const rows = cachedRows(accountId, invoiceIds);
      const bytes = await renderInvoicesPdf(
        rows.map((row) => printable(accountId, row)),
        {
          locale: locale(),
          accountLabel: account.label,
          generatedAt: new Date(deps.clock()),
          syncedAt: syncedAtOf(deps, accountId),
        },
      );
      const suggestedName =
        rows.length === 1 ? `invoice ${rows[0]!.number ?? rows[0]!.id}.pdf` : `invoices ${rows.length} ${day()}.pdf`;
      return deps.files.save({ folder: 'exports', suggestedName, bytes });
    },

    async csv(accountId: string, invoiceIds: readonly string[], lines: boolean) {
      deps.requireAccount(accountId, 'hostbill');
      const rows = cachedRows(accountId, invoiceIds);
      const table = lines
        ? invoiceLinesTable(rows.map((row) => repo.detail(accountId, row.id)).filter((d): d is Invoice => d !== null))
        : invoiceListTable(rows, day());
      const csv = toCsv(table.header, table.rows);
      const suggestedName = `${lines ? 'invoice lines' : 'invoices'} ${day()}.csv`;
      return deps.files.save({ folder: 'exports', suggestedName, bytes: Buffer.from(csv, 'utf8') });
    },
  };
}

function syncedAtOf(deps: FeatureDeps, accountId: string): number | null {
  const { syncedAt } = deps.sync.status(accountId, invoiceKeys.key.list());
  return syncedAt ? Date.parse(syncedAt) : null;
}
