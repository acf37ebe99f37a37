/**
 * The simulator's in-memory world. Plain mutable records keyed by id (Maps keep insertion order, so
 * lists come out stable). Field names here are the simulator's own; routes translate them to
 * HostBill's wire names, so this file can stay readable.
 */
import { ymdhms } from './rng';

/** The address the demo client "connects from" (documentation range). */
export const CLIENT_IP = '198.51.100.77';

export type AuthMode = 'jwt' | 'basic-only' | 'broken-jwt' | 'mfa';
export type ServiceKind = 'cloud' | 'vps' | 'hosting' | 'domain' | 'dns';

export interface ClientRecord {
  id: string;
  email: string;
  password: string;
  type: string;
  firstname: string;
  lastname: string;
  companyname: string;
  address1: string;
  address2: string;
  city: string;
  state: string;
  postcode: string;
  country: string;
  phonenumber: string;
  lastlogin: string;
  ip: string;
  host: string;
  /** Account credit that POST /invoice/@id/credit draws on. */
  credit: number;
}

export interface ContactRecord extends Omit<ClientRecord, 'credit' | 'ip' | 'host'> {
  /** Empty when the contact cannot sign in. */
  password: string;
  privileges: Record<string, unknown>;
}

export interface ServiceRecord {
  id: string;
  kind: ServiceKind;
  productId: string;
  name: string;
  category: string;
  categoryUrl: string;
  domain: string;
  label: string;
  username: string;
  password: string;
  status: string;
  billingcycle: string;
  cycleCode: string;
  total: number;
  firstpayment: number;
  dateCreated: string;
  nextDue: string;
  nextInvoice: string;
  /** Cloud/VPS resource limits; VMs may not exceed them. */
  limits?: { vms: number; cpu: number; memory: number; disk: number; ipv4: number };
  /** Upgrade resource id → selected item id. */
  upgradeSelections: Record<string, string>;
  cancelRequest?: { type: string; reason: string; date: string };
}

export type VmStatus =
  | 'running'
  | 'stopped'
  | 'rescue'
  | 'building'
  | 'starting'
  | 'stopping'
  | 'rebooting'
  | 'rebuilding'
  | 'rescuing'
  | 'unrescuing';

export interface VmRecord {
  id: string;
  serviceId: string;
  label: string;
  hostname: string;
  status: VmStatus;
  ipv4: string[];
  ipv6: string[];
  templateId: string;
  flavorId: string;
  cpu: number;
  memory: number;
  disk: number;
  securityGroup: string;
  keypair: string;
  created: string;
}

export interface DnsRecordEntry {
  id: string;
  name: string;
  ttl: number;
  priority: number;
  type: string;
  /** SRV: [weight, port, target]; every other type: a string. */
  content: string | string[];
}

export interface ZoneRecord {
  domainId: string;
  serviceId: string;
  name: string;
  records: DnsRecordEntry[];
}

export interface InvoiceItem {
  id: string;
  type: string;
  itemId: string;
  description: string;
  amount: number;
  taxed: boolean;
  qty: number;
}

export interface InvoiceRecord {
  id: string;
  number: string;
  status: string;
  date: string;
  duedate: string;
  datepaid: string;
  currency: string;
  taxrate: number;
  /** A second tax on the taxed lines (e.g. provincial sales tax); 0 or absent when none. */
  taxrate2?: number;
  /** Credit already applied to this invoice. */
  credit: number;
  notes: string;
  items: InvoiceItem[];
}

export interface AttachmentRecord {
  id: string;
  filename: string;
  contentType: string;
  /** The file's exact bytes (binary files included). */
  bytes: Uint8Array;
}

export interface TicketReply {
  id: string;
  name: string;
  date: string;
  body: string;
  type: 'Admin' | 'Client';
  attachments: AttachmentRecord[];
}

export interface TicketRecord {
  number: string;
  deptId: string;
  subject: string;
  body: string;
  status: string;
  date: string;
  lastreply: string;
  clientRead: boolean;
  attachments: AttachmentRecord[];
  replies: TicketReply[];
}

export interface NotificationRecord {
  id: string;
  relType: string;
  relId: string;
  subject: string;
  message: string;
  date: string;
  read: boolean;
}

export interface StatusRecord {
  id: string;
  title: string;
  description: string;
  status: string;
  date: string;
  updated: string;
  serviceIds: string[];
  seen: boolean;
}

export interface LogRecord {
  id: string;
  date: string;
  action: string;
  description: string;
  ip: string;
}

export interface HostbillState {
  mode: AuthMode;
  client: ClientRecord;
  mfaCode: string;
  contacts: Map<string, ContactRecord>;
  services: Map<string, ServiceRecord>;
  vms: Map<string, VmRecord>;
  zones: Map<string, ZoneRecord>;
  invoices: Map<string, InvoiceRecord>;
  tickets: Map<string, TicketRecord>;
  notifications: Map<string, NotificationRecord>;
  statuses: Map<string, StatusRecord>;
  logs: LogRecord[];
  /** Affiliate section: served as seeded, read-only. */
  affiliates: Record<string, unknown>;
  /** Optional modules the portal operator enabled; a disabled one answers like a portal without it. */
  modules: { affiliates: boolean };
  /** Last used numeric id per sequence (services, invoices, records...). */
  sequences: Record<string, number>;
  /** How this portal differs from the usual one (other portals' modules, other versions). */
  quirks: PortalQuirks;
}

export interface PortalQuirks {
  /** GET /service/@id leaves out `label` (the label route still has it). */
  detailWithoutLabel: boolean;
  /** Routes left out of every service's methods list, e.g. "/service/@id/vms/@vmid/unrescue". */
  withoutRoutes: readonly string[];
}

/** The next id of a numeric sequence, as the string HostBill sends. */
export function nextId(state: HostbillState, sequence: string, start = 1000): string {
  const value = (state.sequences[sequence] ?? start) + 1;
  state.sequences[sequence] = value;
  return String(value);
}

export function addLog(state: HostbillState, action: string, description: string, now = new Date()): void {
  state.logs.unshift({ id: nextId(state, 'log'), date: ymdhms(now), action, description, ip: CLIENT_IP });
}
