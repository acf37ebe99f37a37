/**
 * Request-body checks of the simulator, in the server's own words: each message names the field so
 * the client can map it onto the form. The rules are plausible stand-ins for undocumented ones.
 */
import type { SandboxRequest, SandboxResponse } from '../server-kit';
import { ERROR_CODES, errorResponse } from './errors';
import { LIMIT_KEYS, type SimResourceLimits } from './state';

export const NAME_MAX = 255;
const INT32_MAX = 2_147_483_647;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly response: SandboxResponse };

function mediaType(request: SandboxRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** 415 for anything but JSON, 400 for text that does not parse or is not an object. */
export function readJsonObject(request: SandboxRequest): Checked<Record<string, unknown>> {
  const type = mediaType(request);
  if (type !== 'application/json') {
    return {
      ok: false,
      response: errorResponse(415, `Content type '${type || 'none'}' is not supported: use application/json`),
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.bodyText);
  } catch {
    return { ok: false, response: errorResponse(400, 'The request body is not valid JSON') };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, response: errorResponse(400, 'The request body must be a JSON object') };
  }
  return { ok: true, value: parsed as Record<string, unknown> };
}

/** PUT /name takes text/plain; the docs show a JSON-quoted string, clients send bare text: accept both. */
export function readPlainName(request: SandboxRequest): Checked<string> {
  const type = mediaType(request);
  if (type !== 'text/plain') {
    return {
      ok: false,
      response: errorResponse(415, `Content type '${type || 'none'}' is not supported: use text/plain`),
    };
  }
  let name = request.bodyText;
  if (/^\s*".*"\s*$/s.test(name)) {
    try {
      name = String(JSON.parse(name));
    } catch {
      return { ok: false, response: errorResponse(400, 'The quoted name is not a valid JSON string') };
    }
  }
  const problems = nameProblems(name);
  return problems.length > 0 ? { ok: false, response: unprocessable(problems) } : { ok: true, value: name.trim() };
}

export function unprocessable(messages: readonly string[]): SandboxResponse {
  return errorResponse(
    422,
    messages.map((message) => ({ errorCode: ERROR_CODES.validation, message })),
  );
}

function nameProblems(name: unknown): string[] {
  if (name === undefined || name === null) return ['name is required'];
  if (typeof name !== 'string') return ['name must be a string'];
  if (name.trim().length === 0) return ['name must not be empty'];
  if (name.trim().length > NAME_MAX) return [`name must not be longer than ${NAME_MAX} characters`];
  return [];
}

export interface ContractInput {
  readonly name: string;
  readonly resellerReference: string | undefined;
  readonly resourceLimits: SimResourceLimits;
}

export function checkContractBody(body: Record<string, unknown>): Checked<ContractInput> {
  const problems = nameProblems(body.name);
  const reference = body.resellerReference;
  if (reference !== undefined && reference !== null) {
    if (typeof reference !== 'string') problems.push('resellerReference must be a string');
    else if (reference.length > NAME_MAX)
      problems.push(`resellerReference must not be longer than ${NAME_MAX} characters`);
  }
  const limits = checkLimits(body.resourceLimits, 'resourceLimits.');
  if (!limits.ok) problems.push(...limits.problems);
  if (problems.length > 0 || !limits.ok) return { ok: false, response: unprocessable(problems) };
  return {
    ok: true,
    value: {
      name: (body.name as string).trim(),
      resellerReference: typeof reference === 'string' ? reference : undefined,
      resourceLimits: limits.value,
    },
  };
}

export function checkLimits(
  value: unknown,
  prefix = '',
): { ok: true; value: SimResourceLimits } | { ok: false; problems: string[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: [`${prefix ? prefix.slice(0, -1) : 'resource limits'} are required`] };
  }
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  const limits: Partial<SimResourceLimits> = {};
  for (const key of LIMIT_KEYS) {
    const field = record[key];
    if (field === undefined || field === null) problems.push(`${prefix}${key} is required`);
    else if (typeof field !== 'number' || !Number.isInteger(field)) problems.push(`${prefix}${key} must be an integer`);
    else if (field < 0) problems.push(`${prefix}${key} must not be negative`);
    else if (field > INT32_MAX) problems.push(`${prefix}${key} must not be greater than ${INT32_MAX}`);
    else limits[key] = field;
  }
  if (problems.length > 0) return { ok: false, problems };
  // Not in the published docs, but what a real reseller backend enforces: one server cannot be
  // allowed more than the whole contract. The app does not check it, so its message comes from here.
  for (const [perServer, total, what] of PER_SERVER_WITHIN_TOTAL) {
    if (limits[perServer]! > limits[total]!) {
      problems.push(`${prefix}${perServer} must not be greater than the contract's ${what} (${limits[total]})`);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: limits as SimResourceLimits };
}

const PER_SERVER_WITHIN_TOTAL: readonly (readonly [keyof SimResourceLimits, keyof SimResourceLimits, string])[] = [
  ['ramServerMax', 'ramContractMax', 'total RAM'],
  ['cpuServerMax', 'cpuContractMax', 'total cores'],
  ['hddVolumeMaxSize', 'hddVolumeContractMaxSize', 'total HDD size'],
  ['ssdVolumeMaxSize', 'ssdVolumeContractMaxSize', 'total SSD size'],
];

export interface AdminInput {
  firstName?: string;
  lastName?: string;
  email?: string;
  password?: string;
}

/** Create needs all four fields; PATCH (partial) checks only those present but needs at least one. */
export function checkAdminBody(body: Record<string, unknown>, mode: 'create' | 'patch'): Checked<AdminInput> {
  const problems: string[] = [];
  const value: AdminInput = {};
  const fields =
    mode === 'create'
      ? (['firstName', 'lastName', 'email', 'password'] as const)
      : (['firstName', 'lastName', 'email'] as const);
  for (const key of fields) {
    const field = body[key];
    if (field === undefined || field === null) {
      if (mode === 'create') problems.push(`${key} is required`);
      continue;
    }
    if (typeof field !== 'string') problems.push(`${key} must be a string`);
    else if (key !== 'password' && field.trim().length === 0) problems.push(`${key} must not be empty`);
    else if (key !== 'password' && field.trim().length > 100)
      problems.push(`${key} must not be longer than 100 characters`);
    else if (key === 'email' && !EMAIL.test(field.trim()))
      problems.push(`email '${field}' is not a valid email address`);
    else if (key === 'password' && !strongEnough(field)) {
      problems.push(
        'password is too weak: use at least 8 characters from three of lower case, upper case, digits, symbols',
      );
    } else value[key] = key === 'password' ? field : field.trim();
  }
  if (mode === 'patch' && problems.length === 0 && Object.keys(value).length === 0) {
    problems.push('at least one of firstName, lastName, email is required');
  }
  return problems.length > 0 ? { ok: false, response: unprocessable(problems) } : { ok: true, value };
}

function strongEnough(password: string): boolean {
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  return password.length >= 8 && kinds >= 3;
}
