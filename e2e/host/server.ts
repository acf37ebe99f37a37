/**
 * The browser host: the app's core (same services, same handler map) in plain Node, served over
 * HTTP on 127.0.0.1 with a random per-run token, so the whole UI runs and is tested in a real
 * browser where the Electron binary is unavailable. Calls: POST /ipc/<channel>; events: SSE.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { channelNames, eventNames } from '../../common/contract';
import { SECURITY_HEADERS } from '../../common/csp';
import type { AppCore } from '../../main/core';
import { readStatic } from '../../main/static-files';

export interface BrowserHostOptions {
  readonly core: AppCore;
  /** The Vite build of the renderer. */
  readonly rendererDir: string;
  /** The bundled bridge script that builds window.api. */
  readonly bridgeFile: string;
  readonly port?: number;
}

export interface BrowserHost {
  /** Open this: it carries the token once, then a cookie does. */
  readonly url: string;
  readonly origin: string;
  close(): Promise<void>;
}

const COOKIE = 'rc_host_token';
// The largest call is a table's CSV export (common/channels/exports.ts), plus its JSON escaping.
export const MAX_BODY = 32 * 1024 * 1024;
/** Past this the connection is cut instead of read to the end just to answer 413. */
const MAX_DRAINED = 2 * MAX_BODY;

/** The answer to an oversized call: a Result the page shows like any other refusal. */
export const TOO_BIG_RESULT = {
  ok: false,
  error: {
    kind: 'validation',
    message: `The request was too big for the app (over ${MAX_BODY / (1024 * 1024)} MiB) and was not carried out.`,
  },
} as const;

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = randomBytes(24).toString('base64url');
  let origin = '';
  const streams = new Set<ServerResponse>();
  const unsubscribe = options.core.events.subscribe((name, payload) => {
    for (const stream of streams) stream.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
  });

  const server = createServer((req, res) => {
    void route(req, res).catch((thrown: unknown) => {
      // A malformed %-escape in the address is the caller's mistake, not the host's.
      if (thrown instanceof URIError) return plain(res, 400, 'Malformed address');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('host error');
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    // Only our own origin: defeats DNS rebinding (Host) and cross-site requests (Origin).
    if (req.headers.host !== new URL(origin).host) return plain(res, 421, 'Wrong host');
    if (url.pathname === '/' && url.searchParams.has('token')) {
      if (!sameSecret(url.searchParams.get('token') ?? '', token)) return plain(res, 403, 'Wrong token');
      res.writeHead(303, { location: '/', 'set-cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` });
      return void res.end();
    }
    if (!sameSecret(readCookie(req, COOKIE), token)) {
      return plain(res, 401, 'Open the address that `npm run host` printed: it carries the access token.');
    }
    if (req.method === 'POST' && url.pathname.startsWith('/ipc/')) return ipc(req, res, url.pathname.slice(5));
    if (req.method === 'GET' && url.pathname === '/events') {
      if (!sameOriginRequest(req, origin)) return plain(res, 403, 'Cross-origin event stream refused');
      return eventStream(req, res);
    }
    if (req.method !== 'GET') return plain(res, 405, 'Method not allowed');
    if (url.pathname.startsWith('/__host/exports/'))
      return exportedPdf(res, url.pathname.slice('/__host/exports/'.length));
    if (url.pathname === '/__host/bridge.js')
      return file(res, await readStatic(dirname(options.bridgeFile), basename(options.bridgeFile)), false);
    const asset = url.pathname === '/' ? null : await readStatic(options.rendererDir, url.pathname);
    return file(res, asset ?? (await readStatic(options.rendererDir, 'index.html')), !asset);
  }

  async function ipc(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.headers.origin !== origin) return plain(res, 403, 'Cross-origin call refused');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return plain(res, 415, 'JSON only');
    const body = await readBody(req);
    if (body === TOO_LARGE) return json(res, 413, TOO_BIG_RESULT);
    let args: unknown;
    try {
      args = body.length > 0 ? (JSON.parse(body) as { args?: unknown }).args : undefined;
    } catch {
      args = Symbol('unparseable');
    }
    const result =
      typeof args === 'symbol'
        ? { ok: false, error: { kind: 'validation', message: 'The request body is not JSON.' } }
        : await options.core.dispatch(decodeURIComponent(channel), args);
    json(res, 200, result);
  }

  /** Print in the browser host: a PDF the app exported opens in a tab (only files under <data-dir>/exports/). */
  async function exportedPdf(res: ServerResponse, name: string): Promise<void> {
    const info = (await options.core.dispatch('app.info', undefined)) as { ok: boolean; value?: { dataDir: string } };
    const dir = info.ok && info.value ? join(info.value.dataDir, 'exports') : null;
    const found = dir && name.toLowerCase().endsWith('.pdf') ? await readStatic(dir, name) : null;
    if (!found) return plain(res, 404, 'Not found');
    res.writeHead(200, {
      'content-type': 'application/pdf',
      'content-disposition': 'inline',
      'cache-control': 'no-store',
    });
    res.end(found.body);
  }

  function eventStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
  }

  function file(res: ServerResponse, found: { body: Buffer; type: string } | null, isIndex: boolean): void {
    if (!found) return plain(res, 404, 'Not found');
    let body = found.body;
    if (isIndex) {
      // The bridge must define window.api before the app's module script runs.
      const names = JSON.stringify({ channels: channelNames, events: eventNames });
      const head = `<head><script type="application/json" id="rc-contract-names">${names}</script><script src="/__host/bridge.js"></script>`;
      body = Buffer.from(body.toString('utf8').replace('<head>', head));
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': found.type,
      'cache-control': isIndex ? 'no-store' : 'max-age=60',
    });
    res.end(body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const heartbeat = setInterval(() => streams.forEach((stream) => stream.write(': ping\n\n')), 15_000);

  return {
    url: `${origin}/?token=${token}`,
    origin,
    async close() {
      clearInterval(heartbeat);
      unsubscribe();
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
}

/**
 * EventSource sends no Origin for a same-origin GET, so a present Origin must be ours, and the
 * browser's own Sec-Fetch-Site (when sent) must say same-origin.
 */
function sameOriginRequest(req: IncomingMessage, origin: string): boolean {
  if (req.headers.origin !== undefined && req.headers.origin !== origin) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
  res.end(text);
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readCookie(req: IncomingMessage, name: string): string {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return '';
}

const TOO_LARGE = Symbol('too large');

/** The body, or TOO_LARGE once it passes MAX_BODY (read on to the end so the 413 reaches the page). */
function readBody(req: IncomingMessage): Promise<string | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
      else if (size > MAX_DRAINED) {
        req.destroy();
        resolve(TOO_LARGE);
      }
    });
    req.on('end', () => resolve(size > MAX_BODY ? TOO_LARGE : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
