/**
 * A local, stateful IONOS Reseller API v2 on 127.0.0.1: seeded contracts and admins, the
 * documented endpoints with their status codes and error envelope, and the shared fault layer.
 */
import { startSandboxServer, type SandboxRequest, type SandboxResponse, type SandboxServer } from '../server-kit';
import {
  IONOS_DEMO_2FA_PASSWORD,
  IONOS_DEMO_2FA_USERNAME,
  IONOS_DEMO_PASSWORD,
  IONOS_DEMO_TOKEN,
  IONOS_DEMO_USERNAME,
  authenticate,
} from './auth';
import { errorResponse } from './errors';
import * as routes from './routes';
import { seedState } from './seed';
import type { IonosState } from './state';

export {
  IONOS_DEMO_2FA_PASSWORD,
  IONOS_DEMO_2FA_USERNAME,
  IONOS_DEMO_NO_PRIVILEGE_TOKEN,
  IONOS_DEMO_PASSWORD,
  IONOS_DEMO_TOKEN,
  IONOS_DEMO_USERNAME,
} from './auth';
export type { IonosState, SimAdmin, SimContract, SimResourceLimits } from './state';

export const IONOS_MAX_SEED_CONTRACTS = 20_000;

export interface IonosSandboxOptions {
  readonly port?: number;
  /** How many contracts to seed: 250 by default, at most 20,000. */
  readonly contracts?: number;
  readonly seed?: number;
  readonly latencyMs?: number;
}

export interface IonosSandbox extends SandboxServer {
  readonly demo: {
    readonly username: string;
    readonly password: string;
    readonly token: string;
    readonly twoFactorUsername: string;
    readonly twoFactorPassword: string;
  };
  readonly state: IonosState;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Route {
  /** Segments below the base path; ':' marks a parameter. */
  readonly pattern: readonly string[];
  readonly methods: Partial<Record<Method, routes.RouteHandler>>;
}

const ROUTES: readonly Route[] = [
  { pattern: [], methods: { GET: routes.apiInfo } },
  { pattern: ['contracts'], methods: { GET: routes.listContracts, POST: routes.createContract } },
  { pattern: ['contracts', ':'], methods: { GET: routes.getContract, PUT: routes.replaceContract } },
  { pattern: ['contracts', ':', 'name'], methods: { PUT: routes.renameContract } },
  { pattern: ['contracts', ':', 'resourcelimits'], methods: { PUT: routes.updateLimits } },
  { pattern: ['contracts', ':', 'admins'], methods: { GET: routes.listAdmins, POST: routes.createAdmin } },
  {
    pattern: ['contracts', ':', 'admins', ':'],
    methods: { GET: routes.getAdmin, PATCH: routes.patchAdmin, DELETE: routes.deleteAdmin },
  },
];

export async function startIonosSandbox(options: IonosSandboxOptions = {}): Promise<IonosSandbox> {
  const count = options.contracts ?? 250;
  if (!Number.isInteger(count) || count < 0 || count > IONOS_MAX_SEED_CONTRACTS) {
    throw new RangeError(`contracts must be a whole number from 0 to ${IONOS_MAX_SEED_CONTRACTS}`);
  }
  const state = seedState({ contracts: count, seed: options.seed ?? 1 });
  let origin = '';
  const server = await startSandboxServer({
    basePath: routes.BASE_PATH,
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.latencyMs !== undefined ? { latencyMs: options.latencyMs } : {}),
    handler: (request) => handle(request, state, origin),
  });
  origin = new URL(server.url).origin;
  return {
    ...server,
    state,
    demo: {
      username: IONOS_DEMO_USERNAME,
      password: IONOS_DEMO_PASSWORD,
      token: IONOS_DEMO_TOKEN,
      twoFactorUsername: IONOS_DEMO_2FA_USERNAME,
      twoFactorPassword: IONOS_DEMO_2FA_PASSWORD,
    },
  };
}

function handle(request: SandboxRequest, state: IonosState, origin: string): SandboxResponse {
  // Like the real service, authentication comes before routing: unknown paths answer 401 to strangers.
  const auth = authenticate(request.headers);
  if (!auth.ok) return auth.response;
  const segments = splitPath(request.path);
  if (segments === null) return errorResponse(404, 'Malformed path');
  const match = findRoute(segments);
  if (!match) return errorResponse(404, `No resource found at ${routes.BASE_PATH}${request.path}`);
  const handler = match.route.methods[request.method as Method];
  if (!handler) {
    const allow = Object.keys(match.route.methods).join(', ');
    return errorResponse(405, `Method ${request.method} is not allowed here (allowed: ${allow})`, { allow });
  }
  if (auth.principal === 'unprivileged' && match.route.pattern.length > 0) {
    return errorResponse(403, 'The user does not have the privileges required for the Reseller API');
  }
  return handler({ state, origin, request, params: match.params });
}

function splitPath(path: string): string[] | null {
  try {
    return path
      .split('/')
      .filter((segment) => segment.length > 0)
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
}

function findRoute(segments: readonly string[]): { route: Route; params: string[] } | undefined {
  for (const route of ROUTES) {
    if (route.pattern.length !== segments.length) continue;
    const params: string[] = [];
    const fits = route.pattern.every((part, index) => {
      const segment = segments[index] as string;
      if (part === ':') params.push(segment);
      return part === ':' || part === segment;
    });
    if (fits) return { route, params };
  }
  return undefined;
}
