/**
 * The test hook that makes invoices change between two syncs, as they do on a live portal: one gets paid,
 * a new one is raised, one is cancelled. Served at POST /__sandbox/invoices {action, id?} (no auth, no
 * faults) and callable directly by in-process tests.
 */
import { parseJson, type SandboxHandler } from '../server-kit';
import { createInvoice } from './invoices';
import { ymdhms } from './rng';
import type { HostbillState, InvoiceRecord } from './state';

export type InvoiceChange = 'pay' | 'add' | 'cancel';
export const INVOICE_CHANGES: readonly InvoiceChange[] = ['pay', 'add', 'cancel'];

export interface InvoiceChangeResult {
  readonly id: string;
  readonly status: string;
}

/** Applies one change; `id` picks the invoice (default: the newest unpaid). Throws with a reason when it cannot. */
export function changeInvoice(
  state: HostbillState,
  action: InvoiceChange,
  id: string | undefined,
  now = new Date(),
): InvoiceChangeResult {
  if (action === 'add') {
    const service = [...state.services.values()][0];
    const invoice = createInvoice(
      state,
      [
        {
          type: 'Hosting',
          itemId: service?.id ?? '0',
          description: `${service?.name ?? 'Hosting'} (renewal)`,
          amount: 24.9,
        },
      ],
      now,
    );
    return { id: invoice.id, status: invoice.status };
  }
  const invoice = id === undefined ? newestUnpaid(state) : state.invoices.get(id);
  if (!invoice) throw new Error(id === undefined ? 'no unpaid invoice left' : `no invoice ${id}`);
  if (invoice.status !== 'Unpaid') throw new Error(`invoice ${invoice.id} is ${invoice.status}, not Unpaid`);
  if (action === 'pay') {
    invoice.status = 'Paid';
    invoice.datepaid = ymdhms(now);
  } else {
    invoice.status = 'Cancelled';
  }
  return { id: invoice.id, status: invoice.status };
}

function newestUnpaid(state: HostbillState): InvoiceRecord | undefined {
  let found: InvoiceRecord | undefined;
  for (const invoice of state.invoices.values()) if (invoice.status === 'Unpaid') found = invoice;
  return found;
}

/** The control route's handler: 200 `{id, status}`, 400 with the reason otherwise. */
export function invoiceChangeControl(state: HostbillState): SandboxHandler {
  return (request) => {
    const body = parseJson(request.bodyText) as { action?: unknown; id?: unknown } | undefined;
    const action = body?.action as InvoiceChange;
    if (request.method !== 'POST' || !INVOICE_CHANGES.includes(action)) {
      return { status: 400, body: { error: `POST {"action": one of ${INVOICE_CHANGES.join(', ')}, "id"?: string}` } };
    }
    try {
      return {
        status: 200,
        body: { ...changeInvoice(state, action, typeof body?.id === 'string' ? body.id : undefined) },
      };
    } catch (thrown) {
      return { status: 400, body: { error: (thrown as Error).message } };
    }
  };
}
