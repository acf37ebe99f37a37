/** Plans, imports and exports: worked out on the cached zone, so they need no connection and send nothing. */
import { planChanges } from '../../../common/dns/planner';
import type { DnsChange, DnsPlan } from '../../../common/dns/types';
import { exportZoneFile } from '../../../common/dns/zone-export';
import { importChanges, type ImportMode } from '../../../common/dns/zone-import';
import { fail } from '../../../common/errors';
import type { FeatureDeps } from '../feature-deps';
import type { DnsReads } from './reads';
import { refusePlan, type DnsZoneRef } from './writes';

export function createDnsFiles(deps: FeatureDeps, reads: DnsReads) {
  const zoneOf = (ref: DnsZoneRef) => reads.cachedZone(ref.accountId, ref.serviceId, ref.zoneId);
  return {
    plan(ref: DnsZoneRef, changes: readonly DnsChange[]): DnsPlan {
      const result = planChanges(zoneOf(ref), changes);
      return result.ok ? result.plan : refusePlan(result.errors);
    },
    importFile(ref: DnsZoneRef, text: string, mode: ImportMode): DnsPlan {
      const zone = zoneOf(ref);
      const imported = importChanges(zone, text, mode);
      if (!imported.ok) fail('validation', imported.message, { details: imported.errors });
      const result = planChanges(zone, imported.changes);
      if (!result.ok) return refusePlan(result.errors);
      return { ...result.plan, warnings: [...imported.notes, ...result.plan.warnings] };
    },
    exportFile(ref: DnsZoneRef): { text: string } {
      return { text: exportZoneFile(zoneOf(ref), new Date(deps.clock())) };
    },
  };
}
