/** Display helpers of contracts: status labels and tones, the status filter's options, numbers with units. */
import type { StatusTones } from '../../components/status-badge';
import { CONTRACT_STATUSES, isKnownContractStatus, type Contract } from '../../../../common/models/contract';

/** Documented statuses first, then whatever else the server sent, as it sent it. */
export function statusOptions(contracts: readonly Contract[]): string[] {
  const seen = new Set<string>();
  for (const contract of contracts) if (contract.status) seen.add(contract.status);
  const others = [...seen].filter((status) => !isKnownContractStatus(status)).sort();
  return [...CONTRACT_STATUSES, ...others];
}

/** Tones of the documented statuses; any other status is shown cased like them, in a neutral badge. */
export const CONTRACT_TONES: StatusTones = { billable: 'ok', ceased: 'warn', rejected: 'bad' };

const numberFormat = new Intl.NumberFormat('en');
export const formatNumber = (value: number): string => numberFormat.format(value);
/** Units are plural names ("IPs", "cores"): one of them reads "1 IP", "1 core". */
const SINGULAR: Readonly<Record<string, string>> = { IPs: 'IP', cores: 'core' };
export const withUnit = (value: number, unit: string): string =>
  `${formatNumber(value)} ${value === 1 ? (SINGULAR[unit] ?? unit) : unit}`;
