/**
 * The HostBill portal areas: catalog and orders, contacts and their privileges, the portal account
 * (details, statuses, logs) and affiliates. Every channel takes `accountId`. Reads answer from the
 * encrypted cache (Cached<T>) and refresh in the background; an optional module the portal lacks
 * answers an `unsupported` error. Quotes are live reads; orders are never repeated by themselves.
 * cache.changed resources: `portalKeys`.
 */
import { z } from 'zod';
import { channel } from '../channel';
import type { Cached, SyncOutcome } from '../models/cached';
import type {
  AccountDetails,
  AccountLogEntry,
  AffiliateRows,
  AffiliateSummary,
  Category,
  Contact,
  HostbillService,
  InvoiceSummary,
  OrderResult,
  PortalInfo,
  Product,
  Quote,
  StatusEntry,
} from '../models/hostbill';
import type { OrderForm } from '../portal/order-form';
import { orderItemSchema, orderOptionsSchema } from '../portal/order-item';
import type { PrivilegeMatrix } from '../portal/privileges';
import { contactCreateSchema, contactUpdateSchema, profileSchema } from '../portal/profile';
import { resourceKeys } from '../resource-keys';
import { hostbillIdSchema } from '../schemas/hostbill';
import { idSchema, lengthFirst } from '../validation';

export const portalKeys = resourceKeys('portal', {
  categories: [],
  products: ['categoryId'],
  form: ['productId'],
  contacts: [],
  contact: ['contactId'],
  privileges: [],
  details: [],
  statuses: [],
  logs: [],
  affiliates: ['list'],
});

export const AFFILIATE_VIEWS = [
  'summary',
  'campaigns',
  'commissions',
  'payouts',
  'vouchers',
  'commissionplans',
] as const;
export type AffiliateView = (typeof AFFILIATE_VIEWS)[number];

/**
 * What an order came to. `placed`: the portal's answer. `unknown`: the answer was lost (timeout,
 * dropped connection); the order was NOT sent again, and `found` is what the portal shows now.
 */
export type OrderOutcome =
  | { readonly status: 'placed'; readonly order: OrderResult }
  | {
      readonly status: 'unknown';
      readonly message: string;
      /** Pending services and unpaid invoices from today, re-read after the answer was lost. */
      readonly found: {
        readonly services: readonly HostbillService[];
        readonly invoices: readonly InvoiceSummary[];
      } | null;
    };

export interface ContactCreated extends PortalInfo {
  readonly contactId: string | null;
}

const account = { accountId: idSchema };
const items = z.array(orderItemSchema).min(1, 'Add a product to the order').max(20, 'At most 20 items per order');
const order = z.strictObject({ ...account, items, ...orderOptionsSchema.shape });

export const portalChannels = {
  /** The portal's product categories, from the cache; refreshed in the background when stale. */
  'catalog.categories': channel<Cached<readonly Category[]>>()(z.strictObject(account)),
  /** One category's products with their prices per billing cycle, from the cache. */
  'catalog.products': channel<Cached<readonly Product[]>>()(
    z.strictObject({ ...account, categoryId: hostbillIdSchema }),
  ),
  /** A product's order form (cycles, options, addons, domain fields) built from the portal's own form. */
  'orders.form': channel<Cached<OrderForm | null>>()(z.strictObject({ ...account, productId: hostbillIdSchema })),
  /** The portal's price for these items now, with each item's errors and notes (a read: never cached). */
  'orders.quote': channel<Quote>()(order),
  /** Places the order once; after a lost answer re-reads services and invoices and says what is there. */
  'orders.place': channel<OrderOutcome>()(order),
  /** The account's contacts, from the cache. */
  'contacts.list': channel<Cached<readonly Contact[]>>()(z.strictObject(account)),
  /** One contact with its privileges, from the cache (never a password). */
  'contacts.get': channel<Cached<Contact | null>>()(z.strictObject({ ...account, contactId: hostbillIdSchema })),
  /** Adds a contact; its password (optional) is sent once and never kept. */
  'contacts.create': channel<ContactCreated>()(z.strictObject({ ...account, ...contactCreateSchema.shape })),
  /** Changes a contact's profile and/or privileges, then caches the portal's copy. */
  'contacts.update': channel<Contact>()(
    z.strictObject({ ...account, contactId: hostbillIdSchema, ...contactUpdateSchema.shape }),
  ),
  /** What can be granted to contacts, as a matrix with readable labels and service/domain names. */
  'contacts.privileges': channel<Cached<PrivilegeMatrix | null>>()(z.strictObject(account)),
  /** The portal account's details (the portal's `client`, normalised), from the cache. */
  'account.details': channel<Cached<AccountDetails | null>>()(z.strictObject(account)),
  /** Saves the changed profile fields on the portal, then caches its answer. */
  'account.updateDetails': channel<AccountDetails>()(z.strictObject({ ...account, ...profileSchema.partial().shape })),
  /** The portal's status announcements (maintenance, incidents), from the cache. */
  'account.statuses': channel<Cached<readonly StatusEntry[]>>()(z.strictObject(account)),
  /** Marks one status announcement as seen on the portal. */
  'account.setStatus': channel<StatusEntry | null>()(z.strictObject({ ...account, statusId: hostbillIdSchema })),
  /** The account's activity log on the portal, newest first, from the cache. */
  'account.logs': channel<Cached<readonly AccountLogEntry[]>>()(z.strictObject(account)),
  /** Affiliate summary (balance, visits, referral link); `unsupported` when the portal has no affiliates. */
  'affiliates.summary': channel<Cached<AffiliateSummary | null>>()(z.strictObject(account)),
  /** Affiliate campaigns; `unsupported` when the portal has no affiliates. */
  'affiliates.campaigns': channel<Cached<AffiliateRows | null>>()(z.strictObject(account)),
  /** Affiliate commissions; `unsupported` when the portal has no affiliates. */
  'affiliates.commissions': channel<Cached<AffiliateRows | null>>()(z.strictObject(account)),
  /** Affiliate payouts; `unsupported` when the portal has no affiliates. */
  'affiliates.payouts': channel<Cached<AffiliateRows | null>>()(z.strictObject(account)),
  /** Affiliate vouchers; `unsupported` when the portal has no affiliates. */
  'affiliates.vouchers': channel<Cached<AffiliateRows | null>>()(z.strictObject(account)),
  /** Affiliate commission plans; `unsupported` when the portal has no affiliates. */
  'affiliates.commissionplans': channel<Cached<AffiliateRows | null>>()(z.strictObject(account)),
  /** The refresh button of any screen above: re-reads one `portalKeys` resource now, answers how it went. */
  'portal.refresh': channel<SyncOutcome>()(
    z.strictObject({
      ...account,
      resource: z
        .string()
        .max(200, lengthFirst('Unknown portal resource'))
        .refine((r) => portalKeys.parse(r) !== null, 'Unknown portal resource'),
    }),
  ),
};
