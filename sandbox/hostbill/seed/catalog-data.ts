/**
 * Fixed reference data: the product catalog, billing cycles, VM templates and flavors, payment methods
 * and ticket departments. Not randomised: a real portal's catalog does not change between sessions.
 */
import type { ServiceKind } from '../state';

export interface CycleInfo {
  readonly code: string;
  readonly title: string;
  readonly months: number;
}

export const CYCLES: readonly CycleInfo[] = [
  { code: 'm', title: 'Monthly', months: 1 },
  { code: 'q', title: 'Quarterly', months: 3 },
  { code: 's', title: 'Semi-Annually', months: 6 },
  { code: 'a', title: 'Annually', months: 12 },
  { code: 'b', title: 'Biennially', months: 24 },
  { code: 't', title: 'Triennially', months: 36 },
];

export function cycleByCode(code: string): CycleInfo | undefined {
  return CYCLES.find((cycle) => cycle.code === code);
}

export interface CategoryInfo {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly description: string;
}

export const CATEGORIES: readonly CategoryInfo[] = [
  { id: '10', name: 'Hosting', slug: 'hosting', description: 'Shared web hosting with cPanel' },
  { id: '6', name: 'Domains', slug: 'domains', description: '' },
  { id: '16', name: 'Cloud Servers', slug: 'cloud-servers', description: 'Pay-as-you-go cloud server pools' },
  { id: '19', name: 'VPS', slug: 'vps', description: 'KVM virtual private servers' },
  { id: '20', name: 'DNS Hosting', slug: 'dns-hosting', description: 'Anycast DNS for your domains' },
];

export interface ProductInfo {
  readonly id: string;
  readonly categoryId: string;
  readonly kind: ServiceKind;
  readonly name: string;
  readonly description: string;
  /** Cycle code → recurring price. */
  readonly prices: Readonly<Record<string, number>>;
  readonly setup: number;
  readonly domainRequired: boolean;
  readonly limits?: { vms: number; cpu: number; memory: number; disk: number; ipv4: number };
}

export const PRODUCTS: readonly ProductInfo[] = [
  hosting('333', 'Starter Hosting', 'Disk:10GB\r\nMySql:10 DB\r\nEmail:100 Users', 9.99),
  hosting('334', 'Business Hosting', 'Disk:50GB\r\nMySql:50 DB\r\nEmail:500 Users', 19.99),
  hosting('335', 'Pro Hosting', 'Disk:200GB\r\nMySql:unlimited\r\nEmail:unlimited', 34.5),
  domain('6', '.com registration', 12),
  domain('7', '.net registration', 14.5),
  domain('8', '.org registration', 13.25),
  {
    id: '840',
    categoryId: '16',
    kind: 'cloud',
    name: 'Cloud Server Pool',
    description: 'Up to 10 servers\r\n16 vCPU, 32 GB RAM, 640 GB SSD',
    prices: { m: 49, q: 144, a: 540 },
    setup: 0,
    domainRequired: false,
    limits: { vms: 10, cpu: 16, memory: 32768, disk: 640, ipv4: 10 },
  },
  {
    id: '841',
    categoryId: '16',
    kind: 'cloud',
    name: 'Cloud Server Pool XL',
    description: 'Up to 50 servers\r\n96 vCPU, 192 GB RAM, 4 TB SSD',
    prices: { m: 189, q: 555, a: 2100 },
    setup: 0,
    domainRequired: false,
    limits: { vms: 50, cpu: 96, memory: 196608, disk: 4000, ipv4: 50 },
  },
  vps('850', 'VPS S', 1, 2048, 40, 6.5),
  vps('851', 'VPS M', 2, 4096, 80, 12.9),
  vps('852', 'VPS L', 4, 8192, 160, 24.9),
  dns('900', 'DNS Hosting Basic', 2.5, 5),
  dns('901', 'DNS Hosting Premium', 7.9, 50),
];

function hosting(id: string, name: string, description: string, monthly: number): ProductInfo {
  const prices = { m: monthly, a: round(monthly * 11), b: round(monthly * 20), t: round(monthly * 30) };
  return { id, categoryId: '10', kind: 'hosting', name, description, prices, setup: 0, domainRequired: true };
}

function domain(id: string, name: string, yearly: number): ProductInfo {
  const prices = { a: yearly, b: round(yearly * 2), t: round(yearly * 3) };
  return { id, categoryId: '6', kind: 'domain', name, description: '', prices, setup: 0, domainRequired: true };
}

function vps(id: string, name: string, cpu: number, memory: number, disk: number, monthly: number): ProductInfo {
  return {
    id,
    categoryId: '19',
    kind: 'vps',
    name,
    description: `${cpu} vCPU\r\n${memory / 1024} GB RAM\r\n${disk} GB SSD`,
    prices: { m: monthly, q: round(monthly * 3), a: round(monthly * 11) },
    setup: 5,
    domainRequired: false,
    limits: { vms: 1, cpu, memory, disk, ipv4: 1 },
  };
}

function dns(id: string, name: string, monthly: number, zones: number): ProductInfo {
  const prices = { m: monthly, a: round(monthly * 11) };
  const description = `Up to ${zones} zones\r\nAnycast network`;
  return { id, categoryId: '20', kind: 'dns', name, description, prices, setup: 0, domainRequired: false };
}

function round(amount: number): number {
  return Math.round(amount * 100) / 100;
}

export function productById(id: string): ProductInfo | undefined {
  return PRODUCTS.find((product) => product.id === id);
}

export interface TemplateInfo {
  readonly id: string;
  readonly name: string;
  readonly os: 'linux' | 'windows';
  readonly minDisk: number;
}

export const TEMPLATES: readonly TemplateInfo[] = [
  { id: 'ubuntu-24.04', name: 'Ubuntu 24.04 LTS', os: 'linux', minDisk: 10 },
  { id: 'ubuntu-22.04', name: 'Ubuntu 22.04 LTS', os: 'linux', minDisk: 10 },
  { id: 'debian-12', name: 'Debian 12 (Bookworm)', os: 'linux', minDisk: 10 },
  { id: 'debian-13', name: 'Debian 13 (Trixie)', os: 'linux', minDisk: 10 },
  { id: 'almalinux-9', name: 'AlmaLinux 9', os: 'linux', minDisk: 20 },
  { id: 'rocky-9', name: 'Rocky Linux 9', os: 'linux', minDisk: 20 },
  { id: 'fedora-42', name: 'Fedora 42', os: 'linux', minDisk: 20 },
  { id: 'windows-2022', name: 'Windows Server 2022 Standard', os: 'windows', minDisk: 50 },
];

export interface FlavorInfo {
  readonly id: string;
  readonly name: string;
  readonly cpu: number;
  /** MB */
  readonly memory: number;
  /** GB */
  readonly disk: number;
}

export const FLAVORS: readonly FlavorInfo[] = [
  { id: 's1.small', name: 'Small (1 vCPU, 1 GB)', cpu: 1, memory: 1024, disk: 25 },
  { id: 's1.medium', name: 'Medium (2 vCPU, 2 GB)', cpu: 2, memory: 2048, disk: 50 },
  { id: 's2.large', name: 'Large (4 vCPU, 8 GB)', cpu: 4, memory: 8192, disk: 80 },
  { id: 'c2.xlarge', name: 'Compute XL (8 vCPU, 16 GB)', cpu: 8, memory: 16384, disk: 160 },
];

export const SECURITY_GROUPS: readonly string[] = ['default', 'web', 'ssh-only', 'database'];
export const KEYPAIRS: readonly string[] = ['deploy-2024', 'alex-laptop', 'ci-runner'];

export const PAYMENT_METHODS: readonly { id: number; name: string; module: string; fixed: string; percent: string }[] =
  [
    { id: 1, name: 'Bank Transfer', module: 'BankTransfer', fixed: '0.0', percent: '0.0' },
    { id: 2, name: 'Stripe', module: 'Stripe', fixed: '0.5', percent: '2.9' },
    { id: 4, name: 'Credit Card', module: 'CreditCard', fixed: '0.1', percent: '2.4' },
    { id: 5, name: 'PayPal', module: 'PayPal', fixed: '0.3', percent: '2.9' },
  ];

export const DEPARTMENTS: readonly { id: string; name: string; description: string }[] = [
  { id: '1', name: 'Billing', description: 'Invoices, payments and refunds' },
  { id: '2', name: 'Technical Support', description: 'Servers, hosting, DNS and e-mail' },
  { id: '3', name: 'Sales', description: 'Questions before you buy' },
  { id: '4', name: 'Abuse', description: 'Report spam, phishing or attacks' },
];
