/**
 * A tiny HTTP server for the simulators: binds 127.0.0.1 only, reads bodies, applies the fault
 * layer, and offers control endpoints under /__sandbox/ (faults) for tests, benches and the demo.
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { FaultInjector, type Fault, type FaultRule } from './faults';

export interface SandboxRequest {
  readonly method: string;
  /** Path below the server root, without query, e.g. "/contracts/15514". */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly bodyText: string;
}

export interface SandboxResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Objects are sent as JSON; strings and bytes as they are (set content-type yourself). */
  readonly body?: unknown;
}

export type SandboxHandler = (request: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>;

export interface SandboxServer {
  readonly url: string;
  readonly port: number;
  readonly faults: FaultInjector;
  /** Total requests answered (control endpoints excluded): benches count with it. */
  requestCount(): number;
  close(): Promise<void>;
}

export interface SandboxServerOptions {
  readonly port?: number;
  /** Mount point, e.g. "/reseller/v2": requests outside it get 404. */
  readonly basePath?: string;
  readonly latencyMs?: number;
  readonly handler: SandboxHandler;
  /** The body of injected 429/5xx answers; the IONOS envelope by default. */
  readonly errorBody?: ErrorBody;
  /** Extra control routes under /__sandbox/ (e.g. token expiry), answered without faults. */
  readonly control?: Readonly<Record<string, SandboxHandler>>;
}

export async function startSandboxServer(options: SandboxServerOptions): Promise<SandboxServer> {
  const faults = new FaultInjector();
  faults.latencyMs = options.latencyMs ?? 0;
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const sockets = new Set<Socket>();
  let count = 0;

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const request: SandboxRequest = {
        method: (req.method ?? 'GET').toUpperCase(),
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        bodyText: Buffer.concat(chunks).toString('utf8'),
      };
      void respond(request, res).catch(() => res.destroy());
    });
  });

  async function respond(request: SandboxRequest, res: ServerResponse): Promise<void> {
    if (request.path.startsWith('/__sandbox/')) {
      const route = request.path.slice('/__sandbox/'.length);
      const answer = route === 'faults' ? faultControl(faults, request) : await options.control?.[route]?.(request);
      return send(res, answer ?? { status: 404, body: { error: 'unknown control route' } });
    }
    count += 1;
    const applied = faults.take(request.method, request.path);
    const extraLatency = applied.reduce((sum, f) => sum + (f.kind === 'latency' ? f.ms : 0), 0);
    const delay = faults.latencyMs + extraLatency;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const blocking = applied.find((f) => f.kind !== 'latency' && f.kind !== 'drop-after');
    if (blocking) return sendFault(res, blocking, options.errorBody ?? envelopeErrorBody);
    if (basePath && request.path !== basePath && !request.path.startsWith(`${basePath}/`)) {
      return send(res, { status: 404, body: { error: 'not under the API base path' } });
    }
    const inner = { ...request, path: request.path.slice(basePath.length) || '/' };
    const answer = await options.handler(inner);
    if (applied.some((f) => f.kind === 'drop-after')) return void res.socket?.destroy();
    send(res, answer);
  }

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    port,
    faults,
    requestCount: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** How an injected 429/5xx looks in the simulated API's own error dialect. */
export type ErrorBody = (status: number, message: string) => unknown;

/** The IONOS envelope; the HostBill simulator passes its own `{error: [...]}`. */
export const envelopeErrorBody: ErrorBody = (status, message) => ({
  httpStatus: status,
  messages: [{ errorCode: String(status), message }],
});

function sendFault(res: ServerResponse, fault: Fault, errorBody: ErrorBody): void {
  switch (fault.kind) {
    case 'rate-limit':
      return send(res, {
        status: 429,
        headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1) },
        body: errorBody(429, 'Too many requests'),
      });
    case 'server-error': {
      const status = fault.status ?? 500;
      return send(res, {
        status,
        body: errorBody(status, status === 503 ? 'Service unavailable' : 'Internal server error'),
      });
    }
    case 'malformed':
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end('{"items": [{"id": "1', 'utf8');
    default:
      return void res.socket?.destroy();
  }
}

function faultControl(faults: FaultInjector, request: SandboxRequest): SandboxResponse {
  try {
    if (request.method === 'GET') return { status: 200, body: { latencyMs: faults.latencyMs, rules: faults.list() } };
    if (request.method === 'DELETE') {
      faults.clear();
      return { status: 204 };
    }
    if (request.method === 'POST') {
      const body = JSON.parse(request.bodyText || '{}') as { latencyMs?: number; rule?: FaultRule };
      if (typeof body.latencyMs === 'number') faults.latencyMs = Math.max(0, body.latencyMs);
      if (body.rule) faults.add(body.rule);
      return { status: 200, body: { latencyMs: faults.latencyMs, rules: faults.list() } };
    }
  } catch (thrown) {
    return { status: 400, body: { error: thrown instanceof Error ? thrown.message : 'bad fault rule' } };
  }
  return { status: 405, body: { error: 'use GET, POST or DELETE' } };
}

export function send(res: ServerResponse, answer: SandboxResponse): void {
  const headers: Record<string, string> = { ...answer.headers };
  let payload: string | Uint8Array | undefined;
  if (typeof answer.body === 'string' || answer.body instanceof Uint8Array) payload = answer.body;
  else if (answer.body !== undefined) {
    payload = JSON.stringify(answer.body);
    headers['content-type'] ??= 'application/json';
  }
  res.writeHead(answer.status, headers);
  res.end(payload);
}

/** Parses a JSON body, or returns undefined when it is not JSON (simulators answer that in their own dialect). */
export function parseJson(text: string): unknown {
  try {
    return text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
