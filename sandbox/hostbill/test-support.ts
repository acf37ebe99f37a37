/** Helpers for the simulator's own tests: real HTTP through global fetch, no mocks. */
import { startHostbillSandbox, type HostbillSandbox, type HostbillSandboxOptions } from './server';

export interface CallOptions {
  readonly body?: unknown;
  /** 'basic' (default), 'none', or a bearer token. */
  readonly auth?: 'basic' | 'none' | { readonly bearer: string };
  readonly form?: boolean;
}

export interface CallResult {
  readonly status: number;
  readonly json: Record<string, unknown>;
}

export async function call(
  sandbox: HostbillSandbox,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const headers: Record<string, string> = {};
  const auth = options.auth ?? 'basic';
  if (auth === 'basic')
    headers.authorization = `Basic ${Buffer.from(`${sandbox.demo.username}:${sandbox.demo.password}`).toString('base64')}`;
  else if (auth !== 'none') headers.authorization = `Bearer ${auth.bearer}`;
  let body: string | undefined;
  if (options.body !== undefined && options.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(options.body as Record<string, string>).toString();
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(`${sandbox.url}${path}`, { method, headers, body });
  const textBody = await response.text();
  return { status: response.status, json: textBody ? (JSON.parse(textBody) as Record<string, unknown>) : {} };
}

export function start(options: HostbillSandboxOptions = {}): Promise<HostbillSandbox> {
  return startHostbillSandbox({ vmActionSeconds: 0.15, ...options });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The id of the first service of a category (by its list name). */
export async function serviceIdOf(sandbox: HostbillSandbox, category: string): Promise<string> {
  const { json } = await call(sandbox, 'GET', '/service');
  const services = json.services as { id: string; category: string; status: string }[];
  const found = services.find((s) => s.category === category && s.status === 'Active');
  if (!found) throw new Error(`no active ${category} service`);
  return found.id;
}
