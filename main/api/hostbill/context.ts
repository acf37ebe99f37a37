/**
 * What every endpoint module gets: authenticated reads and writes in HostBill's dialect. Reads and
 * harmless PUT/DELETE may be retried by the HTTP layer; POSTs never are (see api-facts part 3).
 */
import type { HttpClient } from '../http';
import type { HostbillAuth } from './auth';
import { sendPortal, type PortalReply, type PortalRequest } from './request';

export interface CallOptions {
  readonly query?: PortalRequest['query'];
  /** The endpoint may be missing on some portals: 404/"invalid method" → 'unsupported'. */
  readonly optional?: boolean;
  /** For PUT/DELETE whose repeat could do harm; default follows the HTTP layer. */
  readonly idempotent?: boolean;
  readonly allowNonJson?: boolean;
  /** Keep the exact body bytes (attachments). */
  readonly binary?: boolean;
}

export interface PortalContext {
  get(path: string, options?: CallOptions): Promise<unknown>;
  post(path: string, body?: unknown, options?: CallOptions): Promise<unknown>;
  put(path: string, body?: unknown, options?: CallOptions): Promise<unknown>;
  del(path: string, options?: CallOptions): Promise<unknown>;
  /** Full reply (headers, raw text), for attachments. */
  reply(method: PortalRequest['method'], path: string, options?: CallOptions): Promise<PortalReply>;
}

export interface ContextOptions {
  readonly baseUrl: string;
  readonly http: HttpClient;
  readonly auth: HostbillAuth;
}

export function createPortalContext({ baseUrl, http, auth }: ContextOptions): PortalContext {
  function reply(
    method: PortalRequest['method'],
    path: string,
    options: CallOptions = {},
    body?: unknown,
  ): Promise<PortalReply> {
    return auth.withAuth((authorization) =>
      sendPortal(http, baseUrl, {
        method,
        path,
        authorization,
        secrets: auth.secrets(),
        ...(body === undefined ? {} : { body }),
        ...(options.query ? { query: options.query } : {}),
        ...(options.optional === undefined ? {} : { optional: options.optional }),
        ...(options.idempotent === undefined ? {} : { idempotent: options.idempotent }),
        ...(options.allowNonJson === undefined ? {} : { allowNonJson: options.allowNonJson }),
        ...(options.binary ? { binary: true } : {}),
      }),
    );
  }
  return {
    get: async (path, options) => (await reply('GET', path, options)).body,
    // POST bodies are always JSON objects: HostBill reads `{}` and no body alike, some proxies do not.
    post: async (path, body, options) => (await reply('POST', path, options, body ?? {})).body,
    put: async (path, body, options) => (await reply('PUT', path, options, body ?? {})).body,
    del: async (path, options) => (await reply('DELETE', path, options)).body,
    reply: (method, path, options) => reply(method, path, options),
  };
}
