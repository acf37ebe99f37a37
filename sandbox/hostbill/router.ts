/**
 * Route table for the portal. Unknown paths AND known paths with the wrong method both answer
 * HTTP 200 `{"error": ["invalid method"]}`, as HostBill does. Patterns use `:name` segments that stand
 * for the documentation's `@name` placeholders.
 */
import type { SandboxRequest, SandboxResponse } from '../server-kit';
import type { Body } from './body';
import type { HostbillState } from './state';
import type { VmTimers } from './vm-state-machine';

export interface RouteContext {
  readonly request: SandboxRequest;
  readonly params: Readonly<Record<string, string>>;
  readonly body: Body;
  readonly state: HostbillState;
  readonly timers: VmTimers;
  readonly now: Date;
}

export type RouteHandler = (context: RouteContext) => SandboxResponse;

export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly pattern: string;
  readonly handler: RouteHandler;
}

interface CompiledRoute extends Route {
  readonly segments: readonly string[];
  readonly literals: number;
}

export interface RouteMatch {
  readonly route: Route;
  readonly params: Record<string, string>;
}

export function compileRoutes(routes: readonly Route[]): (method: string, path: string) => RouteMatch | undefined {
  const compiled: CompiledRoute[] = routes
    .map((route) => {
      const segments = split(route.pattern);
      return { ...route, segments, literals: segments.filter((s) => !s.startsWith(':')).length };
    })
    // Literal segments win over placeholders: /contact/privileges before /contact/:id.
    .sort((a, b) => b.literals - a.literals);
  return (method, path) => {
    const parts = split(path).map(safeDecode);
    for (const route of compiled) {
      if (route.method !== method || route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const matched = route.segments.every((segment, index) => {
        const part = parts[index] ?? '';
        if (segment.startsWith(':')) {
          params[segment.slice(1)] = part;
          return part.length > 0;
        }
        return segment === part;
      });
      if (matched) return { route, params };
    }
    return undefined;
  };
}

function split(path: string): string[] {
  return path.split('/').filter((segment) => segment.length > 0);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function ok(body: Record<string, unknown>): SandboxResponse {
  return { status: 200, body };
}

/** HostBill's error answer: HTTP 200 with an `error` array. */
export function fail(...messages: string[]): SandboxResponse {
  return { status: 200, body: { error: messages } };
}

export function info(message: string, extra: Record<string, unknown> = {}): SandboxResponse {
  return { status: 200, body: { ...extra, info: [message] } };
}

export const INVALID_METHOD = (): SandboxResponse => fail('invalid method');
