/**
 * Quotes and orders. A quote is a read for the portal (nothing is created) and goes out live.
 * An order is sent once: when its answer is lost (timeout, dropped connection) it is not sent again;
 * the services and invoices are re-read and the user is told what the portal has now.
 */
import { hostingKeys } from '../../../common/channels/hosting';
import { invoiceKeys } from '../../../common/channels/invoices';
import type { OrderOutcome } from '../../../common/channels/portal';
import { portalKeys } from '../../../common/channels/portal';
import { toAppError } from '../../../common/errors';
import type { OrderForm } from '../../../common/portal/order-form';
import type { OrderItemInput, OrderOptionsInput } from '../../../common/portal/order-item';
import type { Quote } from '../../../common/models/hostbill';
import type { HostbillClient } from '../../api/hostbill';
import type { FeatureDeps } from '../feature-deps';
import { clientFor, portalWrite } from '../kernel';
import type { PortalDocuments } from './documents';

const DAY_MS = 86_400_000;

/** Pending services the portal did not have before, and unpaid invoices from the last day. */
async function recentlyCreated(client: HostbillClient, now: number, knownServiceIds: ReadonlySet<string>) {
  const since = new Date(now - DAY_MS).toISOString().slice(0, 10);
  const [services, invoices] = await Promise.all([client.listServices(), client.listInvoices()]);
  return {
    services: services.filter((s) => s.status.toLowerCase() === 'pending' && !knownServiceIds.has(s.id)),
    invoices: invoices.filter((i) => i.status.toLowerCase() === 'unpaid' && (i.date ?? '') >= since),
  };
}

export function createOrders(deps: FeatureDeps, docs: PortalDocuments) {
  const names = (accountId: string, items: readonly OrderItemInput[]) =>
    items
      .map((item) => docs.get<OrderForm>(accountId, portalKeys.key.form({ productId: item.productId }))?.name)
      .filter((name): name is string => typeof name === 'string');

  return {
    async quote(accountId: string, items: readonly OrderItemInput[], options: OrderOptionsInput): Promise<Quote> {
      const client = await clientFor(deps, accountId, 'hostbill');
      return client.getQuote(items, options);
    },

    async place(
      accountId: string,
      items: readonly OrderItemInput[],
      options: OrderOptionsInput,
    ): Promise<OrderOutcome> {
      const productNames = names(accountId, items);
      // What the portal had before, so a lost answer can be told apart from older pending services.
      const client = await clientFor(deps, accountId, 'hostbill');
      const known = new Set((await client.listServices()).map((s) => s.id));
      try {
        const order = await portalWrite(deps, {
          accountId,
          kind: 'hostbill',
          send: (client) => {
            const [single] = items;
            return items.length === 1 && single
              ? client.orderProduct(single, options)
              : client.orderMany(items, options);
          },
          changed: [],
          // The order created a pending service and an unpaid invoice: both lists sync at once.
          outdated: [hostingKeys.key.services(), invoiceKeys.key.list()],
          activity: {
            area: 'orders',
            action: 'place order',
            target: productNames.join(', ') || items.map((i) => `product ${i.productId}`).join(', '),
            values: { items: items.length, ...(options.promocode ? { promocode: options.promocode } : {}) },
          },
        });
        return { status: 'placed', order };
      } catch (thrown) {
        const error = toAppError(thrown);
        if (error.kind !== 'network' && error.kind !== 'timeout') throw thrown;
        const found = await recentlyCreated(client, deps.clock(), known).catch(() => null);
        const message =
          found === null
            ? 'The portal did not answer and could not be read back. The order was not sent again: check Services and Invoices before ordering again.'
            : found.services.length > 0
              ? 'The portal did not answer, but it now shows a new pending order. The order was not sent again.'
              : 'The portal did not answer and shows no new pending service yet. The order was not sent again: check again before ordering again.';
        return { status: 'unknown', message, found };
      }
    },
  };
}
