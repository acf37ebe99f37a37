/**
 * The HostBill portal areas as one feature: catalog and orders, contacts, the portal account and
 * affiliates, over one cache table of documents (migration 008).
 */
import { portalKeys, type AffiliateView, type portalChannels } from '../../../common/channels/portal';
import { fail } from '../../../common/errors';
import type { AffiliateRows } from '../../../common/models/hostbill';
import type { Handler } from '../../ipc/registry';
import type { FeatureDeps } from '../feature-deps';
import { createPortalDocuments } from './documents';
import { createOrders } from './orders';
import { createPortalReads, type DocumentSpec } from './reads';
import { documentSpec } from './resources';
import { createPortalWrites } from './writes';

type PortalChannel = keyof typeof portalChannels;
const key = portalKeys.key;

function specOf<T>(accountId: string, resource: string): DocumentSpec<T> {
  const parsed = portalKeys.parse(resource);
  const spec = parsed ? documentSpec(accountId, parsed) : null;
  if (!spec) fail('validation', 'Unknown portal resource');
  return spec as DocumentSpec<T>;
}

export function createPortalFeature(deps: FeatureDeps) {
  const docs = createPortalDocuments(deps.db);
  const reads = createPortalReads(deps, docs);
  const orders = createOrders(deps, docs);
  const writes = createPortalWrites(deps, docs);

  const one = <T>(accountId: string, resource: string) => reads.read(specOf<T>(accountId, resource));
  const list = <T>(accountId: string, resource: string) => reads.readList(specOf<readonly T[]>(accountId, resource));
  const affiliate = (view: Exclude<AffiliateView, 'summary'>) => (args: { accountId: string }) =>
    one<AffiliateRows>(args.accountId, key.affiliates({ list: view }));

  const handlers: { [C in PortalChannel]: Handler<C> } = {
    'catalog.categories': ({ accountId }) => list(accountId, key.categories()),
    'catalog.products': ({ accountId, categoryId }) => list(accountId, key.products({ categoryId })),
    'orders.form': ({ accountId, productId }) => one(accountId, key.form({ productId })),
    'orders.quote': ({ accountId, items, ...options }) => orders.quote(accountId, items, options),
    'orders.place': ({ accountId, items, ...options }) => orders.place(accountId, items, options),
    'contacts.list': ({ accountId }) => list(accountId, key.contacts()),
    'contacts.get': ({ accountId, contactId }) => one(accountId, key.contact({ contactId })),
    'contacts.create': ({ accountId, ...input }) => writes.createContact(accountId, input),
    'contacts.update': ({ accountId, contactId, ...input }) => writes.updateContact(accountId, contactId, input),
    'contacts.privileges': ({ accountId }) => one(accountId, key.privileges()),
    'account.details': ({ accountId }) => one(accountId, key.details()),
    'account.updateDetails': async ({ accountId, ...input }) => {
      const details = await writes.updateDetails(accountId, input);
      // The portal logs the change: re-read the log in the background so it shows there too.
      void reads.refresh(specOf(accountId, key.logs())).catch(() => undefined);
      return details;
    },
    'account.statuses': ({ accountId }) => list(accountId, key.statuses()),
    'account.setStatus': ({ accountId, statusId }) => writes.setStatus(accountId, statusId),
    'account.logs': ({ accountId }) => list(accountId, key.logs()),
    'affiliates.summary': ({ accountId }) => one(accountId, key.affiliates({ list: 'summary' })),
    'affiliates.campaigns': affiliate('campaigns'),
    'affiliates.commissions': affiliate('commissions'),
    'affiliates.payouts': affiliate('payouts'),
    'affiliates.vouchers': affiliate('vouchers'),
    'affiliates.commissionplans': affiliate('commissionplans'),
    'portal.refresh': ({ accountId, resource }) => reads.refresh(specOf(accountId, resource)),
  };
  return { kind: 'hostbill' as const, handlers };
}
