/**
 * DNS endpoints. SRV content travels as [weight, port, target] and is an object inside the app;
 * every other type keeps a string. Zone and record creation are POSTs and never repeated by
 * themselves: after a timeout, `getDnsZone` shows whether the record landed.
 */
import { z } from 'zod';
import type { DnsRecord, DnsZone, DnsZoneDetails, DnsZoneList, PortalInfo } from '../../../common/models/hostbill';
import type { DnsRecordValue } from '../../../common/dns/types';
import type { PortalContext } from './context';
import {
  id,
  infoOf,
  int,
  isRaw,
  parseWith,
  pick,
  rawListOrMap,
  srvFromWire,
  srvToWire,
  strings,
  text,
  type Raw,
} from './normalize';
import { path } from './request';

const zonesAnswer = z
  .object({ zones: rawListOrMap.optional(), service_ids: z.unknown().optional() })
  .catchall(z.unknown());
const zoneAnswer = z.object({ records: rawListOrMap.optional() }).catchall(z.unknown());

export function toDnsRecord(raw: Raw): DnsRecord {
  const type = (text(raw.type) ?? '').toUpperCase();
  const srv = type === 'SRV' ? srvFromWire(raw.content) : null;
  return {
    id: id(pick(raw, 'id', 'record_id')),
    name: text(raw.name) ?? '',
    type,
    ttl: int(raw.ttl),
    priority: int(pick(raw, 'priority', 'prio')),
    content: srv ?? (Array.isArray(raw.content) ? raw.content.map(String).join(' ') : (text(raw.content) ?? '')),
  };
}

/**
 * Input → wire record: SRV content becomes the array the portal expects; priority only where it
 * means something (types the app does not check keep what they were given).
 */
export function dnsRecordToWire(input: DnsRecordValue): Record<string, unknown> {
  const priority = input.type === 'A' || input.type === 'AAAA' || input.type === 'CNAME' ? 0 : (input.priority ?? 0);
  const content = typeof input.content === 'string' ? input.content : srvToWire(input.content);
  return { name: input.name, ttl: input.ttl, priority, type: input.type, content };
}

function toZone(raw: Raw): DnsZone {
  return {
    id: id(pick(raw, 'domain_id', 'zone_id', 'id')) ?? '',
    name: text(raw.name) ?? '',
    serviceId: id(raw.service_id) ?? '',
  };
}

function recordFrom(body: unknown): DnsRecord | null {
  return isRaw(body) && isRaw(body.record) ? toDnsRecord(body.record) : null;
}

export function dnsApi(ctx: PortalContext) {
  return {
    async listDnsZones(): Promise<DnsZoneList> {
      const body = parseWith(zonesAnswer, await ctx.get('/dns', { optional: true }));
      return { serviceIds: strings(body.service_ids).map(String), zones: (body.zones ?? []).map(toZone) };
    },

    /** Documented, but many portals answer "invalid method": then use listDnsZones and filter. */
    async listServiceDnsZones(serviceId: string): Promise<DnsZone[]> {
      const body = parseWith(zonesAnswer, await ctx.get(path`/service/${serviceId}/dns`, { optional: true }));
      return (body.zones ?? []).map((raw) => ({ ...toZone(raw), serviceId: id(raw.service_id) ?? serviceId }));
    },

    async addDnsZone(serviceId: string, name: string): Promise<PortalInfo & { zone: DnsZone | null }> {
      const body = await ctx.post(path`/service/${serviceId}/dns`, { name }, { optional: true });
      const raw = isRaw(body)
        ? isRaw(body.zone)
          ? body.zone
          : pick(body, 'domain_id', 'zone_id') !== undefined
            ? body
            : null
        : null;
      return {
        info: infoOf(body),
        zone: raw ? { ...toZone(raw), serviceId: id(raw.service_id) ?? serviceId, name: text(raw.name) ?? name } : null,
      };
    },

    async getDnsZone(serviceId: string, zoneId: string): Promise<DnsZoneDetails> {
      const body = parseWith(zoneAnswer, await ctx.get(path`/service/${serviceId}/dns/${zoneId}`, { optional: true }));
      return {
        id: zoneId,
        serviceId: id(body.service_id) ?? serviceId,
        name: text(body.name) ?? '',
        records: (body.records ?? []).map(toDnsRecord),
      };
    },

    /** Deleting a zone twice is harmless (the second answer is an error we can show), so it may be retried. */
    async removeDnsZone(serviceId: string, zoneId: string): Promise<PortalInfo> {
      return { info: infoOf(await ctx.del(path`/service/${serviceId}/dns/${zoneId}`, { optional: true })) };
    },

    async addDnsRecord(
      serviceId: string,
      zoneId: string,
      input: DnsRecordValue,
    ): Promise<PortalInfo & { record: DnsRecord | null }> {
      const body = await ctx.post(path`/service/${serviceId}/dns/${zoneId}/records`, dnsRecordToWire(input), {
        optional: true,
      });
      return { info: infoOf(body), record: recordFrom(body) };
    },

    /** A full replace of one record: repeating it sets the same values again. */
    async updateDnsRecord(
      serviceId: string,
      zoneId: string,
      recordId: string,
      input: DnsRecordValue,
    ): Promise<PortalInfo & { record: DnsRecord | null }> {
      const body = await ctx.put(
        path`/service/${serviceId}/dns/${zoneId}/records/${recordId}`,
        dnsRecordToWire(input),
        { optional: true },
      );
      return { info: infoOf(body), record: recordFrom(body) };
    },

    async removeDnsRecord(serviceId: string, zoneId: string, recordId: string): Promise<PortalInfo> {
      return {
        info: infoOf(await ctx.del(path`/service/${serviceId}/dns/${zoneId}/records/${recordId}`, { optional: true })),
      };
    },
  };
}
