/**
 * Pure selectors of the contracts table: rows with a precomputed lowercase search key (so a
 * keystroke over 20,000 rows is one `includes` per row), sorting, filtering and display helpers.
 */
import {
  CONTRACT_STATUS_LABELS,
  CONTRACT_STATUSES,
  isKnownContractStatus,
  type Contract,
  type ResourceLimits,
} from '../../../../common/models/contract';

export interface ContractRow {
  readonly contract: Contract;
  /** "15514\nmüller gmbh\ncust-000123": a typed query (never a newline) cannot match across fields. */
  readonly searchKey: string;
  readonly nameKey: string;
  readonly referenceKey: string;
}

export const SORT_KEYS = ['number', 'name', 'reference', 'status', 'ram', 'cores', 'storage', 'ips'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface Sort {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

export function toRows(contracts: readonly Contract[]): ContractRow[] {
  return contracts.map((contract) => {
    const nameKey = contract.name.toLowerCase();
    const referenceKey = contract.resellerReference.toLowerCase();
    return { contract, nameKey, referenceKey, searchKey: `${contract.id}\n${nameKey}\n${referenceKey}` };
  });
}

const storageOf = (limits: ResourceLimits | null) =>
  limits ? limits.ssdVolumeContractMaxSize + limits.hddVolumeContractMaxSize : -1;

/** Numbers compare as numbers; contracts without limits sort first (ascending), as "—" does. */
const NUMERIC: Readonly<Partial<Record<SortKey, (row: ContractRow) => number>>> = {
  ram: (row) => row.contract.resourceLimits?.ramContractMax ?? -1,
  cores: (row) => row.contract.resourceLimits?.cpuContractMax ?? -1,
  storage: (row) => storageOf(row.contract.resourceLimits),
  ips: (row) => row.contract.resourceLimits?.ips ?? -1,
};

const TEXT: Readonly<Partial<Record<SortKey, (row: ContractRow) => string>>> = {
  name: (row) => row.nameKey,
  reference: (row) => row.referenceKey,
  status: (row) => row.contract.status,
};

/** Digit strings of different length: the shorter is the smaller number (no BigInt needed). */
export function compareNumbers(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

export function sortRows(rows: readonly ContractRow[], sort: Sort): ContractRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const numeric = NUMERIC[sort.key];
  const text = TEXT[sort.key];
  // Plain comparisons of precomputed keys: localeCompare over 20,000 rows costs tens of ms per sort.
  const compare = numeric
    ? (a: ContractRow, b: ContractRow) => numeric(a) - numeric(b)
    : text
      ? (a: ContractRow, b: ContractRow) => {
          const x = text(a);
          const y = text(b);
          return x < y ? -1 : x > y ? 1 : 0;
        }
      : null;
  return [...rows].sort((a, b) => {
    const first = compare ? compare(a, b) : 0;
    return sign * (first || compareNumbers(a.contract.id, b.contract.id));
  });
}

export function filterRows(rows: readonly ContractRow[], query: string, status: string): readonly ContractRow[] {
  const needle = query.trim().toLowerCase();
  if (needle === '' && status === '') return rows;
  return rows.filter(
    (row) => (status === '' || row.contract.status === status) && (needle === '' || row.searchKey.includes(needle)),
  );
}

/** Documented statuses first, then whatever else the server sent, as it sent it. */
export function statusOptions(contracts: readonly Contract[]): string[] {
  const seen = new Set<string>();
  for (const contract of contracts) if (contract.status) seen.add(contract.status);
  const others = [...seen].filter((status) => !isKnownContractStatus(status)).sort();
  return [...CONTRACT_STATUSES, ...others];
}

export function statusLabel(status: string): string {
  if (status === '') return '—';
  return isKnownContractStatus(status) ? CONTRACT_STATUS_LABELS[status] : status;
}

export function statusTone(status: string): 'success' | 'warning' | 'danger' | 'neutral' {
  if (status === 'BILLABLE') return 'success';
  if (status === 'CEASED') return 'warning';
  if (status === 'REJECTED') return 'danger';
  return 'neutral';
}

const numberFormat = new Intl.NumberFormat('en');
export const formatNumber = (value: number): string => numberFormat.format(value);
export const withUnit = (value: number, unit: string): string => `${formatNumber(value)} ${unit}`;
