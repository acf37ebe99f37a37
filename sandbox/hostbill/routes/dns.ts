/**
 * DNS routes, with the documented quirks:
 * - GET /dns → `{"service_ids": ["304", ...], "zones": [{"domain_id": "60", "name": "...", "service_id": "304"}]}`
 *   (all strings). GET /service/@id/dns is NOT available: it answers `{"error": ["invalid method"]}` as in the seed.
 * - GET /service/@id/dns/@zone_id → `{"service_id": 304 (number), "domain_id": "60", "name", "records": [{"id": "5001",
 *   "name": "www", "ttl": 3600 (number), "priority": 0 (number), "type", "content"}]}`. Names are relative, "@" = apex.
 * - SRV `content` is an array `[weight, port, target]` (strings), priority separate; every other type a string.
 * - POST .../records answers `{"record": {name, type, ttl: "3600", priority: "10", content}, "info": [...]}`:
 *   strings, and NO id (as in the seed): re-read the zone to learn it.
 * - PUT .../records/@record_id answers `{"record": {id, type, ttl: "3600" (string), name, priority: 0 (number),
 *   content}, "info": ["The record was updated successfully."]}`. Missing body fields keep their old values.
 * - Validation errors (bad IPv4 for A, SRV content not an array, unknown type, a CNAME sharing its name, an exact
 *   duplicate...): HTTP 200 `{"error": [...]}`. The fault layer (server-kit) applies to every route here.
 */
import { text } from '../body';
import { readRecord, zoneConflict } from '../dns-validation';
import { fail, info, ok, type Route, type RouteContext } from '../router';
import { defaultRecords } from '../seed/dns';
import { serviceFor } from '../service-methods';
import { addLog, nextId, type ServiceRecord, type ZoneRecord } from '../state';
import type { SandboxResponse } from '../../server-kit';

const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function zoneFor(context: RouteContext, route: string): { service: ServiceRecord; zone: ZoneRecord } | SandboxResponse {
  const { service, error } = serviceFor(context, route);
  if (error) return error;
  const zone = context.state.zones.get(context.params.zone_id ?? '');
  if (!zone || zone.serviceId !== service.id) return fail('Zone not found');
  return { service, zone };
}

const isAnswer = (value: object): value is SandboxResponse => 'status' in value;

export const dnsRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/dns',
    handler: ({ state }) => {
      const serviceIds = [...state.services.values()].filter((s) => s.kind === 'dns').map((s) => s.id);
      const zones = [...state.zones.values()].map((z) => ({
        domain_id: z.domainId,
        name: z.name,
        service_id: z.serviceId,
      }));
      return ok({ service_ids: serviceIds, zones });
    },
  },
  {
    method: 'POST',
    pattern: '/service/:id/dns',
    handler: (context) => {
      const { service, error } = serviceFor(context, '/service/@id/dns');
      if (error) return error;
      if (service.status !== 'Active') return fail(`Service is ${service.status}`);
      const name = text(context.body, 'name').toLowerCase().replace(/\.$/, '');
      if (!DOMAIN.test(name)) return fail('Invalid domain name');
      if ([...context.state.zones.values()].some((z) => z.name === name)) return fail('Domain zone already exists');
      const domainId = nextId(context.state, 'zone');
      context.state.zones.set(domainId, {
        domainId,
        serviceId: service.id,
        name,
        records: defaultRecords(context.state, name),
      });
      addLog(context.state, 'dns', `DNS zone ${name} created`, context.now);
      return info('Domain zone was created successfully.');
    },
  },
  {
    method: 'GET',
    pattern: '/service/:id/dns/:zone_id',
    handler: (context) => {
      const found = zoneFor(context, '/service/@id/dns/@zone_id');
      if (isAnswer(found)) return found;
      const { zone } = found;
      return ok({
        service_id: Number(zone.serviceId),
        domain_id: zone.domainId,
        name: zone.name,
        records: zone.records.map((r) => ({
          id: r.id,
          name: r.name,
          ttl: r.ttl,
          priority: r.priority,
          type: r.type,
          content: r.content,
        })),
      });
    },
  },
  {
    method: 'DELETE',
    pattern: '/service/:id/dns/:zone_id',
    handler: (context) => {
      const found = zoneFor(context, '/service/@id/dns/@zone_id');
      if (isAnswer(found)) return found;
      context.state.zones.delete(found.zone.domainId);
      addLog(context.state, 'dns', `DNS zone ${found.zone.name} deleted`, context.now);
      return info('Domain zone was deleted successfully.');
    },
  },
  {
    method: 'POST',
    pattern: '/service/:id/dns/:zone_id/records',
    handler: (context) => {
      const found = zoneFor(context, '/service/@id/dns/@zone_id/records');
      if (isAnswer(found)) return found;
      const input = readRecord(context.body, found.zone.name);
      if (typeof input === 'string') return fail(input);
      const conflict = zoneConflict(found.zone.records, input);
      if (conflict) return fail(conflict);
      found.zone.records.push({ id: nextId(context.state, 'record', 5000), ...input });
      const record = {
        name: input.name,
        type: input.type,
        ttl: String(input.ttl),
        priority: String(input.priority),
        content: input.content,
      };
      return ok({ record, info: ['The record was added successfully.'] });
    },
  },
  {
    method: 'PUT',
    pattern: '/service/:id/dns/:zone_id/records/:record_id',
    handler: (context) => {
      const found = zoneFor(context, '/service/@id/dns/@zone_id/records/@record_id');
      if (isAnswer(found)) return found;
      const existing = found.zone.records.find((r) => r.id === context.params.record_id);
      if (!existing) return fail('Record not found');
      const input = readRecord(context.body, found.zone.name, existing);
      if (typeof input === 'string') return fail(input);
      const conflict = zoneConflict(found.zone.records, input, existing.id);
      if (conflict) return fail(conflict);
      Object.assign(existing, input);
      const record = {
        id: existing.id,
        type: existing.type,
        ttl: String(existing.ttl),
        name: existing.name,
        priority: existing.priority,
        content: existing.content,
      };
      return ok({ record, info: ['The record was updated successfully.'] });
    },
  },
  {
    method: 'DELETE',
    pattern: '/service/:id/dns/:zone_id/records/:record_id',
    handler: (context) => {
      const found = zoneFor(context, '/service/@id/dns/@zone_id/records/@record_id');
      if (isAnswer(found)) return found;
      const index = found.zone.records.findIndex((r) => r.id === context.params.record_id);
      if (index < 0) return fail('Record not found');
      found.zone.records.splice(index, 1);
      return ok({ success: true, info: ['The record was deleted successfully.'] });
    },
  },
];
