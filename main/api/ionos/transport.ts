/**
 * Request plumbing shared by the endpoint modules: base URL, auth header, content types, id checks
 * and error mapping, all over the one HTTP layer. URLs are only ever built from the configured base
 * URL and checked ids, never from `href` values the server sends.
 */
import { fail } from '../../../common/errors';
import type { HttpClient, HttpMethod, HttpResponse } from '../http';
import { ionosFailure, type FieldScope } from './errors';

export type IonosAuth =
  | { readonly method: 'basic'; readonly username: string; readonly password: string }
  | { readonly method: 'token'; readonly token: string };

export interface IonosRequest {
  readonly method: HttpMethod;
  /** Below the base URL, e.g. "/contracts/15514"; or `url` for an already checked absolute link. */
  readonly path?: string;
  readonly url?: string;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly json?: unknown;
  readonly plainText?: string;
  readonly fields?: FieldScope;
  /** For messages: "Contract 15514". */
  readonly what: string;
  /**
   * A DELETE repeated after a lost answer finds nothing: a 404 on a later attempt means an earlier
   * one did the work, so it counts as done rather than "not found".
   */
  readonly goneIsDone?: boolean;
}

export interface IonosTransport {
  readonly baseUrl: string;
  send(request: IonosRequest): Promise<HttpResponse>;
  /** Resolves a server link against the base URL; null when it leaves the configured origin. */
  sameOrigin(link: string): string | null;
}

export function createTransport(baseUrl: string, auth: IonosAuth, http: HttpClient): IonosTransport {
  const base = normaliseBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  const authorization =
    auth.method === 'basic'
      ? `Basic ${Buffer.from(`${auth.username}:${auth.password}`, 'utf8').toString('base64')}`
      : `Bearer ${auth.token}`;
  const secrets = auth.method === 'basic' ? [auth.password, authorization.slice(6)] : [auth.token];

  async function send(request: IonosRequest): Promise<HttpResponse> {
    const url = request.url ?? buildUrl(base, request.path ?? '/', request.query);
    const headers: Record<string, string> = { authorization, accept: 'application/json' };
    let body: string | undefined;
    if (request.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(request.json);
    } else if (request.plainText !== undefined) {
      headers['content-type'] = 'text/plain; charset=utf-8';
      body = request.plainText;
    }
    // Idempotency is the http layer's default by method: POST and PATCH are never repeated.
    const response = await http.send({ method: request.method, url, headers, ...(body !== undefined ? { body } : {}) });
    if (request.goneIsDone && response.status === 404 && response.attempts > 1) return response;
    if (response.status < 200 || response.status > 299) {
      throw ionosFailure(response, {
        what: request.what,
        fields: request.fields ?? 'none',
        authMethod: auth.method,
        secrets,
      });
    }
    return response;
  }

  function sameOrigin(link: string): string | null {
    try {
      // Relative links are read against the base as a directory, so "contracts?..." stays under it.
      const resolved = new URL(link, `${base}/`);
      return resolved.origin === origin ? resolved.href : null;
    } catch {
      return null;
    }
  }

  return { baseUrl: base, send, sameOrigin };
}

function normaliseBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return fail('validation', 'The IONOS API address is not a valid URL.', {
      details: { baseUrl: 'Enter a full address' },
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    fail('validation', 'The IONOS API address must start with https://', { details: { baseUrl: 'Use https://' } });
  }
  // Credentials in the address would end up in logs and error texts.
  if (url.username || url.password || url.search || url.hash) {
    fail('validation', 'The IONOS API address must not contain credentials, ? or #.', {
      details: { baseUrl: 'Remove credentials, query and fragment' },
    });
  }
  return url.href.replace(/\/+$/, '');
}

function buildUrl(base: string, path: string, query: IonosRequest['query']): string {
  const url = new URL(`${base}${path === '/' ? '/' : path}`);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.href;
}

const DIGITS = /^\d+$/;

/** Ids are int64 path parameters: anything but digits could change the path ("../", "?", "%2F"). */
export function checkedId(id: string, label: 'Contract number' | 'Admin id'): string {
  if (typeof id !== 'string' || !DIGITS.test(id) || id.length > 19) {
    fail('validation', `${label} must consist of digits only.`, {
      details: { [label === 'Contract number' ? 'contractId' : 'adminId']: 'Digits only' },
    });
  }
  return id;
}
