/**
 * Changes → plan, nothing sent. Every change is validated (per type, then the zone rules on the
 * zone as it would be); invalid ones come back as field errors keyed `changes.<index>.record.<field>`
 * or `changes.<index>.id`, the same paths zod gives the channel's shape errors. The mass-change
 * guard is octoDNS's: a zone of at least 10 records where more than 30% would be updated or
 * deleted, or any change to the apex NS records, needs the zone name typed to apply.
 */
import { fqdn } from './names';
import { sameRecord } from './record-key';
import { isValidatedType, validateRecord } from './validate-record';
import { checkZoneRules, type ZoneEntry } from './zone-rules';
import {
  PHASES,
  type DnsChange,
  type DnsPhase,
  type DnsPlan,
  type DnsRecordValue,
  type DnsZoneRecord,
  type DnsZoneView,
  type FieldErrors,
  type PlannedChange,
} from './types';

export const GUARD_MIN_RECORDS = 10;
export const GUARD_SHARE = 0.3;

export type PlanResult =
  { readonly ok: true; readonly plan: DnsPlan } | { readonly ok: false; readonly errors: FieldErrors };

const isApexNs = (record: DnsRecordValue | null): boolean => record?.type === 'NS' && record.name === '@';

interface Draft {
  readonly index: number;
  readonly change: DnsChange;
  readonly before: DnsZoneRecord | null;
  readonly after: DnsRecordValue | null;
}

function readChanges(zone: DnsZoneView, changes: readonly DnsChange[], errors: FieldErrors): Draft[] {
  const byId = new Map(zone.records.map((r) => [r.id, r]));
  const touched = new Map<string, number>();
  const drafts: Draft[] = [];
  changes.forEach((change, index) => {
    const key = (field: string) => `changes.${index}.${field}`;
    let before: DnsZoneRecord | null = null;
    if (change.op !== 'create') {
      before = byId.get(change.id) ?? null;
      const earlier = touched.get(change.id);
      if (!before) errors[key('id')] = 'This record is no longer in the zone: reload it';
      else if (earlier !== undefined) errors[key('id')] = `This record is already changed by change ${earlier + 1}`;
      else touched.set(change.id, index);
    }
    let after: DnsRecordValue | null = null;
    if (change.op !== 'delete') {
      const checked = validateRecord(change.record, zone.name);
      if (checked.ok) after = checked.record;
      else for (const [field, message] of Object.entries(checked.errors)) errors[key(`record.${field}`)] = message;
    }
    drafts.push({ index, change, before, after });
  });
  return drafts;
}

/** Deletes run first when a created or updated record takes their name (an A replaced by a CNAME). */
function phaseOf(draft: Draft, takenNames: ReadonlySet<string>): DnsPhase {
  if (draft.change.op === 'update') return 'update';
  if (draft.change.op === 'create') return 'create';
  return draft.before && takenNames.has(draft.before.name) ? 'free-name' : 'delete';
}

function warningsFor(drafts: readonly Draft[], result: readonly DnsRecordValue[], zone: string): string[] {
  const warnings: string[] = [];
  if (drafts.some((d) => isApexNs(d.before) || isApexNs(d.after))) {
    warnings.push(`This plan changes the name servers of ${zone} (NS records at @)`);
  }
  const others = new Set(drafts.flatMap((d) => (d.after && !isValidatedType(d.after.type) ? [d.after.type] : [])));
  for (const type of others) warnings.push(`${type} records are not checked by the app: the portal decides`);
  const addressed = new Set(
    result.filter((r) => r.type === 'A' || r.type === 'AAAA' || r.type === 'CNAME').map((r) => fqdn(r.name, zone)),
  );
  for (const d of drafts) {
    const target =
      d.after?.type === 'MX' && typeof d.after.content === 'string'
        ? d.after.content
        : d.after?.type === 'SRV' && typeof d.after.content !== 'string'
          ? d.after.content.target
          : null;
    if (target && (target === zone || target.endsWith(`.${zone}`)) && !addressed.has(target)) {
      warnings.push(`${target} (${d.after!.type} target) has no A or AAAA record in this zone`);
    }
  }
  if (result.length > 0 && !result.some((r) => isApexNs(r))) warnings.push('The zone would have no NS records at @');
  return warnings;
}

export function planChanges(zone: DnsZoneView, changes: readonly DnsChange[]): PlanResult {
  const errors: FieldErrors = {};
  const drafts = readChanges(zone, changes, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const replaced = new Set(drafts.flatMap((d) => (d.before ? [d.before.id] : [])));
  const entries: ZoneEntry[] = [
    ...zone.records.filter((r) => !replaced.has(r.id)).map((record) => ({ record })),
    ...drafts.flatMap((d) => (d.after ? [{ record: d.after, change: d.index }] : [])),
  ];
  const rules = checkZoneRules(entries, zone.name);
  for (const problem of rules.errors) errors[`changes.${problem.change}.record.${problem.field}`] ??= problem.message;
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const takenNames = new Set(drafts.flatMap((d) => (d.after ? [d.after.name] : [])));
  const planned: PlannedChange[] = drafts.map((d) => ({
    index: d.index,
    op: d.change.op,
    id: d.before?.id ?? null,
    before: d.before,
    after: d.after,
    phase: phaseOf(d, takenNames),
    noop: d.change.op === 'update' && d.before !== null && d.after !== null && sameRecord(d.before, d.after),
  }));
  const count = (op: DnsChange['op']) => planned.filter((c) => c.op === op && !c.noop).length;
  const counts = {
    create: count('create'),
    update: count('update'),
    delete: count('delete'),
    unchanged: zone.records.length - count('update') - count('delete'),
  };
  const warnings = [
    ...warningsFor(
      drafts,
      entries.map((e) => e.record),
      zone.name,
    ),
    ...rules.warnings,
  ];
  const noops = planned.filter((c) => c.noop).length;
  if (noops === 1) warnings.push('1 change leaves its record as it is: nothing is sent for it');
  if (noops > 1) warnings.push(`${noops} changes leave their records as they are: nothing is sent for them`);

  const confirmReasons: string[] = [];
  const share = zone.records.length === 0 ? 0 : (counts.update + counts.delete) / zone.records.length;
  if (zone.records.length >= GUARD_MIN_RECORDS && share > GUARD_SHARE) {
    confirmReasons.push(
      `It updates or deletes ${Math.round(share * 100)}% of the zone's ${zone.records.length} records`,
    );
  }
  if (planned.some((c) => !c.noop && (isApexNs(c.before) || isApexNs(c.after)))) {
    confirmReasons.push("It changes the zone's name servers (NS at @)");
  }
  return {
    ok: true,
    plan: {
      zone: zone.name,
      changes: planned,
      counts,
      warnings,
      needsConfirmation: confirmReasons.length > 0,
      confirmReasons,
    },
  };
}

/** The execution order: phase by phase, in the order given within a phase. */
export function executionOrder(plan: DnsPlan): PlannedChange[][] {
  return PHASES.map((phase) => plan.changes.filter((c) => c.phase === phase && !c.noop)).filter(
    (group) => group.length > 0,
  );
}

/** The typed name matches the zone (case and a trailing dot do not matter). */
export function confirmsZone(typed: string | undefined, zone: string): boolean {
  return typed !== undefined && typed.trim().toLowerCase().replace(/\.$/, '') === zone;
}
