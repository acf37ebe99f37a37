/**
 * Address allocation from the documentation ranges only (RFC 5737 and RFC 3849), so nothing the
 * simulator shows can ever point at a real host.
 */
import type { HostbillState } from './state';

const V4_PREFIXES = ['203.0.113', '198.51.100', '192.0.2'] as const;
const FIRST_HOST = 10;
const HOSTS_PER_NET = 241; // .10 … .250

/** The next free IPv4 address, or undefined when the pool is used up. */
export function allocateIpv4(state: HostbillState): string | undefined {
  const index = state.sequences['ipv4'] ?? 0;
  const net = Math.floor(index / HOSTS_PER_NET);
  const prefix = V4_PREFIXES[net];
  if (prefix === undefined) return undefined;
  state.sequences['ipv4'] = index + 1;
  return `${prefix}.${FIRST_HOST + (index % HOSTS_PER_NET)}`;
}

/** One /64 per service (its id in hex), one address per VM. */
export function allocateIpv6(state: HostbillState, serviceId: string): string {
  const key = `ipv6:${serviceId}`;
  const host = (state.sequences[key] ?? 0) + 1;
  state.sequences[key] = host;
  return `2001:db8:${Number(serviceId).toString(16)}::${host.toString(16)}`;
}
