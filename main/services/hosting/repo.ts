/**
 * The hosting tables of the encrypted cache. Services and VMs are stored as JSON of projections
 * built key by key (`serviceRow`, `vmRow`): whatever else a portal sends, such as a service's own
 * password, never reaches a row.
 */
import type { HostingService } from '../../../common/channels/hosting';
import type { HostbillService, ServiceMethods, Vm } from '../../../common/models/hostbill';
import type { CacheDb } from '../../cache/database';

const SERVICE_KEYS = [
  'id',
  'name',
  'domain',
  'status',
  'billingCycle',
  'nextDue',
  'nextInvoice',
  'createdAt',
  'amount',
  'firstPayment',
  'currency',
  'label',
  'category',
  'username',
  'kind',
  'cancelRequested',
] as const satisfies readonly (keyof HostbillService)[];

const VM_KEYS = [
  'id',
  'serviceId',
  'label',
  'hostname',
  'state',
  'ipv4',
  'ipv6',
  'template',
  'templateName',
  'os',
  'flavor',
  'cpu',
  'memoryMb',
  'diskGb',
  'createdAt',
] as const satisfies readonly (keyof Vm)[];

function project<T extends object>(source: T, keys: readonly (keyof T)[]): T {
  return Object.fromEntries(keys.map((key) => [key, source[key] ?? null])) as T;
}

export const serviceRow = (service: HostbillService): HostbillService => project(service, SERVICE_KEYS);
export const vmRow = (vm: Vm): Vm => project(vm, VM_KEYS);

export interface StoredService {
  readonly service: HostingService;
  readonly listSignature: string;
}

interface ServiceRecord {
  service_json: string;
  features_json: string | null;
  list_signature: string;
}

function toHosting(row: ServiceRecord): HostingService {
  const features = row.features_json ? (JSON.parse(row.features_json) as ServiceMethods) : null;
  return { ...(JSON.parse(row.service_json) as HostbillService), features };
}

export function createHostingRepo(db: CacheDb) {
  const q = {
    services: db.prepare<[string], ServiceRecord>(
      'SELECT service_json, features_json, list_signature FROM hostbill_services WHERE account_id = ? ORDER BY position',
    ),
    service: db.prepare<[string, string], ServiceRecord>(
      'SELECT service_json, features_json, list_signature FROM hostbill_services WHERE account_id = ? AND service_id = ?',
    ),
    upsertService: db.prepare(
      `INSERT INTO hostbill_services (account_id, service_id, position, service_json, features_json, list_signature)
       VALUES (@accountId, @serviceId, @position, @service, @features, @signature)
       ON CONFLICT(account_id, service_id) DO UPDATE SET position = excluded.position,
         service_json = excluded.service_json, features_json = excluded.features_json,
         list_signature = excluded.list_signature`,
    ),
    updateService: db.prepare(
      'UPDATE hostbill_services SET service_json = ?, features_json = COALESCE(?, features_json) WHERE account_id = ? AND service_id = ?',
    ),
    deleteServices: db.prepare('DELETE FROM hostbill_services WHERE account_id = ?'),
    vms: db.prepare<[string], { vm_json: string }>(
      `SELECT v.vm_json FROM hostbill_vms v LEFT JOIN hostbill_services s
         ON s.account_id = v.account_id AND s.service_id = v.service_id
       WHERE v.account_id = ? ORDER BY s.position, v.position`,
    ),
    vmsOf: db.prepare<[string, string], { vm_json: string }>(
      'SELECT vm_json FROM hostbill_vms WHERE account_id = ? AND service_id = ? ORDER BY position',
    ),
    vm: db.prepare<[string, string, string], { vm_json: string }>(
      'SELECT vm_json FROM hostbill_vms WHERE account_id = ? AND service_id = ? AND vm_id = ?',
    ),
    maxVmPosition: db.prepare<[string, string], { p: number | null }>(
      'SELECT MAX(position) AS p FROM hostbill_vms WHERE account_id = ? AND service_id = ?',
    ),
    insertVm: db.prepare(
      `INSERT INTO hostbill_vms (account_id, service_id, vm_id, position, vm_json) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(account_id, service_id, vm_id) DO UPDATE SET vm_json = excluded.vm_json`,
    ),
    deleteVms: db.prepare('DELETE FROM hostbill_vms WHERE account_id = ?'),
    deleteVmsOf: db.prepare('DELETE FROM hostbill_vms WHERE account_id = ? AND service_id = ?'),
    extra: db.prepare<[string, string, string], { json: string }>(
      'SELECT json FROM hostbill_service_extras WHERE account_id = ? AND service_id = ? AND kind = ?',
    ),
    setExtra: db.prepare(
      `INSERT INTO hostbill_service_extras (account_id, service_id, kind, json) VALUES (?, ?, ?, ?)
       ON CONFLICT(account_id, service_id, kind) DO UPDATE SET json = excluded.json`,
    ),
  };

  return {
    /** False once the core closed the DB: background pollers stop instead of throwing. */
    isOpen: () => db.open,
    services: (accountId: string): HostingService[] => q.services.all(accountId).map(toHosting),
    service(accountId: string, serviceId: string): StoredService | null {
      const row = q.service.get(accountId, serviceId);
      return row ? { service: toHosting(row), listSignature: row.list_signature } : null;
    },
    /** Replaces the account's services and VMs in one transaction (a full refresh). */
    replaceAll: db.transaction(
      (
        accountId: string,
        services: readonly { service: HostbillService; features: ServiceMethods | null; signature: string }[],
        vms: readonly Vm[],
      ) => {
        q.deleteServices.run(accountId);
        services.forEach((entry, position) =>
          q.upsertService.run({
            accountId,
            serviceId: entry.service.id,
            position,
            service: JSON.stringify(serviceRow(entry.service)),
            features: entry.features ? JSON.stringify(entry.features) : null,
            signature: entry.signature,
          }),
        );
        q.deleteVms.run(accountId);
        vms.forEach((vm, position) =>
          q.insertVm.run(accountId, vm.serviceId ?? '', vm.id, position, JSON.stringify(vmRow(vm))),
        );
      },
    ),
    /** A re-read service (detail or after a write); features are kept when not re-read. */
    updateService(accountId: string, service: HostbillService, features: ServiceMethods | null): boolean {
      return (
        q.updateService.run(
          JSON.stringify(serviceRow(service)),
          features ? JSON.stringify(features) : null,
          accountId,
          service.id,
        ).changes > 0
      );
    },
    vms: (accountId: string): Vm[] => q.vms.all(accountId).map((row) => JSON.parse(row.vm_json) as Vm),
    vmsOf: (accountId: string, serviceId: string): Vm[] =>
      q.vmsOf.all(accountId, serviceId).map((row) => JSON.parse(row.vm_json) as Vm),
    vm(accountId: string, serviceId: string, vmId: string): Vm | null {
      const row = q.vm.get(accountId, serviceId, vmId);
      return row ? (JSON.parse(row.vm_json) as Vm) : null;
    },
    /** Stores a VM as read back; answers whether anything the user sees changed. */
    putVm(accountId: string, serviceId: string, vm: Vm): boolean {
      const json = JSON.stringify(vmRow({ ...vm, serviceId }));
      const before = q.vm.get(accountId, serviceId, vm.id);
      if (before?.vm_json === json) return false;
      const position = before ? 0 : (q.maxVmPosition.get(accountId, serviceId)?.p ?? -1) + 1;
      q.insertVm.run(accountId, serviceId, vm.id, position, json);
      return true;
    },
    replaceVmsOf: db.transaction((accountId: string, serviceId: string, vms: readonly Vm[]) => {
      q.deleteVmsOf.run(accountId, serviceId);
      vms.forEach((vm, position) =>
        q.insertVm.run(accountId, serviceId, vm.id, position, JSON.stringify(vmRow({ ...vm, serviceId }))),
      );
    }),
    extra<T>(accountId: string, serviceId: string, kind: string): T | null {
      const row = q.extra.get(accountId, serviceId, kind);
      return row ? (JSON.parse(row.json) as T) : null;
    },
    setExtra(accountId: string, serviceId: string, kind: string, value: unknown): void {
      q.setExtra.run(accountId, serviceId, kind, JSON.stringify(value));
    },
  };
}
export type HostingRepo = ReturnType<typeof createHostingRepo>;
