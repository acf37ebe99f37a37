/**
 * HostBill client-area ("User API") simulator: a stateful, seeded portal at `http://127.0.0.1:PORT/api`.
 * See auth.ts for the auth behaviours, routes/vms.ts for the VM fields, routes/dns.ts for the DNS quirks.
 *
 * Control routes (no auth, no faults): POST /__sandbox/expire-tokens, POST /__sandbox/mode {mode},
 * POST /__sandbox/invoices {action: pay|add|cancel, id?} (invoice-changes.ts),
 * GET/POST /__sandbox/modules {affiliates: boolean},
 * POST /__sandbox/notify and /__sandbox/staff-reply (routes/support-control.ts),
 * plus the shared POST/GET/DELETE /__sandbox/faults.
 */
import { parseJson, startSandboxServer, type SandboxHandler, type SandboxServer } from '../server-kit';
import { authenticate, createTokenStore, expireAll, handleAuthRoute, type TokenStore } from './auth';
import { parseBody } from './body';
import { invoiceChangeControl } from './invoice-changes';
import { compileRoutes, INVALID_METHOD, type Route } from './router';
import { accountRoutes } from './routes/account';
import { affiliateRoutes } from './routes/affiliates';
import { billingRoutes } from './routes/billing';
import { catalogRoutes } from './routes/catalog';
import { contactRoutes } from './routes/contacts';
import { dnsRoutes } from './routes/dns';
import { serviceRoutes } from './routes/services';
import { supportControl, supportRoutes } from './routes/support';
import { vmRoutes } from './routes/vms';
import { DEMO_MFA_CODE, DEMO_PASSWORD, DEMO_USERNAME } from './seed/account';
import { createState, DEFAULT_SIZE } from './seed/index';
import type { AuthMode, HostbillState, PortalQuirks } from './state';
import { createVmTimers } from './vm-state-machine';

export { DEMO_MFA_CODE, DEMO_PASSWORD, DEMO_USERNAME };
export type { AuthMode, HostbillState };

export interface HostbillSandboxOptions {
  readonly port?: number;
  readonly seed?: number;
  readonly latencyMs?: number;
  readonly mode?: AuthMode;
  /** Access token lifetime; default 900. Fractions are allowed (tests). */
  readonly tokenLifetimeSeconds?: number;
  /** How this portal differs from the usual one (no label in the detail, fewer methods). */
  readonly quirks?: Partial<PortalQuirks>;
  /** How long a VM stays in a transitional status; default 3. */
  readonly vmActionSeconds?: number;
  /** Optional modules; all on unless turned off here or with POST /__sandbox/modules. */
  readonly modules?: { readonly affiliates?: boolean };
  readonly size?: {
    readonly services?: number;
    readonly vms?: number;
    readonly zones?: number;
    readonly invoices?: number;
    /** One more DNS zone of this many records (e.g. 2000), for scale tests and the bench. */
    readonly largeZoneRecords?: number;
  };
}

export interface HostbillSandbox extends SandboxServer {
  readonly demo: { readonly username: string; readonly password: string; readonly mfaCode: string };
  /** The live world; tests may read and change it. */
  readonly state: HostbillState;
  readonly tokens: TokenStore;
  /** Makes every issued access token expired (their `exp` claims are left as they were). */
  expireTokens(): void;
  setMode(mode: AuthMode): void;
}

const MODES: readonly AuthMode[] = ['jwt', 'basic-only', 'broken-jwt', 'mfa'];

const ROUTES: readonly Route[] = [
  ...accountRoutes,
  ...serviceRoutes,
  ...vmRoutes,
  ...dnsRoutes,
  ...billingRoutes,
  ...supportRoutes,
  ...contactRoutes,
  ...catalogRoutes,
  ...affiliateRoutes,
];

export async function startHostbillSandbox(options: HostbillSandboxOptions = {}): Promise<HostbillSandbox> {
  const state = createState(options.seed ?? 1, { ...DEFAULT_SIZE, ...options.size }, options.mode ?? 'jwt');
  state.modules.affiliates = options.modules?.affiliates ?? true;
  state.quirks = { ...state.quirks, ...options.quirks };
  const tokens = createTokenStore(options.tokenLifetimeSeconds ?? 900);
  const timers = createVmTimers(options.vmActionSeconds ?? 3);
  const match = compileRoutes(ROUTES);

  const handler: SandboxHandler = (request) => {
    const now = new Date();
    const body = parseBody(request.bodyText, request.headers['content-type']);
    const authAnswer = handleAuthRoute(request, body, state, tokens, now);
    if (authAnswer) return authAnswer;
    const auth = authenticate(request, state, tokens, now.getTime());
    if (!auth.ok) return auth.response;
    const found = match(request.method, request.path);
    if (!found) return INVALID_METHOD();
    return found.route.handler({ request, params: found.params, body, state, timers, now });
  };

  const server = await startSandboxServer({
    port: options.port,
    basePath: '/api',
    latencyMs: options.latencyMs,
    handler,
    // A PHP portal behind a rate limiter or failing answers in its own dialect too.
    errorBody: (_status, message) => ({ error: [message] }),
    control: {
      'expire-tokens': (request) => {
        if (request.method !== 'POST') return { status: 405, body: { error: 'use POST' } };
        expireAll(tokens, Date.now());
        return { status: 200, body: { expired: tokens.access.size } };
      },
      modules: (request) => {
        const body = parseJson(request.bodyText) as { affiliates?: unknown } | undefined;
        if (request.method === 'POST' && typeof body?.affiliates === 'boolean')
          state.modules.affiliates = body.affiliates;
        else if (request.method !== 'GET') return { status: 400, body: { error: 'POST {"affiliates": boolean}' } };
        return { status: 200, body: { ...state.modules } };
      },
      mode: (request) => {
        if (request.method === 'GET') return { status: 200, body: { mode: state.mode } };
        const mode = (parseJson(request.bodyText) as { mode?: unknown } | undefined)?.mode;
        if (request.method !== 'POST' || !MODES.includes(mode as AuthMode)) {
          return { status: 400, body: { error: `POST {"mode": one of ${MODES.join(', ')}}` } };
        }
        state.mode = mode as AuthMode;
        return { status: 200, body: { mode: state.mode } };
      },
      invoices: invoiceChangeControl(state),
      ...supportControl(state),
    },
  });

  return {
    ...server,
    url: server.url,
    port: server.port,
    faults: server.faults,
    demo: { username: DEMO_USERNAME, password: DEMO_PASSWORD, mfaCode: DEMO_MFA_CODE },
    state,
    tokens,
    expireTokens: () => expireAll(tokens, Date.now()),
    setMode: (mode) => {
      state.mode = mode;
    },
    close: async () => {
      timers.clear();
      await server.close();
    },
  };
}
