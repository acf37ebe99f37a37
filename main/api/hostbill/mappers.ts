/**
 * Wire rows → domain objects, one function per entity. Each tolerates missing fields and either
 * spelling a portal uses; samples from the seed documentation are in normalize.test.ts.
 */
import type {
  AccountDetails,
  BillingAddress,
  Contact,
  HostbillService,
  Invoice,
  InvoiceLine,
  InvoiceSummary,
  Notification,
  StatusEntry,
  Ticket,
  TicketFile,
  TicketReply,
  TicketSummary,
  Vm,
} from '../../../common/models/hostbill';
import { bool, date, id, int, isRaw, money, num, pick, rawListOrMap, strings, text, type Raw } from './normalize';

export function toService(raw: Raw): HostbillService {
  const name = text(pick(raw, 'name', 'product', 'product_name')) ?? 'Service';
  const category = text(pick(raw, 'category', 'category_name'));
  return {
    id: id(raw.id) ?? '',
    name,
    domain: text(raw.domain),
    status: text(raw.status) ?? 'Unknown',
    billingCycle: text(pick(raw, 'billingcycle', 'billing_cycle')),
    nextDue: date(pick(raw, 'next_due', 'nextdue')),
    nextInvoice: date(raw.next_invoice),
    createdAt: date(pick(raw, 'date_created', 'regdate')),
    amount: money(pick(raw, 'total', 'amount', 'recurring_amount')),
    firstPayment: money(raw.firstpayment),
    currency: text(pick(raw, 'currency', 'currency_code')),
    label: text(raw.label),
    category,
    username: text(raw.username),
    kind: serviceKind(`${category ?? ''} ${text(raw.category_url) ?? ''} ${name} ${text(raw.type) ?? ''}`),
    // Only the detail carries it, and only when there is one: absent says nothing.
    cancelRequested:
      raw.cancel_request !== undefined && raw.cancel_request !== null && raw.cancel_request !== false ? true : null,
  };
}

function serviceKind(hint: string): HostbillService['kind'] {
  const h = hint.toLowerCase();
  if (/cloud|vps|virtual|server|proxmox|openstack|kvm/.test(h)) return 'vps';
  if (/dns/.test(h)) return 'dns';
  if (/domain/.test(h)) return 'domain';
  if (/host/.test(h)) return 'hosting';
  return 'other';
}

/** VM fields are undocumented: accept the spellings seen in HostBill modules. */
export function toVm(raw: Raw, serviceId: string | null): Vm {
  const ips = collectIps(raw);
  const memory = num(pick(raw, 'memory_mb', 'memory', 'ram', 'mem'));
  const disk = num(pick(raw, 'disk_gb', 'disk', 'disk_size', 'storage'));
  return {
    id: id(pick(raw, 'id', 'vmid', 'vm_id', 'uuid')) ?? '',
    serviceId: id(pick(raw, 'service_id', 'serviceId', 'account_id')) ?? serviceId,
    label: text(pick(raw, 'label', 'name')),
    hostname: text(pick(raw, 'hostname', 'host', 'fqdn')),
    state: text(pick(raw, 'status', 'state', 'power_state')),
    ipv4: ips.v4,
    ipv6: ips.v6,
    template: text(pick(raw, 'template', 'template_id', 'image')),
    templateName: text(pick(raw, 'template_name', 'os_name')),
    os: text(pick(raw, 'os', 'os_name', 'distribution')),
    flavor: text(pick(raw, 'flavor_name', 'flavor', 'flavor_id', 'plan')),
    cpu: int(pick(raw, 'cpu', 'cpus', 'vcpu', 'vcpus', 'cores')),
    // Some modules give memory in GB (small numbers) when they call it "memory_gb".
    memoryMb: raw.memory_gb !== undefined ? (num(raw.memory_gb) ?? 0) * 1024 || null : memory,
    diskGb: disk,
    createdAt: date(pick(raw, 'created_at', 'created', 'date_created', 'createdAt')),
  };
}

function collectIps(raw: Raw): { v4: string[]; v6: string[] } {
  const all = [
    ...strings(pick(raw, 'ipv4', 'ip', 'ip_address', 'ipaddress', 'main_ip')),
    ...strings(raw.ipv6),
    ...(Array.isArray(raw.ips)
      ? raw.ips.flatMap((entry) => (isRaw(entry) ? strings(pick(entry, 'address', 'ip', 'ipaddress')) : strings(entry)))
      : strings(raw.ips)),
  ];
  const unique = [...new Set(all)];
  return { v4: unique.filter((ip) => !ip.includes(':')), v6: unique.filter((ip) => ip.includes(':')) };
}

export function toInvoiceSummary(raw: Raw): InvoiceSummary {
  return {
    id: id(raw.id) ?? '',
    number: text(raw.number),
    status: text(raw.status) ?? 'Unknown',
    date: date(pick(raw, 'date', 'dateorig')),
    dueDate: date(pick(raw, 'duedate', 'paybefore')),
    paidAt: date(raw.datepaid),
    total: money(raw.total),
    currency: text(raw.currency),
  };
}

export function toInvoice(raw: Raw): Invoice {
  const items = rawListOrMap.safeParse(raw.items);
  return {
    ...toInvoiceSummary(raw),
    subtotal: money(raw.subtotal),
    credit: money(raw.credit),
    tax: money(raw.tax),
    taxRate: num(raw.taxrate),
    tax2: money(raw.tax2),
    taxRate2: num(raw.taxrate2),
    notes: text(raw.notes),
    lines: (items.success ? items.data : []).map(toInvoiceLine),
    address: isRaw(raw.client) ? toBillingAddress(raw.client) : null,
  };
}

function toBillingAddress(raw: Raw): BillingAddress {
  const name = [text(raw.firstname), text(raw.lastname)].filter((part) => part !== null).join(' ');
  const cityLine = [text(raw.postcode), text(raw.city), text(raw.state)].filter((part) => part !== null).join(' ');
  return {
    name: name === '' ? null : name,
    company: text(raw.companyname),
    lines: [text(raw.address1), text(raw.address2), cityLine === '' ? null : cityLine].filter(
      (line): line is string => line !== null,
    ),
    country: text(raw.country),
    email: text(raw.email),
    phone: text(raw.phonenumber),
  };
}

function toInvoiceLine(raw: Raw): InvoiceLine {
  return {
    id: id(raw.id) ?? '',
    type: text(raw.type),
    description: text(raw.description) ?? '',
    amount: money(raw.amount),
    quantity: num(raw.qty),
    lineTotal:
      money(raw.linetotal) ??
      (money(raw.amount) !== null && num(raw.qty) !== null ? round2(money(raw.amount)! * num(raw.qty)!) : null),
    taxed: bool(raw.taxed),
    serviceId: Number(id(raw.item_id)) > 0 ? id(raw.item_id) : null,
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function toTicketSummary(raw: Raw): TicketSummary {
  return {
    number: id(pick(raw, 'ticket_number', 'number', 'id')) ?? '',
    subject: text(raw.subject) ?? '',
    status: text(raw.status) ?? 'Unknown',
    department: text(pick(raw, 'deptname', 'department')),
    createdAt: date(raw.date),
    lastReplyAt: date(raw.lastreply),
    read: bool(raw.client_read),
  };
}

export function toTicket(raw: Raw, replies: unknown): Ticket {
  const list = rawListOrMap.safeParse(replies ?? raw.replies);
  return {
    ...toTicketSummary(raw),
    author: text(raw.name),
    body: text(raw.body) ?? '',
    replies: (list.success ? list.data : []).map(toTicketReply),
    attachments: toTicketFiles(raw.attachments),
  };
}

function toTicketFiles(value: unknown): TicketFile[] {
  return (rawListOrMap.safeParse(value).data ?? []).map((a) => ({
    id: id(a.id) ?? '',
    name: text(pick(a, 'filename', 'name')) ?? '',
    size: num(pick(a, 'size', 'filesize')),
  }));
}

function toTicketReply(raw: Raw): TicketReply {
  return {
    id: id(raw.id) ?? '',
    author: text(raw.name) ?? '',
    date: date(raw.date),
    body: text(raw.body) ?? '',
    type: text(raw.type),
    attachments: toTicketFiles(raw.attachments),
  };
}

export function toContact(raw: Raw): Contact {
  return {
    id: id(raw.id) ?? '',
    email: text(raw.email),
    firstName: text(raw.firstname),
    lastName: text(raw.lastname),
    companyName: text(raw.companyname),
    lastLogin: date(raw.lastlogin),
    phone: text(raw.phonenumber),
    address1: text(raw.address1),
    address2: text(raw.address2),
    city: text(raw.city),
    state: text(raw.state),
    postcode: text(raw.postcode),
    country: text(raw.country),
    type: text(raw.type),
    privileges: isRaw(raw.privileges) ? raw.privileges : null,
  };
}

export function toAccountDetails(raw: Raw): AccountDetails {
  const { privileges: _ignored, ...contact } = toContact(raw);
  return { ...contact, ip: text(raw.ip), host: text(raw.host) };
}

export function toNotification(raw: Raw): Notification {
  return {
    id: id(raw.id) ?? '',
    subject: text(pick(raw, 'subject', 'title')) ?? '',
    message: text(pick(raw, 'message', 'body', 'content')),
    date: date(pick(raw, 'date', 'created_at')),
    read: bool(pick(raw, 'read', 'seen', 'ack', 'acknowledged')),
    relType: text(raw.rel_type),
    relId: id(raw.rel_id),
  };
}

export function toStatus(raw: Raw): StatusEntry {
  return {
    id: id(raw.id) ?? '',
    name: text(pick(raw, 'title', 'name', 'subject')) ?? '',
    description: text(pick(raw, 'description', 'message')),
    status: text(raw.status),
    date: date(pick(raw, 'date', 'created')),
    updatedAt: date(raw.updated),
    serviceIds: strings(pick(raw, 'services', 'service_ids')).map(String),
    seen: bool(pick(raw, 'seen', 'read')),
  };
}
