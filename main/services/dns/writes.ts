/**
 * Writes: zones added and removed, plans applied. Each goes to the portal first (portalWrite), the
 * cache follows the portal's answer or a re-read, never a guess.
 */
import { dnsKeys, type DnsApplyAnswer } from '../../../common/channels/dns';
import { zoneName } from '../../../common/dns/names';
import { confirmsZone, planChanges } from '../../../common/dns/planner';
import type { DnsChange, DnsPlan } from '../../../common/dns/types';
import { fail } from '../../../common/errors';
import type { DnsZone } from '../../../common/models/hostbill';
import type { FeatureDeps } from '../feature-deps';
import { portalWrite } from '../kernel';
import { applyPlan } from './apply';
import type { DnsReads } from './reads';
import type { DnsRepo } from './repo';

export interface DnsZoneRef {
  readonly accountId: string;
  readonly serviceId: string;
  readonly zoneId: string;
}

/** A plan's field errors as one `validation` error, its message naming the first change and field. */
export function refusePlan(errors: Record<string, string>): never {
  const [key, message] = Object.entries(errors)[0]!;
  const index = Number(/^changes\.(\d+)/.exec(key)?.[1] ?? 0);
  return fail('validation', `Change ${index + 1}: ${message}`, { details: errors });
}

export function createDnsWrites(deps: FeatureDeps, repo: DnsRepo, reads: DnsReads) {
  return {
    async createZone(accountId: string, serviceId: string, name: string): Promise<DnsZone | null> {
      const checked = zoneName(name);
      if (!checked.ok) fail('validation', checked.error, { details: { name: checked.error } });
      await portalWrite(deps, {
        accountId,
        kind: 'hostbill',
        send: (client) => client.addDnsZone(serviceId, checked.value),
        changed: [],
        activity: { area: 'dns', action: 'add zone', target: checked.value, values: { serviceId } },
      });
      // The portal's answer has no id: the list says which zone it became (and reads its records).
      await reads.refreshZones(accountId);
      return repo.zones(accountId).find((z) => z.name === checked.value) ?? null;
    },

    async deleteZone(ref: DnsZoneRef, confirmName: string): Promise<{ info: readonly string[] }> {
      const zone = await reads.listedZone(ref.accountId, ref.serviceId, ref.zoneId);
      if (!confirmsZone(confirmName, zone.name)) {
        fail('validation', `Type ${zone.name} to remove this zone`, {
          details: { confirmName: 'The name does not match' },
        });
      }
      return portalWrite(deps, {
        accountId: ref.accountId,
        kind: 'hostbill',
        send: (client) => client.removeDnsZone(ref.serviceId, ref.zoneId),
        store: () => repo.removeZone(ref.accountId, ref.serviceId, ref.zoneId),
        changed: [dnsKeys.key.zones(), dnsKeys.key.zone(ref)],
        activity: { area: 'dns', action: 'remove zone', target: zone.name },
      });
    },

    /**
     * Plans against the zone as the portal has it now (fresh ids), refuses the whole plan when it is
     * invalid or needs a confirmation it did not get, then sends it.
     */
    async apply(ref: DnsZoneRef, changes: readonly DnsChange[], confirmName?: string): Promise<DnsApplyAnswer> {
      const zone = await reads.readZone(ref.accountId, ref.serviceId, ref.zoneId);
      const planned = planChanges(zone, changes);
      if (!planned.ok) return refusePlan(planned.errors);
      const plan: DnsPlan = planned.plan;
      if (plan.needsConfirmation && !confirmsZone(confirmName, zone.name)) {
        fail('validation', `${plan.confirmReasons.join('; ')}: type ${zone.name} to apply it`, {
          details: { confirmName: `Type ${zone.name} to apply this plan` },
        });
      }
      const outcome = await portalWrite(deps, {
        accountId: ref.accountId,
        kind: 'hostbill',
        send: (client) =>
          applyPlan({
            portal: client,
            serviceId: ref.serviceId,
            zoneId: ref.zoneId,
            plan,
            knownIds: new Set(zone.records.map((r) => r.id)),
          }),
        store: (answer) => {
          if (answer.zone) repo.storeZone(ref.accountId, answer.zone);
        },
        changed: [dnsKeys.key.zone(ref)],
        activity: {
          area: 'dns',
          action: 'apply plan',
          target: zone.name,
          values: { create: plan.counts.create, update: plan.counts.update, delete: plan.counts.delete },
        },
      });
      return { results: outcome.results };
    },
  };
}
