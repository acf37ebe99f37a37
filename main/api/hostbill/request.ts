/**
 * One HostBill request over the shared HTTP layer: builds the URL from validated path parts, sends
 * JSON, reads the answer in HostBill's dialect (an `error` key fails whatever the status) and strips
 * secret fields before anyone else sees the body. Retries are the HTTP layer's: GET/PUT/DELETE only.
 */
import { fail } from '../../../common/errors';
import type { HttpClient, HttpMethod } from '../http';
import { throwIfError } from './errors';
import { stripSecrets } from './normalize';

const ID = /^[A-Za-z0-9_-]{1,128}$/;

/** Validates one id before it goes into a path: a bad id must never reach another endpoint. */
export function pathId(value: string | number, what = 'id'): string {
  const s = String(value);
  if (!ID.test(s))
    fail('validation', `That ${what} is not valid.`, { details: { [what]: 'Use letters, digits, - and _ only' } });
  return encodeURIComponent(s);
}

/** Tagged template for paths: every interpolated value is checked and encoded. */
export function path(parts: TemplateStringsArray, ...ids: (string | number)[]): string {
  return parts.reduce((out, part, i) => out + part + (i < ids.length ? pathId(ids[i]!) : ''), '');
}

export interface PortalRequest {
  readonly method: HttpMethod;
  /** From `path`, starting with "/". */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly body?: unknown;
  readonly authorization?: string;
  /** A 404 means "this portal lacks the feature" rather than "not found". */
  readonly optional?: boolean;
  /** Overrides the HTTP layer's default (GET/PUT/DELETE repeatable, POST never). */
  readonly idempotent?: boolean;
  /** Values to blank out of any error text. */
  readonly secrets?: readonly string[];
  /** A 2xx answer that is not JSON is returned as text (attachments) instead of failing. */
  readonly allowNonJson?: boolean;
  /** Keep the exact body bytes (binary attachments); implies nothing about JSON parsing. */
  readonly binary?: boolean;
}

export interface PortalReply {
  readonly body: unknown;
  readonly headers: Headers;
  readonly text: string;
  /** Present when the request asked for `binary`. */
  readonly bytes?: Uint8Array;
}

export function joinUrl(baseUrl: string, requestPath: string, query?: PortalRequest['query']): string {
  const url = `${baseUrl.replace(/\/+$/, '')}${requestPath}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

export async function sendPortal(http: HttpClient, baseUrl: string, request: PortalRequest): Promise<PortalReply> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (request.authorization) headers.authorization = request.authorization;
  let body: string | undefined;
  if (request.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(request.body);
  }
  const response = await http.send({
    method: request.method,
    url: joinUrl(baseUrl, request.path, request.query),
    headers,
    ...(body === undefined ? {} : { body }),
    ...(request.idempotent === undefined ? {} : { idempotent: request.idempotent }),
    ...(request.binary ? { binary: true } : {}),
  });
  const ok = response.status >= 200 && response.status < 300;
  const raw = { body: undefined, headers: response.headers, text: response.text, bytes: response.bytes };
  // A file served as a file is the file, even when its text happens to parse as JSON.
  if (ok && request.allowNonJson && request.binary && !isJsonType(response.headers)) return raw;
  let parsed = parseJson(response.text);
  if (ok && parsed === undefined && request.allowNonJson) return raw;
  // A write answered with an empty 2xx body (e.g. 204) did succeed; an empty read did not.
  if (ok && response.text.trim() === '' && request.method !== 'GET') parsed = {};
  throwIfError(
    { status: response.status, headers: response.headers, body: parsed },
    { optional: request.optional ?? false, secrets: request.secrets ?? [] },
  );
  return { body: stripSecrets(parsed), headers: response.headers, text: response.text };
}

function isJsonType(headers: Headers): boolean {
  return /[/+]json\b/i.test(headers.get('content-type') ?? '');
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
