/**
 * The DNS editor's data, as the channels carry it: names relative to the zone ("@" is the apex),
 * host targets fully qualified without the trailing dot, `ttl` and `priority` numbers, SRV content
 * as fields. The portal's wire quirks (strings for numbers, SRV arrays) never get this far.
 */
export const VALIDATED_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'NS', 'CAA'] as const;
export type ValidatedType = (typeof VALIDATED_TYPES)[number];

export const MIN_TTL = 60;
export const MAX_TTL = 604_800;

export interface SrvFields {
  readonly weight: number;
  readonly port: number;
  readonly target: string;
}

/** A record as the user writes it (form, import, `dns.plan` changes). */
export interface DnsRecordValue {
  readonly name: string;
  readonly type: string;
  readonly ttl: number;
  readonly priority?: number;
  readonly content: string | SrvFields;
}

/** A record as the zone holds it: with the portal's id, priority always a number. */
export interface DnsZoneRecord extends DnsRecordValue {
  readonly id: string;
  readonly priority: number;
}

export interface DnsZoneView {
  readonly id: string;
  readonly serviceId: string;
  readonly name: string;
  readonly records: readonly DnsZoneRecord[];
}

export type DnsChange =
  | { readonly op: 'create'; readonly record: DnsRecordValue }
  | { readonly op: 'update'; readonly id: string; readonly record: DnsRecordValue }
  | { readonly op: 'delete'; readonly id: string };

/**
 * When a change runs: deletes that free a name for another change, then updates, then creates,
 * then the remaining deletes (the old records keep answering until their replacements exist).
 */
export type DnsPhase = 'free-name' | 'update' | 'create' | 'delete';
export const PHASES: readonly DnsPhase[] = ['free-name', 'update', 'create', 'delete'];

export interface PlannedChange {
  /** Position of the change as given. */
  readonly index: number;
  readonly op: DnsChange['op'];
  readonly id: string | null;
  readonly before: DnsZoneRecord | null;
  /** The normalised record that will be sent (null for a delete). */
  readonly after: DnsRecordValue | null;
  readonly phase: DnsPhase;
  /** An update whose values equal the record's: nothing is sent. */
  readonly noop: boolean;
}

export interface DnsPlanCounts {
  readonly create: number;
  readonly update: number;
  readonly delete: number;
  readonly unchanged: number;
}

export interface DnsPlan {
  readonly zone: string;
  readonly changes: readonly PlannedChange[];
  readonly counts: DnsPlanCounts;
  readonly warnings: readonly string[];
  readonly needsConfirmation: boolean;
  /** Why confirmation is needed (empty when it is not). */
  readonly confirmReasons: readonly string[];
}

export interface DnsChangeResult {
  readonly index: number;
  readonly op: DnsChange['op'];
  readonly ok: boolean;
  /** The portal's message, or what the app knows (e.g. "created; confirmed by re-reading the zone"). */
  readonly message: string;
  readonly error?: string;
}

export type FieldErrors = Record<string, string>;
