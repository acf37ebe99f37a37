/** The DNS area's calls to main (writes and plans); cached reads go through useCachedResource. */
import type { DnsApplyAnswer } from '../../../../common/channels/dns';
import type { DnsChange, DnsPlan } from '../../../../common/dns/types';
import type { ImportMode } from '../../../../common/dns/zone-import';
import type { DnsZone } from '../../../../common/models/hostbill';
import type { Result } from '../../../../common/result';
import { call } from '../../lib/api';

export interface ZoneRef {
  readonly accountId: string;
  readonly serviceId: string;
  readonly zoneId: string;
}

export const planChanges = (ref: ZoneRef, changes: readonly DnsChange[]): Promise<Result<DnsPlan>> =>
  call((api) => api.dns.plan({ ...ref, changes: [...changes] }));

export const applyChanges = (
  ref: ZoneRef,
  changes: readonly DnsChange[],
  confirmName?: string,
): Promise<Result<DnsApplyAnswer>> =>
  call((api) => api.dns.apply({ ...ref, changes: [...changes], ...(confirmName ? { confirmName } : {}) }));

export const importZoneFile = (ref: ZoneRef, text: string, mode: ImportMode): Promise<Result<DnsPlan>> =>
  call((api) => api.dns.import({ ...ref, text, mode }));

export const exportZoneFile = (ref: ZoneRef): Promise<Result<{ readonly text: string }>> =>
  call((api) => api.dns.export(ref));

export const createZone = (accountId: string, serviceId: string, name: string): Promise<Result<DnsZone | null>> =>
  call((api) => api.dns.zones.create({ accountId, serviceId, name }));

export const deleteZone = (ref: ZoneRef, confirmName: string): Promise<Result<{ readonly info: readonly string[] }>> =>
  call((api) => api.dns.zones.delete({ ...ref, confirmName }));

/** A plan's changes as the change set that produced it (to apply an imported plan). */
export function changesOf(plan: DnsPlan): DnsChange[] {
  return plan.changes.flatMap((c): DnsChange[] => {
    if (c.op === 'create') return [{ op: 'create', record: c.after! }];
    if (c.op === 'update') return [{ op: 'update', id: c.id!, record: c.after! }];
    return [{ op: 'delete', id: c.id! }];
  });
}
