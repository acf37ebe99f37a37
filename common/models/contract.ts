/**
 * IONOS reseller contracts and their admins as the app sees them: plain, readonly, structured-cloneable.
 *
 * Missing text: the API may omit any field. Text fields (`id`, `name`, `resellerReference`, `status`,
 * admin names and email) are normalised to '' when absent, so the UI and the cache never branch on
 * null for text; they show '' as "—". A contract whose `id` is '' cannot be opened or edited.
 * `resourceLimits` is null unless all nine limits came as whole numbers: a half-filled limits
 * object would invite the UI to "save" zeros the user never set.
 */

/** Documented values; `status` is a free string on the wire, so unknown values are shown as they come. */
export const CONTRACT_STATUSES = ['BILLABLE', 'CEASED', 'REJECTED'] as const;
export type KnownContractStatus = (typeof CONTRACT_STATUSES)[number];

export function isKnownContractStatus(status: string): status is KnownContractStatus {
  return (CONTRACT_STATUSES as readonly string[]).includes(status);
}

export interface ResourceLimits {
  readonly ramServerMax: number;
  readonly cpuServerMax: number;
  readonly hddVolumeMaxSize: number;
  readonly ssdVolumeMaxSize: number;
  readonly ramContractMax: number;
  readonly cpuContractMax: number;
  readonly hddVolumeContractMaxSize: number;
  readonly ssdVolumeContractMaxSize: number;
  readonly ips: number;
}

export type ResourceLimitKey = keyof ResourceLimits;

/** Wire order, which is also the order forms and tables use. */
export const RESOURCE_LIMIT_KEYS = [
  'ramServerMax',
  'cpuServerMax',
  'hddVolumeMaxSize',
  'ssdVolumeMaxSize',
  'ramContractMax',
  'cpuContractMax',
  'hddVolumeContractMaxSize',
  'ssdVolumeContractMaxSize',
  'ips',
] as const satisfies readonly ResourceLimitKey[];

export type ResourceLimitGroup = 'per-server' | 'per-contract';

export interface ResourceLimitMeta {
  readonly label: string;
  /** Units are not documented by IONOS: these are the common reading, shown as labels, never converted. */
  readonly unit: 'MB' | 'GB' | 'cores' | 'IPs';
  readonly group: ResourceLimitGroup;
  readonly description: string;
}

export const RESOURCE_LIMIT_META: Readonly<Record<ResourceLimitKey, ResourceLimitMeta>> = {
  ramServerMax: { label: 'RAM per server', unit: 'MB', group: 'per-server', description: 'Maximum RAM of one server' },
  cpuServerMax: {
    label: 'Cores per server',
    unit: 'cores',
    group: 'per-server',
    description: 'Maximum cores of one server',
  },
  hddVolumeMaxSize: {
    label: 'HDD volume size',
    unit: 'GB',
    group: 'per-server',
    description: 'Maximum size of one HDD volume',
  },
  ssdVolumeMaxSize: {
    label: 'SSD volume size',
    unit: 'GB',
    group: 'per-server',
    description: 'Maximum size of one SSD volume',
  },
  ramContractMax: {
    label: 'RAM in total',
    unit: 'MB',
    group: 'per-contract',
    description: 'RAM of all servers of the contract',
  },
  cpuContractMax: {
    label: 'Cores in total',
    unit: 'cores',
    group: 'per-contract',
    description: 'Cores of all servers of the contract',
  },
  hddVolumeContractMaxSize: {
    label: 'HDD in total',
    unit: 'GB',
    group: 'per-contract',
    description: 'All HDD volumes of the contract',
  },
  ssdVolumeContractMaxSize: {
    label: 'SSD in total',
    unit: 'GB',
    group: 'per-contract',
    description: 'All SSD volumes of the contract',
  },
  ips: {
    label: 'IP addresses',
    unit: 'IPs',
    group: 'per-contract',
    description: 'Reserved IP addresses of the contract',
  },
};

export const RESOURCE_LIMIT_GROUP_LABELS: Readonly<Record<ResourceLimitGroup, string>> = {
  'per-server': 'Per server / volume',
  'per-contract': 'Per contract',
};

export interface Contract {
  /** Contract number, a digit string such as "15514"; '' when the server omitted it. */
  readonly id: string;
  readonly name: string;
  readonly resellerReference: string;
  /** Free text: BILLABLE, CEASED, REJECTED or anything else the server sends; '' when missing. */
  readonly status: string;
  readonly resourceLimits: ResourceLimits | null;
}

export interface ContractAdmin {
  readonly id: string;
  readonly contractId: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
}

/** One page of GET /contracts. There is no total count in the API. */
export interface ContractPage {
  readonly items: readonly Contract[];
  readonly offset: number;
  readonly limit: number;
  /** Absolute, same-origin URL of the next page, null on the last page. */
  readonly next: string | null;
}

/** GET / of the Reseller API. */
export interface IonosApiInfo {
  readonly name: string;
  readonly version: string;
}

/**
 * The contract and admin forms' field labels by API name: one table, so a server message naming
 * `resourceLimits.ramServerMax` or `firstName` reads with the label the form shows (common/field-labels.ts).
 */
export const CONTRACT_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  resellerReference: 'Reseller reference',
  resourceLimits: 'Resource limits',
  ...Object.fromEntries(RESOURCE_LIMIT_KEYS.map((key) => [key, RESOURCE_LIMIT_META[key].label])),
};

export const ADMIN_FIELD_LABELS: Readonly<Record<string, string>> = {
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  password: 'Password',
};
