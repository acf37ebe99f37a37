/** Seeds services of mixed kinds and the VMs of the cloud and VPS services. */
import { allocateIpv4, allocateIpv6 } from '../ip-pool';
import { addDays, ymd, ymdhms, type Rng } from '../rng';
import { nextId, type HostbillState, type ServiceKind, type ServiceRecord, type VmStatus } from '../state';
import {
  CATEGORIES,
  CYCLES,
  FLAVORS,
  PRODUCTS,
  SECURITY_GROUPS,
  KEYPAIRS,
  TEMPLATES,
  type ProductInfo,
} from './catalog-data';
import { randomPassword, VM_PREFIXES } from './names';

/** Default portfolio: a dozen services, cloud and VPS first among equals, cycled for larger sizes. */
const KIND_PATTERN: readonly ServiceKind[] = [
  'cloud',
  'hosting',
  'cloud',
  'dns',
  'vps',
  'domain',
  'cloud',
  'hosting',
  'vps',
  'cloud',
  'dns',
  'hosting',
];
const LABELS = ['Production', 'Staging', 'Client: Lakeside', 'Internal tools', 'Marketing site', 'Legacy'];

export function seedServices(
  state: HostbillState,
  rng: Rng,
  count: number,
  anchor: Date,
  nextDomain: () => string,
): void {
  for (let i = 0; i < count; i += 1) {
    const kind = KIND_PATTERN[i % KIND_PATTERN.length] ?? 'hosting';
    const product = rng.pick(PRODUCTS.filter((p) => p.kind === kind && p.id !== '841'));
    const created = addDays(anchor, -rng.int(20, 1400));
    const service = createServiceRecord(state, rng, product, rng.pick(Object.keys(product.prices)), created, anchor);
    service.domain = kind === 'dns' ? '' : nextDomain();
    if (kind === 'hosting') service.username = service.domain.replace(/[^a-z]/g, '').slice(0, 8);
    if (rng.chance(0.3)) service.label = rng.pick(LABELS);
    if ((kind === 'hosting' || kind === 'domain') && rng.chance(0.3)) {
      service.status = rng.pick(['Suspended', 'Pending', 'Cancelled', 'Terminated']);
    }
    state.services.set(service.id, service);
  }
}

/** A service record for a product; also used by orders (status Pending). */
export function createServiceRecord(
  state: HostbillState,
  rng: Rng,
  product: ProductInfo,
  cycleCode: string,
  created: Date,
  now: Date,
): ServiceRecord {
  const cycle = CYCLES.find((c) => c.code === cycleCode) ?? CYCLES[0]!;
  const category = CATEGORIES.find((c) => c.id === product.categoryId) ?? CATEGORIES[0]!;
  const price = product.prices[cycle.code] ?? 0;
  let due = new Date(created);
  while (due.getTime() <= now.getTime()) due = addMonths(due, cycle.months);
  const id = nextId(state, 'service', 300);
  return {
    id,
    kind: product.kind,
    productId: product.id,
    name: product.name,
    category: category.name,
    categoryUrl: category.slug,
    domain: '',
    label: '',
    username: `${product.kind}${id}`,
    password: randomPassword(rng, 10),
    status: 'Active',
    billingcycle: cycle.title,
    cycleCode: cycle.code,
    total: price,
    firstpayment: price + product.setup,
    dateCreated: ymd(created),
    nextDue: ymd(due),
    nextInvoice: ymd(addDays(due, -14)),
    ...(product.limits ? { limits: { ...product.limits } } : {}),
    upgradeSelections: {},
  };
}

function addMonths(date: Date, months: number): Date {
  const next = new Date(date);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
}

/** VPS services get one VM each, cloud pools share the rest; limits grow to fit what was seeded. */
export function seedVms(state: HostbillState, rng: Rng, count: number, anchor: Date): void {
  const services = [...state.services.values()];
  const vpsList = services.filter((s) => s.kind === 'vps');
  const clouds = services.filter((s) => s.kind === 'cloud');
  let remaining = count;
  for (const service of vpsList) {
    if (remaining === 0) break;
    addSeededVm(state, rng, service, anchor);
    remaining -= 1;
  }
  for (let i = 0; i < remaining && clouds.length > 0; i += 1) {
    addSeededVm(state, rng, rng.pick(clouds), anchor);
  }
  for (const service of clouds) fitLimits(state, service);
}

const SEEDED_STATUSES: readonly VmStatus[] = [
  'running',
  'running',
  'running',
  'running',
  'running',
  'stopped',
  'stopped',
  'rescue',
];

function addSeededVm(state: HostbillState, rng: Rng, service: ServiceRecord, anchor: Date): void {
  const flavor = service.kind === 'vps' ? undefined : rng.pick(FLAVORS);
  const template = rng.chance(0.06) ? TEMPLATES[TEMPLATES.length - 1]! : rng.pick(TEMPLATES.slice(0, -1));
  const serial = [...state.vms.values()].filter((vm) => vm.serviceId === service.id).length + 1;
  const label = `${rng.pick(VM_PREFIXES)}-${String(serial).padStart(2, '0')}`;
  const createdMin = Math.max(0, (anchor.getTime() - Date.parse(`${service.dateCreated}T00:00:00Z`)) / 86_400_000);
  const cpu = flavor?.cpu ?? service.limits?.cpu ?? 1;
  const memory = flavor?.memory ?? service.limits?.memory ?? 1024;
  const disk = flavor ? flavor.disk * rng.pick([1, 1, 2]) : (service.limits?.disk ?? 25);
  const id = rng.uuid();
  state.vms.set(id, {
    id,
    serviceId: service.id,
    label,
    hostname: `${label}.${service.domain || 'cloud.demo-hosting.example'}`,
    status: rng.pick(SEEDED_STATUSES),
    ipv4: [allocateIpv4(state) ?? ''].filter(Boolean),
    ipv6: [allocateIpv6(state, service.id)],
    templateId: template.id,
    flavorId: flavor?.id ?? `vps-${service.productId}`,
    cpu,
    memory,
    disk,
    securityGroup: rng.pick(SECURITY_GROUPS),
    keypair: rng.chance(0.7) ? rng.pick(KEYPAIRS) : '',
    created: ymdhms(addDays(anchor, -rng.int(0, Math.floor(createdMin)) - rng.next())),
  });
}

/** Seeded (or benchmark-sized) pools may fill the product's limits: raise them to leave headroom. */
function fitLimits(state: HostbillState, service: ServiceRecord): void {
  if (!service.limits) return;
  const vms = [...state.vms.values()].filter((vm) => vm.serviceId === service.id);
  const used = {
    vms: vms.length,
    cpu: vms.reduce((sum, vm) => sum + vm.cpu, 0),
    memory: vms.reduce((sum, vm) => sum + vm.memory, 0),
    disk: vms.reduce((sum, vm) => sum + vm.disk, 0),
    ipv4: vms.reduce((sum, vm) => sum + vm.ipv4.length, 0),
  };
  for (const key of Object.keys(used) as (keyof typeof used)[]) {
    // Keep room for at least one more VM so "create" works on every seeded pool.
    if (used[key] + 2 > service.limits[key]) service.limits[key] = Math.ceil((used[key] * 1.5 + 2) / 2) * 2;
  }
}
