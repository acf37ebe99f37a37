/**
 * Wire schemas of the Reseller API, lenient on purpose: every field may be missing, ids may come as
 * numbers, limits as numeric strings. A contract with odd content is kept and normalised; only an
 * answer of the wrong shape altogether (not an object, items not a list) is refused.
 */
import { z } from 'zod';
import { fail } from '../../../common/errors';
import {
  RESOURCE_LIMIT_KEYS,
  type Contract,
  type ContractAdmin,
  type IonosApiInfo,
  type ResourceLimits,
} from '../../../common/models/contract';

/** Text or number on the wire, '' when missing or of another type. */
const text = z
  .union([z.string(), z.number()])
  .transform((value) => String(value))
  .optional()
  .catch(undefined);

const wholeNumber = z.union([
  z.number().int(),
  z
    .string()
    .regex(/^-?\d+$/)
    .transform(Number),
]);

const wireLimits = z.object(
  Object.fromEntries(RESOURCE_LIMIT_KEYS.map((key) => [key, wholeNumber])) as Record<
    keyof ResourceLimits,
    typeof wholeNumber
  >,
);

const wireContract = z.object({
  id: text,
  name: text,
  resellerReference: text,
  status: text,
  resourceLimits: z.unknown(),
});

const wireAdmin = z.object({ id: text, firstName: text, lastName: text, email: text });

const wireLinks = z
  .object({
    prev: z.string().optional().catch(undefined),
    self: z.string().optional().catch(undefined),
    next: z.string().optional().catch(undefined),
  })
  .optional()
  .catch(undefined);

const wirePage = z.object({
  items: z.array(z.unknown()),
  offset: wholeNumber.optional().catch(undefined),
  limit: wholeNumber.optional().catch(undefined),
  _links: wireLinks,
});

const wireInfo = z.object({ name: text, version: text });

function refuse(what: string, why: string): never {
  return fail('server', `The IONOS API sent an unexpected answer for ${what}: ${why}.`);
}

export function parseJson(textBody: string, what: string): unknown {
  if (textBody.trim().length === 0) refuse(what, 'the body was empty');
  try {
    return JSON.parse(textBody);
  } catch {
    return refuse(what, 'the body is not valid JSON');
  }
}

/**
 * The shape nearly every contract has (strings and integer limits), read without zod: a 20,000-row
 * sync spends its time here otherwise. Anything else takes the lenient path below.
 */
function wellFormedContract(value: unknown): Contract | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, name, resellerReference, status, resourceLimits } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof status !== 'string') return undefined;
  if (resellerReference !== undefined && typeof resellerReference !== 'string') return undefined;
  let limits: ResourceLimits | null = null;
  if (resourceLimits !== undefined && resourceLimits !== null) {
    if (typeof resourceLimits !== 'object') return undefined;
    const wire = resourceLimits as Record<string, unknown>;
    const copy: Record<string, number> = {};
    for (const key of RESOURCE_LIMIT_KEYS) {
      const limit = wire[key];
      if (typeof limit !== 'number' || !Number.isInteger(limit)) return undefined;
      copy[key] = limit;
    }
    limits = copy as unknown as ResourceLimits;
  }
  return { id, name, resellerReference: resellerReference ?? '', status, resourceLimits: limits };
}

export function toContract(value: unknown, what: string): Contract {
  const quick = wellFormedContract(value);
  if (quick) return quick;
  const parsed = wireContract.safeParse(value);
  if (!parsed.success) refuse(what, 'a contract is not an object');
  const wire = parsed.data;
  const limits = wireLimits.safeParse(wire.resourceLimits);
  return {
    id: wire.id ?? '',
    name: wire.name ?? '',
    resellerReference: wire.resellerReference ?? '',
    status: wire.status ?? '',
    resourceLimits: limits.success ? { ...limits.data } : null,
  };
}

export function toAdmin(value: unknown, contractId: string, what: string): ContractAdmin {
  const parsed = wireAdmin.safeParse(value);
  if (!parsed.success) refuse(what, 'an admin is not an object');
  const wire = parsed.data;
  return {
    id: wire.id ?? '',
    contractId,
    firstName: wire.firstName ?? '',
    lastName: wire.lastName ?? '',
    email: wire.email ?? '',
  };
}

/** Admins come as a bare array; some gateways wrap lists in `{items}`, so that is accepted too. */
export function toAdminList(value: unknown, contractId: string, what: string): ContractAdmin[] {
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { items?: unknown }).items)
      ? (value as { items: unknown[] }).items
      : refuse(what, 'expected a list of admins');
  return list.map((item) => toAdmin(item, contractId, what));
}

export interface WirePage {
  readonly items: readonly Contract[];
  readonly offset: number | undefined;
  readonly limit: number | undefined;
  readonly next: string | undefined;
}

export function toPage(value: unknown, what: string): WirePage {
  const parsed = wirePage.safeParse(value);
  if (!parsed.success) refuse(what, 'expected a page with a list of contracts');
  const page = parsed.data;
  return {
    items: page.items.map((item) => toContract(item, what)),
    offset: page.offset,
    limit: page.limit,
    next: page._links?.next,
  };
}

export function toApiInfo(value: unknown): IonosApiInfo {
  const parsed = wireInfo.safeParse(value);
  if (!parsed.success) refuse('the API information', 'expected an object');
  return { name: parsed.data.name ?? '', version: parsed.data.version ?? '' };
}
