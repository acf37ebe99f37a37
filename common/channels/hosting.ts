/**
 * HostBill services and virtual machines. Reads answer from the encrypted cache at once (Cached<T>)
 * and refresh in the background; writes go to the portal first and the cache follows its answer.
 * cache.changed resources: `hostingKeys`.
 */
import { z } from 'zod';
import { channel } from '../channel';
import type { AppError } from '../errors';
import type { Cached } from '../models/cached';
import type {
  HostbillService,
  PortalInfo,
  ServiceIp,
  ServiceMethods,
  UpgradeEstimate,
  UpgradeOption,
  Vm,
  VmResources,
  VmTemplate,
} from '../models/hostbill';
import {
  cancelServiceSchema,
  hostbillIdSchema,
  serviceLabelSchema,
  VM_ACTIONS,
  vmCreateSchema,
  vmRebuildSchema,
} from '../schemas/hostbill';
import { resourceKeys } from '../resource-keys';
import { idSchema, lengthFirst } from '../validation';

/** Resources named in `cache.changed` by the hosting feature. */
export const hostingKeys = resourceKeys('hosting', {
  services: [],
  vms: [],
  service: ['serviceId'],
  vm: ['serviceId', 'vmId'],
  build: ['serviceId'],
});

/** A service as the list shows it: what the portal says plus which features its methods list. */
export interface HostingService extends HostbillService {
  /** null until the service's methods were read (or when the portal does not list them). */
  readonly features: ServiceMethods | null;
}

export interface ServiceDetail {
  readonly service: HostingService;
  readonly vms: readonly Vm[];
}

export interface UpgradePackage {
  readonly id: string;
  readonly name: string;
  readonly price: number | null;
  readonly cycle: string | null;
}

export interface UpgradeOptions {
  readonly resources: readonly UpgradeOption[];
  readonly packages: readonly UpgradePackage[];
}

export interface VmDetail {
  readonly vm: Vm;
  readonly service: HostingService | null;
  /** This VM's addresses as the service's IP list gives them (null when the portal has no IP list). */
  readonly ips: readonly ServiceIp[] | null;
  readonly resources: VmResources | null;
  readonly templates: readonly VmTemplate[] | null;
}

/** What create and rebuild forms offer. */
export interface VmBuildOptions {
  readonly templates: readonly VmTemplate[];
  readonly flavors: VmResources['flavors'];
}

/** One VM's outcome in a bulk action: `state` is what the VM was read back as, either way. */
export interface VmActionResult {
  readonly serviceId: string;
  readonly vmId: string;
  readonly label: string | null;
  readonly ok: boolean;
  readonly state: string | null;
  readonly info: readonly string[];
  readonly error: AppError | null;
}

const account = { accountId: idSchema };
const service = { ...account, serviceId: hostbillIdSchema };
const vm = { ...service, vmId: hostbillIdSchema };
const vmAction = z.enum(VM_ACTIONS, 'Choose start, stop, reboot, rescue or unrescue');

export const upgradeRequestSchema = z.strictObject({
  ...service,
  resources: z.record(hostbillIdSchema, z.union([hostbillIdSchema, z.number().int().min(0)])).optional(),
  package: hostbillIdSchema.optional(),
  cycle: z.string().trim().max(40, lengthFirst('Choose a billing cycle from the list')).min(1).optional(),
  /** false = ask for an estimate only. */
  send: z.boolean(),
});
export type UpgradeRequestArgs = z.input<typeof upgradeRequestSchema>;

export const hostingChannels = {
  /** The account's services from the cache; refreshes services and VMs in the background when stale. */
  'services.list': channel<Cached<readonly HostingService[]>>()(z.strictObject(account)),
  /** Refreshes services and VMs now (bounded concurrency); answers the list, a failure in `lastError`. */
  'services.refresh': channel<Cached<readonly HostingService[]>>()(z.strictObject(account)),
  /** One service with its features and VMs, from the cache; re-reads it from the portal when stale. */
  'services.get': channel<Cached<ServiceDetail | null>>()(z.strictObject(service)),
  /** Sets the service's label on the portal, then caches the portal's answer. */
  'services.setLabel': channel<HostingService>()(z.strictObject({ ...service, ...serviceLabelSchema.shape })),
  /** The resources and packages this service can move to (read live: prices change). */
  'services.upgradeOptions': channel<UpgradeOptions>()(z.strictObject(service)),
  /** Estimates (send=false) or requests (send=true) an upgrade; a request may raise an invoice. */
  'services.upgrade': channel<UpgradeEstimate>()(upgradeRequestSchema),
  /** Asks the portal to cancel the service (now or at the end of the period). */
  'services.cancel': channel<PortalInfo>()(z.strictObject({ ...service, ...cancelServiceSchema.shape })),
  /** Every VM of every service that has VMs, from the cache; refreshes in the background when stale. */
  'vms.list': channel<Cached<readonly Vm[]>>()(z.strictObject(account)),
  /** Refreshes services and VMs now; answers the VM list, a failure in `lastError`. */
  'vms.refresh': channel<Cached<readonly Vm[]>>()(z.strictObject(account)),
  /** One VM with its addresses, the service's resources and templates; re-read when stale. */
  'vms.get': channel<Cached<VmDetail | null>>()(z.strictObject(vm)),
  /** Templates and flavors a service offers for new and rebuilt VMs. */
  'vms.templates': channel<Cached<VmBuildOptions>>()(z.strictObject(service)),
  /** Runs one power action (never repeated); the VM is then watched until it settles. */
  'vms.action': channel<VmActionResult>()(z.strictObject({ ...vm, action: vmAction })),
  /** Runs one action on many VMs; answers one result per VM, in the order given. */
  'vms.bulkAction': channel<readonly VmActionResult[]>()(
    z.strictObject({
      ...account,
      targets: z
        .array(z.strictObject({ serviceId: hostbillIdSchema, vmId: hostbillIdSchema }))
        .min(1, 'Select at least one VM')
        .max(500, 'Select at most 500 VMs'),
      action: vmAction,
    }),
  ),
  /** Reinstalls the VM from a template (wipes its disk); `confirmLabel` must be the VM's label. */
  'vms.rebuild': channel<VmActionResult>()(
    z.strictObject({
      ...vm,
      ...vmRebuildSchema.shape,
      confirmLabel: z.string().max(200, lengthFirst('Type the VM name')),
    }),
  ),
  /** Creates a VM on a service that offers it; answers the new VM (building) when the portal says so. */
  'vms.create': channel<Vm | null>()(z.strictObject({ ...service, vm: vmCreateSchema })),
};
