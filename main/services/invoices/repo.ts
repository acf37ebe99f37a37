/**
 * The invoice tables of the encrypted cache. Rows and details are stored as JSON of projections built
 * key by key, so nothing a portal adds to its answers reaches the cache unasked.
 */
import { rowFingerprint } from '../../../common/invoices/change-detection';
import type { InvoiceRow } from '../../../common/invoices/rows';
import type {
  Balance,
  BillingAddress,
  Invoice,
  InvoiceLine,
  InvoiceSummary,
  PaymentMethod,
} from '../../../common/models/hostbill';
import type { CacheDb } from '../../cache/database';

const SUMMARY_KEYS = [
  'id',
  'number',
  'status',
  'date',
  'dueDate',
  'paidAt',
  'total',
  'currency',
] as const satisfies readonly (keyof InvoiceSummary)[];
const LINE_KEYS = [
  'id',
  'type',
  'description',
  'amount',
  'quantity',
  'lineTotal',
  'taxed',
  'serviceId',
] as const satisfies readonly (keyof InvoiceLine)[];
const ADDRESS_KEYS = [
  'name',
  'company',
  'lines',
  'country',
  'email',
  'phone',
] as const satisfies readonly (keyof BillingAddress)[];
const DETAIL_KEYS = [
  'subtotal',
  'credit',
  'tax',
  'taxRate',
  'tax2',
  'taxRate2',
  'notes',
] as const satisfies readonly (keyof Invoice)[];

function project<T extends object>(source: T, keys: readonly (keyof T)[]): T {
  return Object.fromEntries(keys.map((key) => [key, source[key] ?? null])) as T;
}

export const summaryRow = (row: InvoiceSummary): InvoiceSummary => project(row, SUMMARY_KEYS);

export function detailRow(invoice: Invoice): Invoice {
  return {
    ...summaryRow(invoice),
    ...project(invoice, DETAIL_KEYS),
    lines: invoice.lines.map((line) => ({ ...project(line, LINE_KEYS), taxed: line.taxed === true })),
    address: invoice.address ? { ...project(invoice.address, ADDRESS_KEYS), lines: [...invoice.address.lines] } : null,
  } as Invoice;
}

interface Record {
  row_json: string;
  detail_json: string | null;
  detail_fingerprint: string | null;
}

/** The search text a cached detail adds: each line's description and amounts. */
function linesText(detail: Invoice | null): string {
  if (!detail) return '';
  return detail.lines
    .map((line) => [line.description, line.amount?.toFixed(2) ?? '', line.lineTotal?.toFixed(2) ?? ''].join(' '))
    .join('\n');
}

function toRow(record: Record): InvoiceRow {
  const summary = JSON.parse(record.row_json) as InvoiceSummary;
  const detail = record.detail_json ? (JSON.parse(record.detail_json) as Invoice) : null;
  return { ...summary, credit: detail?.credit ?? null, linesText: linesText(detail), hasDetail: detail !== null };
}

export function createInvoicesRepo(db: CacheDb) {
  const q = {
    rows: db.prepare<[string], Record>(
      'SELECT row_json, detail_json, detail_fingerprint FROM hostbill_invoices WHERE account_id = ? ORDER BY position',
    ),
    one: db.prepare<[string, string], Record>(
      'SELECT row_json, detail_json, detail_fingerprint FROM hostbill_invoices WHERE account_id = ? AND invoice_id = ?',
    ),
    fingerprints: db.prepare<[string], { invoice_id: string; detail_fingerprint: string }>(
      'SELECT invoice_id, detail_fingerprint FROM hostbill_invoices WHERE account_id = ? AND detail_fingerprint IS NOT NULL',
    ),
    listed: db.prepare<[string], { invoice_id: string; position: number; row_json: string }>(
      'SELECT invoice_id, position, row_json FROM hostbill_invoices WHERE account_id = ?',
    ),
    upsertRow: db.prepare(
      `INSERT INTO hostbill_invoices (account_id, invoice_id, position, row_json) VALUES (?, ?, ?, ?)
       ON CONFLICT(account_id, invoice_id) DO UPDATE SET position = excluded.position, row_json = excluded.row_json`,
    ),
    setDetail: db.prepare(
      `INSERT INTO hostbill_invoices (account_id, invoice_id, position, row_json, detail_json, detail_fingerprint)
       VALUES (@accountId, @invoiceId, @position, @row, @detail, @fingerprint)
       ON CONFLICT(account_id, invoice_id) DO UPDATE SET row_json = excluded.row_json,
         detail_json = excluded.detail_json, detail_fingerprint = excluded.detail_fingerprint`,
    ),
    remove: db.prepare('DELETE FROM hostbill_invoices WHERE account_id = ? AND invoice_id = ?'),
    count: db.prepare<[string], { n: number; details: number }>(
      'SELECT count(*) AS n, count(detail_json) AS details FROM hostbill_invoices WHERE account_id = ?',
    ),
    maxPosition: db.prepare<[string], { p: number | null }>(
      'SELECT MAX(position) AS p FROM hostbill_invoices WHERE account_id = ?',
    ),
    extra: db.prepare<[string, string], { json: string }>(
      'SELECT json FROM hostbill_billing WHERE account_id = ? AND kind = ?',
    ),
    setExtra: db.prepare(
      `INSERT INTO hostbill_billing (account_id, kind, json) VALUES (?, ?, ?)
       ON CONFLICT(account_id, kind) DO UPDATE SET json = excluded.json`,
    ),
  };

  function detailOf(accountId: string, invoiceId: string): Invoice | null {
    const record = q.one.get(accountId, invoiceId);
    return record?.detail_json ? (JSON.parse(record.detail_json) as Invoice) : null;
  }

  return {
    /** False once the core closed the DB: a sync still running stops writing instead of throwing. */
    isOpen: () => db.open,
    rows: (accountId: string): InvoiceRow[] => q.rows.all(accountId).map(toRow),
    row(accountId: string, invoiceId: string): InvoiceRow | null {
      const record = q.one.get(accountId, invoiceId);
      return record ? toRow(record) : null;
    },
    detail: detailOf,
    /** Fingerprint of the list row each cached detail was fetched for. */
    fingerprints: (accountId: string): Map<string, string> =>
      new Map(q.fingerprints.all(accountId).map((r) => [r.invoice_id, r.detail_fingerprint])),
    counts: (accountId: string) => q.count.get(accountId) ?? { n: 0, details: 0 },
    /** Stores the portal's list (order and rows) and drops invoices it no longer lists; details stay. */
    storeList: db.transaction((accountId: string, rows: readonly InvoiceSummary[], gone: readonly string[]) => {
      // A resync mostly finds the same rows: write only those that moved or changed.
      const stored = new Map(q.listed.all(accountId).map((r) => [r.invoice_id, r]));
      rows.forEach((row, position) => {
        const json = JSON.stringify(summaryRow(row));
        const before = stored.get(row.id);
        if (before?.position !== position || before.row_json !== json)
          q.upsertRow.run(accountId, row.id, position, json);
      });
      for (const id of gone) q.remove.run(accountId, id);
    }),
    /**
     * Stores a fetched detail with the fingerprint of the list row it was fetched for (during a sync), or
     * of its own row fields when it was read on its own (opening it, after a credit): those are then the
     * freshest the portal gave, so the list row follows them.
     */
    storeDetail(accountId: string, invoice: Invoice, listRow: InvoiceSummary = invoice): void {
      const position = q.one.get(accountId, invoice.id) ? 0 : (q.maxPosition.get(accountId)?.p ?? -1) + 1;
      const row = summaryRow(listRow);
      q.setDetail.run({
        accountId,
        invoiceId: invoice.id,
        // An existing row keeps its place (the upsert leaves position alone); a new one goes last.
        position,
        row: JSON.stringify(row),
        detail: JSON.stringify(detailRow(invoice)),
        fingerprint: rowFingerprint(row),
      });
    },
    balance: (accountId: string): Balance | null => parseExtra<Balance>(q.extra.get(accountId, 'balance')),
    setBalance: (accountId: string, balance: Balance) =>
      q.setExtra.run(accountId, 'balance', JSON.stringify(project(balance, ['currency', 'balance', 'credit']))),
    paymentMethods: (accountId: string): PaymentMethod[] | null =>
      parseExtra<PaymentMethod[]>(q.extra.get(accountId, 'payment-methods')),
    setPaymentMethods: (accountId: string, methods: readonly PaymentMethod[]) =>
      q.setExtra.run(
        accountId,
        'payment-methods',
        JSON.stringify(methods.map((m) => project(m, ['id', 'name', 'fixedFee', 'percentFee']))),
      ),
  };
}

function parseExtra<T>(record: { json: string } | undefined): T | null {
  return record ? (JSON.parse(record.json) as T) : null;
}

export type InvoicesRepo = ReturnType<typeof createInvoicesRepo>;
