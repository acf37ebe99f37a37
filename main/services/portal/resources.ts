/**
 * What each `portalKeys` resource reads from the portal and stores: projections built key by key,
 * so nothing the app did not ask for (a contact's password, a service's) reaches the cache.
 */
import { AFFILIATE_VIEWS, portalKeys, type AffiliateView } from '../../../common/channels/portal';
import type { AccountDetails, Contact, HostbillService, Product } from '../../../common/models/hostbill';
import { buildOrderForm } from '../../../common/portal/order-form';
import { buildPrivilegeMatrix } from '../../../common/portal/privileges';
import type { HostbillClient } from '../../api/hostbill';
import type { DocumentSpec } from './reads';

const CONTACT_KEYS = [
  'id',
  'email',
  'firstName',
  'lastName',
  'companyName',
  'lastLogin',
  'phone',
  'address1',
  'address2',
  'city',
  'state',
  'postcode',
  'country',
  'type',
  'privileges',
] as const satisfies readonly (keyof Contact)[];
const DETAIL_KEYS = [...CONTACT_KEYS.filter((k) => k !== 'privileges'), 'ip', 'host'] as const;

function project<T extends object>(source: T, keys: readonly string[]): T {
  return Object.fromEntries(keys.map((key) => [key, (source as Record<string, unknown>)[key] ?? null])) as T;
}

export const contactRow = (contact: Contact): Contact => project(contact, CONTACT_KEYS);
export const detailsRow = (details: AccountDetails): AccountDetails => project(details, DETAIL_KEYS);
/** The list shows products with their prices; the order form is its own resource. */
const productRow = (product: Product): Product => ({ ...product, config: null });

/** "VPS M — web1.example.com" for the privileges matrix. */
function serviceName(service: HostbillService): string {
  return service.domain ? `${service.name} — ${service.domain}` : `${service.name} #${service.id}`;
}

const AFFILIATE_READS: Record<Exclude<AffiliateView, 'summary'>, (client: HostbillClient) => Promise<unknown>> = {
  campaigns: (client) => client.listAffiliateCampaigns(),
  commissions: (client) => client.listAffiliateCommissions(),
  payouts: (client) => client.listAffiliatePayouts(),
  vouchers: (client) => client.listAffiliateVouchers(),
  commissionplans: (client) => client.listAffiliateCommissionPlans(),
};

type Parsed = NonNullable<ReturnType<typeof portalKeys.parse>>;

/** The read behind one resource key (the channels and the refresh button share it). */
export function documentSpec(accountId: string, parsed: Parsed): DocumentSpec<unknown> | null {
  const key = portalKeys.key;
  switch (parsed.name) {
    case 'categories':
      return { accountId, resource: key.categories(), fetch: (c) => c.listCategories() };
    case 'products':
      return {
        accountId,
        resource: key.products(parsed),
        fetch: async (c) => (await c.listProducts(parsed.categoryId)).map(productRow),
      };
    case 'form':
      return {
        accountId,
        resource: key.form(parsed),
        fetch: async (c) => buildOrderForm(await c.getProduct(parsed.productId)),
      };
    case 'contacts':
      return { accountId, resource: key.contacts(), fetch: async (c) => (await c.listContacts()).map(contactRow) };
    case 'contact':
      return {
        accountId,
        resource: key.contact(parsed),
        fetch: async (c) => contactRow(await c.getContact(parsed.contactId)),
      };
    case 'privileges':
      return {
        accountId,
        resource: key.privileges(),
        fetch: async (c) => {
          const [catalog, services] = await Promise.all([c.getContactPrivileges(), c.listServices().catch(() => [])]);
          return buildPrivilegeMatrix(catalog, Object.fromEntries(services.map((s) => [s.id, serviceName(s)])));
        },
      };
    case 'details':
      return { accountId, resource: key.details(), fetch: async (c) => detailsRow(await c.getDetails()) };
    case 'statuses':
      return { accountId, resource: key.statuses(), fetch: (c) => c.listStatuses() };
    case 'logs':
      return { accountId, resource: key.logs(), fetch: (c) => c.listLogs() };
    case 'affiliates': {
      const view = AFFILIATE_VIEWS.find((v) => v === parsed.list);
      if (!view) return null;
      const fetch = view === 'summary' ? (c: HostbillClient) => c.getAffiliateSummary() : AFFILIATE_READS[view];
      return { accountId, resource: key.affiliates(parsed), fetch, optional: true };
    }
  }
}
