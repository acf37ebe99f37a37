/** Display helpers of contracts: status labels and tones, the status filter's options, numbers with units. */
import {
  CONTRACT_STATUS_LABELS,
  CONTRACT_STATUSES,
  isKnownContractStatus,
  type Contract,
} from '../../../../common/models/contract';

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
/** Units are plural names ("IPs", "cores"): one of them reads "1 IP", "1 core". */
const SINGULAR: Readonly<Record<string, string>> = { IPs: 'IP', cores: 'core' };
export const withUnit = (value: number, unit: string): string =>
  `${formatNumber(value)} ${value === 1 ? (SINGULAR[unit] ?? unit) : unit}`;
