/**
 * Applying credit (money): read the invoice first so the check and the "before" are current, POST once
 * through the kernel (never repeated), then re-read the invoice and the balance. When the answer never
 * came (timeout, dropped connection) the re-read decides whether the credit was applied, and says so.
 */
import { invoiceKeys, type CreditOutcome } from '../../../common/channels/invoices';
import { creditAmountProblem } from '../../../common/invoices/credit';
import { toCents } from '../../../common/invoices/money';
import { fail, toAppError } from '../../../common/errors';
import type { Invoice } from '../../../common/models/hostbill';
import type { FeatureDeps } from '../feature-deps';
import { clientFor, portalWrite } from '../kernel';
import type { InvoiceReads } from './reads';
import type { InvoicesRepo } from './repo';

const money = (amount: number, currency: string | null): string =>
  `${amount.toFixed(2)}${currency ? ` ${currency}` : ''}`;

export function createCreditAction(deps: FeatureDeps, repo: InvoicesRepo, reads: InvoiceReads) {
  const list = invoiceKeys.key.list();

  async function readInvoice(accountId: string, invoiceId: string): Promise<Invoice> {
    const client = await clientFor(deps, accountId, 'hostbill');
    const invoice = await client.getInvoice(invoiceId);
    if (repo.isOpen()) repo.storeDetail(accountId, invoice);
    return invoice;
  }

  return async function applyCredit(accountId: string, invoiceId: string, amount: number): Promise<CreditOutcome> {
    deps.requireAccount(accountId, 'hostbill');
    if (!repo.row(accountId, invoiceId))
      fail('not-found', 'This invoice is not in the cache: refresh the invoices first.');
    // Fresh state before money moves: offline ends here, before anything was sent.
    const before = await readInvoice(accountId, invoiceId);
    await reads.rereadBalance(accountId);
    const row = repo.row(accountId, invoiceId)!;
    const problem = creditAmountProblem(row, repo.balance(accountId), amount);
    if (problem) fail('validation', problem, { details: { amount: problem } });
    const currency = row.currency;
    const changed = [list, invoiceKeys.key.invoice({ invoiceId }), invoiceKeys.key.balance()];
    const activity = {
      area: 'invoices',
      action: 'apply credit',
      target: `invoice ${row.number ?? invoiceId}`,
      route: `invoices/${invoiceId}`,
      values: { amount, currency },
    };
    try {
      const answer = await portalWrite(deps, {
        accountId,
        kind: 'hostbill',
        send: (client) => client.applyCredit(invoiceId, amount),
        changed,
        activity,
      });
      await settle(accountId, invoiceId);
      const applied = answer.applied ?? amount;
      return {
        applied: true,
        amount: applied,
        currency,
        invoiceStatus: answer.invoiceStatus ?? repo.row(accountId, invoiceId)?.status ?? null,
        confirmedByReread: false,
        message: `Applied ${money(applied, currency)} of credit.`,
      };
    } catch (thrown) {
      const error = toAppError(thrown);
      if (error.kind !== 'network' && error.kind !== 'timeout') throw thrown;
      return confirmAfterDrop(accountId, invoiceId, before, currency);
    }
  };

  /** The POST's answer was lost: re-read, compare with the invoice as it was just before, and tell. */
  async function confirmAfterDrop(
    accountId: string,
    invoiceId: string,
    before: Invoice,
    currency: string | null,
  ): Promise<CreditOutcome> {
    let after: Invoice;
    try {
      after = await readInvoice(accountId, invoiceId);
    } catch {
      fail(
        'network',
        'The portal did not answer, so whether the credit was applied is not known. Check the invoice when the portal is reachable before trying again.',
      );
    }
    await reads.rereadBalance(accountId);
    for (const resource of [list, invoiceKeys.key.invoice({ invoiceId }), invoiceKeys.key.balance()]) {
      deps.events.emit('cache.changed', { accountId, resource });
    }
    const added = (toCents(after.credit ?? 0) - toCents(before.credit ?? 0)) / 100;
    const applied = added > 0 || (before.status !== after.status && after.status === 'Paid');
    return {
      applied,
      amount: applied ? added : null,
      currency,
      invoiceStatus: after.status,
      confirmedByReread: true,
      message: applied
        ? `The connection dropped, but the portal did apply ${money(added, currency)} of credit (checked by reading the invoice again). It was not sent twice.`
        : 'The connection dropped before the portal applied the credit (checked by reading the invoice again): nothing was applied. You can try again.',
    };
  }

  /** After a confirmed credit: the invoice and the balance as the portal now has them (best effort). */
  async function settle(accountId: string, invoiceId: string): Promise<void> {
    await Promise.all([reads.reread(accountId, invoiceId), reads.rereadBalance(accountId)]);
  }
}
