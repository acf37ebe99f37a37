/**
 * What GET /service/@id/methods lists per kind of service, and the guard the VM and DNS routes use:
 * a route a service does not list answers `{"error": ["invalid method"]}`, as on a real portal where the
 * service's module does not offer it.
 */
import type { SandboxResponse } from '../server-kit';
import { fail, INVALID_METHOD, type RouteContext } from './router';
import type { PortalQuirks, ServiceKind, ServiceRecord } from './state';

export interface MethodInfo {
  readonly name: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly route: string;
}

const m = (name: string, method: MethodInfo['method'], route: string): MethodInfo => ({ name, method, route });

const BASE: readonly MethodInfo[] = [
  m('Upgrade Request', 'POST', '/service/@id/upgrade'),
  m('Upgrade Options', 'GET', '/service/@id/upgrade'),
  m('Change service label', 'POST', '/service/@id/label'),
  m('Service label', 'GET', '/service/@id/label'),
  m('Cancel Service', 'POST', '/service/@id/cancel'),
];
const LABEL_AND_CANCEL = BASE.slice(2);

const VM_READ: readonly MethodInfo[] = [
  m('List VMs', 'GET', '/service/@id/vms'),
  m('Get VM Details', 'GET', '/service/@id/vms/@vmid'),
  m('Stop VM', 'POST', '/service/@id/vms/@vmid/stop'),
  m('Start VM', 'POST', '/service/@id/vms/@vmid/start'),
  m('Reboot VM', 'POST', '/service/@id/vms/@vmid/reboot'),
  m('Rescue VM', 'POST', '/service/@id/vms/@vmid/rescue'),
  m('Unrescue VM', 'POST', '/service/@id/vms/@vmid/unrescue'),
  m('Rebuild VM', 'POST', '/service/@id/vms/@vmid/rebuild'),
  m('List OS templates', 'GET', '/service/@id/templates'),
  m('Show available and used resources', 'GET', '/service/@id/resources'),
  m('IP Addresses', 'GET', '/service/@id/ip'),
];

const DNS: readonly MethodInfo[] = [
  m('Add DNS Zone', 'POST', '/service/@id/dns'),
  m('Get DNS details', 'GET', '/service/@id/dns/@zone_id'),
  m('Remove DNS zone', 'DELETE', '/service/@id/dns/@zone_id'),
  m('Add DNS Record', 'POST', '/service/@id/dns/@zone_id/records'),
  m('Edit DNS Record', 'PUT', '/service/@id/dns/@zone_id/records/@record_id'),
  m('Remove DNS Record', 'DELETE', '/service/@id/dns/@zone_id/records/@record_id'),
];

const BY_KIND: Readonly<Record<ServiceKind, readonly MethodInfo[]>> = {
  // Only cloud pools can create VMs; a VPS is one fixed VM.
  cloud: [...BASE, ...VM_READ, m('Create VM', 'POST', '/service/@id/vms')],
  vps: [...BASE, ...VM_READ],
  hosting: [...BASE, m('IP Addresses', 'GET', '/service/@id/ip')],
  domain: LABEL_AND_CANCEL,
  dns: [...BASE, ...DNS],
};

export function methodsFor(service: ServiceRecord, quirks?: PortalQuirks): readonly MethodInfo[] {
  const left = new Set(quirks?.withoutRoutes ?? []);
  return left.size === 0 ? BY_KIND[service.kind] : BY_KIND[service.kind].filter((entry) => !left.has(entry.route));
}

export function supports(service: ServiceRecord, method: string, route: string, quirks?: PortalQuirks): boolean {
  return methodsFor(service, quirks).some((entry) => entry.method === method && entry.route === route);
}

/**
 * The service named by `:id`, or the answer to send: "Service not found" for an id that is not this
 * account's, "invalid method" when the service does not offer the route.
 */
export function serviceFor(
  context: RouteContext,
  route: string,
): { service: ServiceRecord; error?: undefined } | { service?: undefined; error: SandboxResponse } {
  const service = context.state.services.get(context.params.id ?? '');
  if (!service) return { error: fail('Service not found') };
  if (!supports(service, context.request.method, route, context.state.quirks)) return { error: INVALID_METHOD() };
  return { service };
}
