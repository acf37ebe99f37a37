/**
 * The endpoint handlers of the simulated Reseller API v2. Paths arrive below the base path and
 * already authenticated; ids are checked here because a real server answers 404 for a path
 * segment that is not a number.
 */
import type { SandboxRequest, SandboxResponse } from '../server-kit';
import { errorResponse } from './errors';
import type { IonosState, SimAdmin, SimContract } from './state';
import {
  checkAdminBody,
  checkContractBody,
  checkLimits,
  readJsonObject,
  readPlainName,
  unprocessable,
} from './validate';

export const BASE_PATH = '/reseller/v2';
const DIGITS = /^\d+$/;
const INT32_MAX = 2_147_483_647;
const MAX_LIMIT = 5000;
const DEFAULT_LIMIT = 50;

export interface RouteContext {
  readonly state: IonosState;
  /** Origin of the server ("http://127.0.0.1:PORT"), known once it listens. */
  readonly origin: string;
  readonly request: SandboxRequest;
  /** The path parameters in order: contract number, then admin id. */
  readonly params: readonly string[];
}

export type RouteHandler = (context: RouteContext) => SandboxResponse;

export function contractWire(contract: SimContract, origin: string): Record<string, unknown> {
  // Documented key order; absent fields stay absent (JSON.stringify drops undefined).
  const { id, name, resellerReference, status, resourceLimits } = contract;
  const href = `${origin}${BASE_PATH}/contract/${id}`;
  return { id, href, name, resellerReference, status, resourceLimits: resourceLimits && { ...resourceLimits } };
}

function adminWire(contractId: string, admin: SimAdmin, origin: string): Record<string, unknown> {
  // Never the password: the API does not return it on read.
  const { id, firstName, lastName, email } = admin;
  return { id, href: `${origin}${BASE_PATH}/contract/${contractId}/admin/${id}`, firstName, lastName, email };
}

/** Resolves the contract of the path or answers 404, as the real server does for non-numeric ids too. */
function withContract(context: RouteContext, then: (contract: SimContract) => SandboxResponse): SandboxResponse {
  const id = context.params[0] ?? '';
  const contract = DIGITS.test(id) ? context.state.findContract(id) : undefined;
  return contract ? then(contract) : errorResponse(404, `Contract '${id}' not found`);
}

function withAdmin(
  context: RouteContext,
  then: (contract: SimContract, admin: SimAdmin) => SandboxResponse,
): SandboxResponse {
  return withContract(context, (contract) => {
    const adminId = context.params[1] ?? '';
    const admin = DIGITS.test(adminId) ? context.state.findAdmin(contract.id, adminId) : undefined;
    return admin
      ? then(contract, admin)
      : errorResponse(404, `Admin '${adminId}' not found in contract ${contract.id}`);
  });
}

export const apiInfo: RouteHandler = ({ origin }) => ({
  status: 200,
  body: { href: `${origin}${BASE_PATH}/`, name: 'Reseller REST API', version: '1.0' },
});

function pagingNumber(text: string | null, name: string, min: number, max: number, fallback: number): number | string {
  if (text === null) return fallback;
  const value = DIGITS.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(value) || value < min || value > max)
    return `${name} must be an integer between ${min} and ${max}`;
  return value;
}

export const listContracts: RouteHandler = ({ state, origin, request }) => {
  const offset = pagingNumber(request.query.get('offset'), 'offset', 0, INT32_MAX, 0);
  const asked = pagingNumber(request.query.get('limit'), 'limit', 1, MAX_LIMIT, DEFAULT_LIMIT);
  const problems = [offset, asked].filter((value): value is string => typeof value === 'string');
  if (typeof offset !== 'number' || typeof asked !== 'number') return unprocessable(problems);
  const limit = state.quirks.maxLimit === null ? asked : Math.min(asked, state.quirks.maxLimit);
  const status = request.query.get('filter.status') ?? undefined;
  const matching = state.listContracts(status);
  const items = matching.slice(offset, offset + limit).map((contract) => contractWire(contract, origin));
  const link = (at: number) => {
    const query = new URLSearchParams({ offset: String(at), limit: String(limit) });
    if (status !== undefined) query.set('filter.status', status);
    if (state.quirks.pageTokens) query.set('page', (at * 7919).toString(36));
    const path = `${BASE_PATH}/contracts?${query.toString()}`;
    return state.quirks.relativeLinks ? path : `${state.quirks.linkOrigin ?? origin}${path}`;
  };
  const links: Record<string, string> = { self: link(offset) };
  if (offset > 0) links.prev = link(Math.max(0, offset - limit));
  if (offset + limit < matching.length) links.next = link(offset + limit);
  // Key order as in the docs; prev before self before next.
  const ordered = {
    ...(links.prev ? { prev: links.prev } : {}),
    self: links.self,
    ...(links.next ? { next: links.next } : {}),
  };
  return { status: 200, body: { items, offset, limit, _links: ordered } };
};

export const createContract: RouteHandler = ({ state, origin, request }) => {
  const body = readJsonObject(request);
  if (!body.ok) return body.response;
  const input = checkContractBody(body.value);
  if (!input.ok) return input.response;
  const { resellerReference, ...rest } = input.value;
  const contract = state.addContract({ ...rest, status: 'BILLABLE' });
  if (resellerReference !== undefined) contract.resellerReference = resellerReference;
  return {
    status: 201,
    headers: { location: `${origin}${BASE_PATH}/contracts/${contract.id}` },
    body: contractWire(contract, origin),
  };
};

export const getContract: RouteHandler = (context) =>
  withContract(context, (contract) => ({ status: 200, body: contractWire(contract, context.origin) }));

/** Full replace: a reference left out of the body is removed, as PUT semantics say. */
export const replaceContract: RouteHandler = (context) =>
  withContract(context, (contract) => {
    const body = readJsonObject(context.request);
    if (!body.ok) return body.response;
    const input = checkContractBody(body.value);
    if (!input.ok) return input.response;
    contract.name = input.value.name;
    contract.resourceLimits = input.value.resourceLimits;
    if (input.value.resellerReference === undefined) delete contract.resellerReference;
    else contract.resellerReference = input.value.resellerReference;
    return { status: 200, body: contractWire(contract, context.origin) };
  });

export const renameContract: RouteHandler = (context) =>
  withContract(context, (contract) => {
    const name = readPlainName(context.request);
    if (!name.ok) return name.response;
    contract.name = name.value;
    return { status: 200, body: contractWire(contract, context.origin) };
  });

export const updateLimits: RouteHandler = (context) =>
  withContract(context, (contract) => {
    const body = readJsonObject(context.request);
    if (!body.ok) return body.response;
    const limits = checkLimits(body.value);
    if (!limits.ok) return unprocessable(limits.problems);
    contract.resourceLimits = limits.value;
    return { status: 200, body: contractWire(contract, context.origin) };
  });

export const listAdmins: RouteHandler = (context) =>
  withContract(context, (contract) => ({
    status: 200,
    body: (context.state.admins.get(contract.id) ?? []).map((admin) => adminWire(contract.id, admin, context.origin)),
  }));

export const createAdmin: RouteHandler = (context) =>
  withContract(context, (contract) => {
    const body = readJsonObject(context.request);
    if (!body.ok) return body.response;
    const input = checkAdminBody(body.value, 'create');
    if (!input.ok) return input.response;
    const { firstName = '', lastName = '', email = '', password = '' } = input.value;
    if (emailTaken(context.state, contract.id, email))
      return unprocessable([`email '${email}' is already used by an admin of this contract`]);
    const admin = context.state.addAdmin(contract.id, { firstName, lastName, email, password });
    return {
      status: 201,
      headers: { location: `${context.origin}${BASE_PATH}/contracts/${contract.id}/admins/${admin.id}` },
      body: adminWire(contract.id, admin, context.origin),
    };
  });

export const getAdmin: RouteHandler = (context) =>
  withAdmin(context, (contract, admin) => ({ status: 200, body: adminWire(contract.id, admin, context.origin) }));

export const patchAdmin: RouteHandler = (context) =>
  withAdmin(context, (contract, admin) => {
    const body = readJsonObject(context.request);
    if (!body.ok) return body.response;
    const input = checkAdminBody(body.value, 'patch');
    if (!input.ok) return input.response;
    const { email } = input.value;
    if (email !== undefined && emailTaken(context.state, contract.id, email, admin.id)) {
      return unprocessable([`email '${email}' is already used by an admin of this contract`]);
    }
    Object.assign(admin, input.value);
    return { status: 200, body: adminWire(contract.id, admin, context.origin) };
  });

export const deleteAdmin: RouteHandler = (context) =>
  withAdmin(context, (contract, admin) => {
    context.state.removeAdmin(contract.id, admin.id);
    return { status: 204 };
  });

function emailTaken(state: IonosState, contractId: string, email: string, exceptId?: string): boolean {
  const wanted = email.toLowerCase();
  return (state.admins.get(contractId) ?? []).some(
    (admin) => admin.id !== exceptId && admin.email.toLowerCase() === wanted,
  );
}
