/**
 * The DNS editor: zones and records of HostBill portals. Reads answer from the encrypted cache
 * (Cached<T>) and refresh in the background; `dns.plan` and `dns.import` send nothing; `dns.apply`
 * sends a plan change by change and answers one result per change. cache.changed resources: `dnsKeys`.
 * Record shapes are checked here; the rules of each type and of the zone are the planner's
 * (common/dns/), whose field errors name the change: `changes.<i>.record.<field>`.
 */
import { z } from 'zod';
import { channel } from '../channel';
import type { DnsChangeResult, DnsPlan, DnsZoneView } from '../dns/types';
import { IMPORT_MODES } from '../dns/zone-import';
import type { Cached, SyncOutcome } from '../models/cached';
import type { DnsZone } from '../models/hostbill';
import { resourceKeys } from '../resource-keys';
import { hostbillIdSchema } from '../schemas/hostbill';
import { idSchema } from '../validation';

export const dnsKeys = resourceKeys('dns', { zones: [], zone: ['serviceId', 'zoneId'] });

/** A zone file may be large (a 2,000-record zone is ~150 kB); this bounds what one call carries. */
export const MAX_ZONE_FILE_CHARS = 2_000_000;
export const MAX_CHANGES = 10_000;

const number = (what: string) => z.number(`The ${what} is a number`);
const srvSchema = z.strictObject({
  weight: number('weight'),
  port: number('port'),
  target: z.string('Enter the target host').max(300, 'The target is too long'),
});
export const dnsRecordValueSchema = z.strictObject({
  /** Ignored: a record may be passed as `dns.zone.get` answers it; the change's own `id` is what counts. */
  id: hostbillIdSchema.optional(),
  name: z.string('Enter a name or @').max(300, 'The name is too long'),
  type: z.string('Choose a record type').max(16, 'Unknown record type'),
  ttl: number('TTL'),
  priority: number('priority').optional(),
  content: z.union([z.string().max(70_000, 'The content is too long'), srvSchema], 'Enter the content'),
});
const changeSchema = z.discriminatedUnion(
  'op',
  [
    z.strictObject({ op: z.literal('create'), record: dnsRecordValueSchema }),
    z.strictObject({ op: z.literal('update'), id: hostbillIdSchema, record: dnsRecordValueSchema }),
    z.strictObject({ op: z.literal('delete'), id: hostbillIdSchema }),
  ],
  'A change is create, update or delete',
);

const account = { accountId: idSchema };
const zone = { ...account, serviceId: hostbillIdSchema, zoneId: hostbillIdSchema };
const changes = z.array(changeSchema).max(MAX_CHANGES, `At most ${MAX_CHANGES} changes at once`);

export interface DnsApplyAnswer {
  readonly results: readonly DnsChangeResult[];
}

export const dnsChannels = {
  /** Every zone of the account (id, serviceId, name) from the cache; refreshes the list and every zone when stale. */
  'dns.zones.list': channel<Cached<readonly DnsZone[]>>()(z.strictObject(account)),
  /** Re-reads the zone list and every zone's records now; answers how it went. */
  'dns.zones.refresh': channel<SyncOutcome>()(z.strictObject(account)),
  /** Adds a zone on a DNS service (POST, never repeated); answers the zone as the portal then lists it. */
  'dns.zones.create': channel<DnsZone | null>()(
    z.strictObject({ ...account, serviceId: hostbillIdSchema, name: z.string().max(300, 'The name is too long') }),
  ),
  /** Removes a zone and all its records; `confirmName` must be the zone's name. */
  'dns.zones.delete': channel<{ readonly info: readonly string[] }>()(
    z.strictObject({ ...zone, confirmName: z.string().max(300) }),
  ),
  /** One zone with its records (normalised: ttl and priority numbers, SRV content as fields), from the cache. */
  'dns.zone.get': channel<Cached<DnsZoneView | null>>()(z.strictObject(zone)),
  /** The plan of a change set against the cached zone (before/after, counts, warnings, guard); nothing sent. */
  'dns.plan': channel<DnsPlan>()(z.strictObject({ ...zone, changes })),
  /** Re-reads the zone, plans, then sends the changes; one result per change in the order given. */
  'dns.apply': channel<DnsApplyAnswer>()(
    z.strictObject({ ...zone, changes, confirmName: z.string().max(300).optional() }),
  ),
  /** The cached zone as a BIND master file. */
  'dns.export': channel<{ readonly text: string }>()(z.strictObject(zone)),
  /** A BIND file read as a plan against the cached zone (merge: add and update; replace: also delete); nothing sent. */
  'dns.import': channel<DnsPlan>()(
    z.strictObject({
      ...zone,
      text: z.string().max(MAX_ZONE_FILE_CHARS, 'The file is too large (at most 2 MB)'),
      mode: z.enum(IMPORT_MODES, 'Choose merge or replace'),
    }),
  ),
};
