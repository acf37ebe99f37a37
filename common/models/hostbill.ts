/**
 * HostBill client-area data as the rest of the app sees it: plain readonly objects, numbers as
 * numbers, dates as ISO strings (null for "never"/unknown). The portal's own quirks (string ids,
 * "0000-00-00", SRV arrays) are handled in main/api/hostbill/normalize.ts and never reach here.
 * Status fields stay free strings: portals add their own values and the UI shows them as they come.
 */

/** Money in the currency unit (19.65 means 19.65, not cents). */
export type Money = number;

export interface HostbillService {
  readonly id: string;
  /** Product name, e.g. "Starter Hosting". */
  readonly name: string;
  readonly domain: string | null;
  readonly status: string;
  readonly billingCycle: string | null;
  readonly nextDue: string | null;
  readonly nextInvoice: string | null;
  readonly createdAt: string | null;
  readonly amount: Money | null;
  readonly firstPayment: Money | null;
  readonly currency: string | null;
  readonly label: string | null;
  readonly category: string | null;
  /** A panel login name when the portal shows one; the service password is never carried. */
  readonly username: string | null;
  /** Hints for the UI, derived from category/product names; ServiceMethods is the real answer. */
  readonly kind: 'vps' | 'hosting' | 'domain' | 'dns' | 'other';
  /** True when the portal shows a cancellation request; null when the answer does not say (lists). */
  readonly cancelRequested?: boolean | null;
}

export interface ServiceMethod {
  readonly name: string;
  readonly method: string;
  readonly route: string;
}

/** Which features a service supports, read from GET /service/@id/methods. */
export interface ServiceMethods {
  readonly methods: readonly ServiceMethod[];
  readonly vms: boolean;
  readonly dns: boolean;
  readonly upgrade: boolean;
  readonly cancel: boolean;
  readonly label: boolean;
  readonly ips: boolean;
  readonly templates: boolean;
  readonly resources: boolean;
}

/** States in which a VM is not doing anything by itself: polling may stop once one is reached. */
export const SETTLED_VM_STATES = [
  'running',
  'stopped',
  'rescue',
  'error',
  'suspended',
  'off',
  'on',
  'active',
  'shutoff',
] as const;

/** True while a VM is still carrying out an action (starting, rebooting, building...), false once settled or unknown. */
export function isVmBusy(state: string | null): boolean {
  if (state === null) return false;
  const s = state.trim().toLowerCase();
  if ((SETTLED_VM_STATES as readonly string[]).includes(s)) return false;
  return /ing$|pending|progress|busy|build|queue|migrat|resiz|rebuild/.test(s);
}

export interface Vm {
  readonly id: string;
  readonly serviceId: string | null;
  readonly label: string | null;
  readonly hostname: string | null;
  readonly state: string | null;
  readonly ipv4: readonly string[];
  readonly ipv6: readonly string[];
  /** Template id (what a rebuild takes); `templateName` is for display. */
  readonly template: string | null;
  readonly templateName: string | null;
  readonly os: string | null;
  readonly flavor: string | null;
  readonly cpu: number | null;
  readonly memoryMb: number | null;
  readonly diskGb: number | null;
  readonly createdAt: string | null;
}

export interface VmTemplate {
  readonly id: string;
  readonly name: string;
  readonly os: string | null;
}

export interface VmResourceUsage {
  readonly name: string;
  readonly used: number | null;
  readonly total: number | null;
  readonly unit: string | null;
}

export interface VmResources {
  readonly items: readonly VmResourceUsage[];
  /** Flavors (size presets) offered for new VMs, when the portal lists them. */
  readonly flavors: readonly {
    readonly id: string;
    readonly name: string;
    readonly cpu: number | null;
    readonly memoryMb: number | null;
    readonly diskGb: number | null;
  }[];
}

export interface ServiceIp {
  readonly address: string;
  readonly version: 4 | 6;
  readonly vmId: string | null;
}

export interface DnsZone {
  readonly id: string;
  readonly name: string;
  readonly serviceId: string;
}

export interface DnsZoneList {
  readonly serviceIds: readonly string[];
  readonly zones: readonly DnsZone[];
}

export interface SrvContent {
  readonly weight: number;
  readonly port: number;
  readonly target: string;
}

export interface DnsRecord {
  readonly id: string | null;
  readonly name: string;
  readonly type: string;
  readonly ttl: number | null;
  readonly priority: number | null;
  /** A string for every type but SRV, whose content the portal keeps as [weight, port, target]. */
  readonly content: string | SrvContent;
}

export interface DnsZoneDetails {
  readonly id: string;
  readonly serviceId: string;
  readonly name: string;
  readonly records: readonly DnsRecord[];
}

export interface InvoiceSummary {
  readonly id: string;
  readonly number: string | null;
  readonly status: string;
  readonly date: string | null;
  readonly dueDate: string | null;
  readonly paidAt: string | null;
  readonly total: Money | null;
  readonly currency: string | null;
}

export interface InvoiceLine {
  readonly id: string;
  readonly type: string | null;
  readonly description: string;
  readonly amount: Money | null;
  readonly quantity: number | null;
  readonly lineTotal: Money | null;
  readonly taxed: boolean;
  /** The service this line bills, when the portal's `item_id` names one (a positive id). */
  readonly serviceId: string | null;
}

/** Who the invoice is addressed to, as the portal prints it. */
export interface BillingAddress {
  readonly name: string | null;
  readonly company: string | null;
  readonly lines: readonly string[];
  readonly country: string | null;
  readonly email: string | null;
  readonly phone: string | null;
}

export interface Invoice extends InvoiceSummary {
  readonly subtotal: Money | null;
  readonly credit: Money | null;
  readonly tax: Money | null;
  readonly taxRate: number | null;
  readonly tax2: Money | null;
  readonly taxRate2: number | null;
  readonly notes: string | null;
  readonly lines: readonly InvoiceLine[];
  readonly address: BillingAddress | null;
}

export interface CreditApplied {
  readonly invoiceStatus: string | null;
  readonly applied: Money | null;
}

export interface PaymentMethod {
  readonly id: string;
  readonly name: string;
  readonly fixedFee: Money | null;
  readonly percentFee: number | null;
}

export interface TicketSummary {
  readonly number: string;
  readonly subject: string;
  readonly status: string;
  readonly department: string | null;
  readonly createdAt: string | null;
  readonly lastReplyAt: string | null;
  readonly read: boolean;
}

/** A file on a ticket or reply; fetch it with getTicketAttachment(id). */
export interface TicketFile {
  readonly id: string;
  readonly name: string;
  /** Bytes, when the portal lists it. */
  readonly size: number | null;
}

export interface TicketReply {
  readonly id: string;
  readonly author: string;
  readonly date: string | null;
  readonly body: string;
  /** "Admin" (staff) or "Client" as the portal sends it. */
  readonly type: string | null;
  readonly attachments: readonly TicketFile[];
}

export interface Ticket extends TicketSummary {
  readonly author: string | null;
  readonly body: string;
  readonly replies: readonly TicketReply[];
  readonly attachments: readonly TicketFile[];
}

export interface TicketDepartment {
  readonly id: string;
  readonly name: string;
}

export interface TicketAttachment {
  readonly name: string | null;
  readonly contentType: string | null;
  /** The file's exact bytes (main only: they never cross IPC). */
  readonly bytes: Uint8Array;
}

export interface Contact {
  readonly id: string;
  readonly email: string | null;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly companyName: string | null;
  readonly lastLogin: string | null;
  readonly phone: string | null;
  readonly address1: string | null;
  readonly address2: string | null;
  readonly city: string | null;
  readonly state: string | null;
  readonly postcode: string | null;
  readonly country: string | null;
  readonly type: string | null;
  /** Free-form, as the portal sends it (per-area lists of privilege names). */
  readonly privileges: Readonly<Record<string, unknown>> | null;
}

export type AccountDetails = Omit<Contact, 'privileges'> & {
  readonly ip: string | null;
  readonly host: string | null;
};

export interface Balance {
  readonly currency: string | null;
  /** Unpaid invoices total. */
  readonly balance: Money | null;
  readonly credit: Money | null;
}

export interface AccountLogEntry {
  readonly id: string | null;
  readonly date: string | null;
  readonly description: string;
  readonly ip: string | null;
}

export interface Notification {
  readonly id: string;
  readonly subject: string;
  readonly message: string | null;
  readonly date: string | null;
  readonly read: boolean;
  readonly relType: string | null;
  readonly relId: string | null;
}

/** A portal status announcement (maintenance, incident) from /statuses. */
export interface StatusEntry {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly status: string | null;
  readonly date: string | null;
  readonly updatedAt: string | null;
  readonly serviceIds: readonly string[];
  readonly seen: boolean;
}

export interface Category {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly slug: string | null;
}

export interface ProductPeriod {
  readonly cycle: string;
  readonly price: Money | null;
  readonly setup: Money | null;
  readonly selected: boolean;
}

export interface Product {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly categoryId: string | null;
  readonly categoryName: string | null;
  readonly periods: readonly ProductPeriod[];
  /** The portal's order form configuration, kept as sent (deeply nested, portal-specific). */
  readonly config: unknown;
}

export interface OrderResult {
  readonly orderNumbers: readonly string[];
  readonly invoiceId: string | null;
  readonly total: Money | null;
  readonly items: readonly {
    readonly id: string;
    readonly type: string | null;
    readonly name: string | null;
    readonly productId: string | null;
  }[];
}

export interface Quote {
  readonly subtotal: Money | null;
  readonly total: Money | null;
  readonly credit: Money | null;
  readonly discount: Money | null;
  readonly recurring: readonly { readonly title: string; readonly price: Money | null; readonly cycle: string }[];
  readonly tax: readonly { readonly name: string; readonly amount: Money | null; readonly rate: number | null }[];
  /** Per item, in the order sent: whether the portal accepts it, and its own errors and notes. */
  readonly items: readonly QuoteItem[];
}

export interface QuoteItem {
  readonly index: number;
  readonly valid: boolean;
  readonly errors: readonly string[];
  readonly info: readonly string[];
}

export interface UpgradeEstimate {
  /** What the change costs now (prorated, tax included), and the new recurring price. */
  readonly charge: Money | null;
  readonly recurring: Money | null;
  readonly cycle: string | null;
  /** Every line the portal priced: each changed option or package, its setup fee and new recurring price. */
  readonly items: readonly {
    readonly name: string;
    readonly price: Money | null;
    readonly setup: Money | null;
    readonly recurring: Money | null;
  }[];
  /** The sums the portal gives beside the lines; null where it gives none. */
  readonly subtotal: Money | null;
  readonly setup: Money | null;
  readonly discount: Money | null;
  readonly credit: Money | null;
  readonly tax: readonly { readonly name: string; readonly amount: Money | null; readonly rate: number | null }[];
  /** Set when the request was sent and the portal raised an invoice for it. */
  readonly invoiceId: string | null;
  readonly info: readonly string[];
}

export interface UpgradeOption {
  readonly id: string;
  readonly name: string;
  readonly type: string | null;
  readonly items: readonly {
    readonly id: string;
    readonly name: string;
    readonly price: Money | null;
    readonly setupPrice: Money | null;
    readonly selected: boolean;
  }[];
}

/** Affiliate answers are portal-specific: rows kept as normalised flat records. */
export interface AffiliateRows {
  readonly rows: readonly Readonly<Record<string, string | number | boolean | null>>[];
}

export interface AffiliateSummary {
  readonly fields: Readonly<Record<string, string | number | boolean | null>>;
}

/** The portal's "info" lines after a write ("The record was updated successfully."). */
export interface PortalInfo {
  readonly info: readonly string[];
}
