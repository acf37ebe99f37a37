/**
 * Sends a plan: phase by phase (deletes that free a name, updates, creates, other deletes), with at
 * most `concurrency` requests at once, every change on its own (a failure stops nothing else).
 * POSTs are never repeated: a create whose answer was lost is settled by re-reading the zone
 * afterwards, which always happens, so the results match the portal's state.
 */
import { executionOrder } from '../../../common/dns/planner';
import { recordKey, sameRecord } from '../../../common/dns/record-key';
import type { DnsChangeResult, DnsPlan, DnsZoneView, PlannedChange } from '../../../common/dns/types';
import { AppFailure } from '../../../common/errors';
import type { DnsZoneDetails, PortalInfo } from '../../../common/models/hostbill';
import type { DnsRecordValue } from '../../../common/dns/types';
import { mapLimited } from '../limiter';
import { toZoneView } from './zone-view';

export const APPLY_CONCURRENCY = 4;

/** The part of the HostBill client a plan needs. */
export interface DnsPortal {
  addDnsRecord(serviceId: string, zoneId: string, record: DnsRecordValue): Promise<PortalInfo>;
  updateDnsRecord(serviceId: string, zoneId: string, recordId: string, record: DnsRecordValue): Promise<PortalInfo>;
  removeDnsRecord(serviceId: string, zoneId: string, recordId: string): Promise<PortalInfo>;
  getDnsZone(serviceId: string, zoneId: string): Promise<DnsZoneDetails>;
}

export interface ApplyOutcome {
  readonly results: DnsChangeResult[];
  /** The zone as re-read after the plan; null when even that read failed. */
  readonly zone: DnsZoneView | null;
  /** The most requests in flight at once. */
  readonly peakConcurrency: number;
}

type Sent =
  | { readonly ok: true; readonly message: string }
  | { readonly ok: false; readonly error: string; readonly unsure: boolean };

const UNSURE = new Set(['network', 'timeout']);

async function send(portal: DnsPortal, serviceId: string, zoneId: string, change: PlannedChange): Promise<Sent> {
  try {
    const answer =
      change.op === 'create'
        ? await portal.addDnsRecord(serviceId, zoneId, change.after!)
        : change.op === 'update'
          ? await portal.updateDnsRecord(serviceId, zoneId, change.id!, change.after!)
          : await portal.removeDnsRecord(serviceId, zoneId, change.id!);
    return { ok: true, message: answer.info[0] ?? 'Done' };
  } catch (thrown) {
    if (!(thrown instanceof AppFailure)) throw thrown;
    return { ok: false, error: thrown.error.message, unsure: UNSURE.has(thrown.error.kind) };
  }
}

/** What the re-read zone says about a change whose answer was lost. */
function settle(change: PlannedChange, zone: DnsZoneView, knownIds: ReadonlySet<string>): boolean {
  if (change.op === 'create') {
    const key = recordKey(change.after!);
    return zone.records.some((r) => !knownIds.has(r.id) && recordKey(r) === key);
  }
  const now = zone.records.find((r) => r.id === change.id);
  return change.op === 'delete' ? now === undefined : now !== undefined && sameRecord(now, change.after!);
}

export async function applyPlan(options: {
  portal: DnsPortal;
  serviceId: string;
  zoneId: string;
  plan: DnsPlan;
  /** Record ids the zone had when the plan was made (a create's record is one not among them). */
  knownIds: ReadonlySet<string>;
  concurrency?: number;
}): Promise<ApplyOutcome> {
  const { portal, serviceId, zoneId, plan, knownIds } = options;
  const sent = new Map<number, Sent>();
  let peak = 0;
  for (const group of executionOrder(plan)) {
    const run = await mapLimited(group, options.concurrency ?? APPLY_CONCURRENCY, async (change) => {
      sent.set(change.index, await send(portal, serviceId, zoneId, change));
    });
    peak = Math.max(peak, run.peak);
  }
  let zone: DnsZoneView | null = null;
  try {
    zone = toZoneView(await portal.getDnsZone(serviceId, zoneId));
  } catch (thrown) {
    if (!(thrown instanceof AppFailure)) throw thrown;
  }
  const results = plan.changes.map((change): DnsChangeResult => {
    const base = { index: change.index, op: change.op };
    if (change.noop) return { ...base, ok: true, message: 'Unchanged: nothing was sent' };
    const outcome = sent.get(change.index)!;
    if (outcome.ok) return { ...base, ok: true, message: outcome.message };
    if (!outcome.unsure) return { ...base, ok: false, message: outcome.error, error: outcome.error };
    if (zone === null) {
      return {
        ...base,
        ok: false,
        message: 'The answer was lost and the zone could not be re-read: reload it',
        error: outcome.error,
      };
    }
    return settle(change, zone, knownIds)
      ? { ...base, ok: true, message: 'The answer was lost; re-reading the zone shows it was done' }
      : {
          ...base,
          ok: false,
          message: 'The answer was lost; re-reading the zone shows it was not done (nothing was repeated)',
          error: outcome.error,
        };
  });
  return { results, zone, peakConcurrency: peak };
}
