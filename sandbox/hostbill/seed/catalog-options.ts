/**
 * Configurable options ("forms") and addons of the catalog's products, one of each kind HostBill
 * order forms use: select, radio, checkbox, text input and quantity. Fixed like the catalog itself.
 * Option prices are per month and scale with the cycle's months (domain options: per year).
 */
export type OptionKind = 'select' | 'radio' | 'checkbox' | 'input' | 'qty';

export interface OptionItem {
  readonly id: number;
  readonly title: string;
  /** Price per month (per unit for a quantity). */
  readonly monthly: number;
  readonly setup: number;
}

export interface ConfigOption {
  readonly id: string;
  readonly kind: OptionKind;
  readonly title: string;
  readonly description: string;
  readonly required: boolean;
  readonly items: readonly OptionItem[];
  /** Quantity bounds. */
  readonly min?: number;
  readonly max?: number;
  /** Text input check: a host name. */
  readonly hostname?: boolean;
}

export interface AddonInfo {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Cycle code → price. */
  readonly prices: Readonly<Record<string, number>>;
  readonly setup: number;
}

const disk: ConfigOption = {
  id: '1618',
  kind: 'select',
  title: 'Disk Size',
  description: 'Storage for files, mail and databases',
  required: true,
  items: [
    { id: 10330, title: '10 GB', monthly: 0, setup: 0 },
    { id: 10331, title: '25 GB', monthly: 2, setup: 0 },
    { id: 10332, title: '50 GB', monthly: 4.5, setup: 0 },
  ],
};

const backups: ConfigOption = {
  id: '1620',
  kind: 'checkbox',
  title: 'Daily backups',
  description: 'Keeps 14 daily copies',
  required: false,
  items: [{ id: 10340, title: 'Enable', monthly: 1.5, setup: 0 }],
};

const os: ConfigOption = {
  id: '1630',
  kind: 'radio',
  title: 'Operating system',
  description: '',
  required: true,
  items: [
    { id: 10400, title: 'Ubuntu 24.04 LTS', monthly: 0, setup: 0 },
    { id: 10401, title: 'Debian 12', monthly: 0, setup: 0 },
    { id: 10402, title: 'AlmaLinux 9', monthly: 0, setup: 0 },
    { id: 10403, title: 'Windows Server 2022', monthly: 15, setup: 10 },
  ],
};

const extraIps: ConfigOption = {
  id: '1631',
  kind: 'qty',
  title: 'Extra IPv4 addresses',
  description: 'Beside the one included',
  required: false,
  items: [{ id: 10410, title: 'IPv4 address', monthly: 2, setup: 0 }],
  min: 0,
  max: 8,
};

const hostname: ConfigOption = {
  id: '1632',
  kind: 'input',
  title: 'Hostname',
  description: 'e.g. web1.example.com',
  required: true,
  items: [{ id: 10420, title: 'Hostname', monthly: 0, setup: 0 }],
  hostname: true,
};

const managedBackups: ConfigOption = {
  id: '1633',
  kind: 'checkbox',
  title: 'Managed backups',
  description: 'Nightly snapshots, 7 kept',
  required: false,
  items: [{ id: 10430, title: 'Enable', monthly: 3, setup: 0 }],
};

const region: ConfigOption = {
  id: '1640',
  kind: 'select',
  title: 'Region',
  description: '',
  required: true,
  items: [
    { id: 10500, title: 'Frankfurt', monthly: 0, setup: 0 },
    { id: 10501, title: 'Amsterdam', monthly: 0, setup: 0 },
    { id: 10502, title: 'Warsaw', monthly: 0, setup: 0 },
    { id: 10503, title: 'New York', monthly: 5, setup: 0 },
  ],
};

const idProtection: ConfigOption = {
  id: '1650',
  kind: 'checkbox',
  title: 'ID protection',
  description: 'Hides your details in WHOIS',
  required: false,
  // Domain cycles are years: 5.00 a year.
  items: [{ id: 10600, title: 'Enable', monthly: 5 / 12, setup: 0 }],
};

export const ADDONS: readonly AddonInfo[] = [
  {
    id: '31',
    title: 'Cpanel2: Add Extra IP',
    description: 'Automatically adds IP address to account',
    prices: { m: 5, q: 14, a: 50 },
    setup: 0,
  },
  { id: '32', title: 'SSL certificate', description: 'Domain-validated, renews itself', prices: { a: 49 }, setup: 0 },
  { id: '33', title: 'Monitoring', description: 'Uptime checks every minute', prices: { m: 2, a: 20 }, setup: 0 },
];

const HOSTING = { options: [disk, backups], addons: ['31', '32'] };
const VPS = { options: [os, extraIps, hostname, managedBackups], addons: ['33'] };
const CLOUD = { options: [region], addons: ['33'] };
const DOMAIN = { options: [idProtection], addons: [] };

/** Product id → its options and addon ids (products not listed have none). */
export const PRODUCT_FORMS: Readonly<Record<string, { options: readonly ConfigOption[]; addons: readonly string[] }>> =
  {
    '333': HOSTING,
    '334': HOSTING,
    '335': HOSTING,
    '850': VPS,
    '851': VPS,
    '852': VPS,
    '840': CLOUD,
    '841': CLOUD,
    '6': DOMAIN,
    '7': DOMAIN,
    '8': DOMAIN,
  };

/** Products billed pro rata to the 1st of the next month (the VPS line). */
export const PRORATA_PRODUCTS: ReadonlySet<string> = new Set(['850', '851', '852']);

/** The TLD a domain product registers. */
export const DOMAIN_TLDS: Readonly<Record<string, string>> = { '6': '.com', '7': '.net', '8': '.org' };

export function addonById(id: string): AddonInfo | undefined {
  return ADDONS.find((addon) => addon.id === id);
}
