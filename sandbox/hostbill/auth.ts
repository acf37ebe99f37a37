/**
 * Authentication, per the portal's auth mode.
 *
 * Chosen behaviours (documented here because the client is written against them):
 * - Bad credentials, on POST /login or in a Basic header: HTTP 200 `{"error": ["wronglogin"]}`.
 *   No Authorization header at all: the same answer.
 * - A Bearer token that is expired, logged out, revoked, rotated away or unknown: HTTP **401**
 *   `{"error": ["invalid_token"]}` with `WWW-Authenticate: Bearer error="invalid_token"` (what HostBill's
 *   JWT layer does; it is the one auth failure that is not HTTP 200). `expireTokens()` makes every issued
 *   access token answer that even though its `exp` claim still lies in the future.
 * - POST /token with a bad, used or revoked refresh token: HTTP 200 `{"error": ["invalid_token"]}`.
 *   Rotation: each use returns a new pair and the refresh token used stops working.
 * - Modes: 'jwt' (JWT and Basic), 'basic-only' (/login, /token, /logout, /revoke answer
 *   `{"error": ["invalid method"]}`), 'broken-jwt' (/login and /token answer `{"error": ["internal_error_0"]}`,
 *   Basic works), 'mfa' (see below).
 * - MFA: POST /login {username, password} answers HTTP 200
 *   `{"mfa": {"type": "totp", "message": "...", "field": "code"}}` and no token. Repeating the call with
 *   {username, password, code} returns the tokens; a wrong code answers `{"error": ["invalid_mfa_code"]}`.
 *   Basic auth is refused in this mode with `{"error": ["mfa_required"]}` (a second factor cannot ride on
 *   Basic), so the client must use /login.
 * - Contacts created with a password can sign in too; they act on the same account.
 */
import type { SandboxRequest, SandboxResponse } from '../server-kit';
import { text, type Body } from './body';
import { decodeJwt, issueJwt } from './jwt';
import { fail, INVALID_METHOD, ok } from './router';
import { ymdhms } from './rng';
import { addLog, type HostbillState } from './state';

const REFRESH_LIFETIME_MS = 14 * 86_400_000;

export interface AccessEntry {
  subject: string;
  expiresAtMs: number;
  refresh: string;
  revoked: boolean;
}

export interface RefreshEntry {
  subject: string;
  expiresAtMs: number;
  access: string;
}

export interface TokenStore {
  readonly access: Map<string, AccessEntry>;
  readonly refresh: Map<string, RefreshEntry>;
  lifetimeMs: number;
}

export function createTokenStore(lifetimeSeconds: number): TokenStore {
  return { access: new Map(), refresh: new Map(), lifetimeMs: lifetimeSeconds * 1000 };
}

/** Makes every issued access token expired (the /__sandbox/expire-tokens control route). */
export function expireAll(tokens: TokenStore, nowMs: number): void {
  for (const entry of tokens.access.values()) entry.expiresAtMs = Math.min(entry.expiresAtMs, nowMs - 1);
}

export type AuthResult =
  { readonly ok: true; readonly subject: string } | { readonly ok: false; readonly response: SandboxResponse };

const INVALID_TOKEN: SandboxResponse = {
  status: 401,
  headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
  body: { error: ['invalid_token'] },
};

export function authenticate(
  request: SandboxRequest,
  state: HostbillState,
  tokens: TokenStore,
  nowMs: number,
): AuthResult {
  const header = String(request.headers.authorization ?? '');
  const [scheme = '', credentials = ''] = header.trim().split(/\s+/, 2);
  if (scheme.toLowerCase() === 'bearer') {
    const entry = tokens.access.get(credentials);
    if (!entry || entry.revoked || entry.expiresAtMs <= nowMs) return { ok: false, response: INVALID_TOKEN };
    return { ok: true, subject: entry.subject };
  }
  if (scheme.toLowerCase() === 'basic') {
    const decoded = Buffer.from(credentials, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const subject = colon < 0 ? undefined : checkCredentials(state, decoded.slice(0, colon), decoded.slice(colon + 1));
    if (!subject) return { ok: false, response: fail('wronglogin') };
    if (state.mode === 'mfa') return { ok: false, response: fail('mfa_required') };
    return { ok: true, subject };
  }
  return { ok: false, response: fail('wronglogin') };
}

function checkCredentials(state: HostbillState, username: string, password: string): string | undefined {
  const name = username.trim().toLowerCase();
  if (name === state.client.email.toLowerCase() && password === state.client.password) return state.client.id;
  for (const contact of state.contacts.values()) {
    if (contact.password && name === contact.email.toLowerCase() && password === contact.password) return contact.id;
  }
  return undefined;
}

function issuePair(tokens: TokenStore, subject: string, nowMs: number): { token: string; refresh: string } {
  const token = issueJwt(subject, 'access', nowMs, tokens.lifetimeMs);
  const refresh = issueJwt(subject, 'refresh', nowMs, REFRESH_LIFETIME_MS);
  tokens.access.set(token, { subject, expiresAtMs: nowMs + tokens.lifetimeMs, refresh, revoked: false });
  tokens.refresh.set(refresh, { subject, expiresAtMs: nowMs + REFRESH_LIFETIME_MS, access: token });
  return { token, refresh };
}

const AUTH_PATHS = new Set(['/login', '/token', '/logout', '/revoke']);

/** Answers the auth endpoints, or undefined when the path is not one of them. */
export function handleAuthRoute(
  request: SandboxRequest,
  body: Body,
  state: HostbillState,
  tokens: TokenStore,
  now: Date,
): SandboxResponse | undefined {
  const path = request.path.replace(/\/+$/, '');
  if (!AUTH_PATHS.has(path)) return undefined;
  if (request.method !== 'POST' || state.mode === 'basic-only') return INVALID_METHOD();
  const nowMs = now.getTime();
  switch (path) {
    case '/login':
      return login(body, state, tokens, now);
    case '/token': {
      if (state.mode === 'broken-jwt') return fail('internal_error_0');
      const old = text(body, 'refresh_token');
      const entry = tokens.refresh.get(old);
      if (!entry || entry.expiresAtMs <= nowMs) return fail('invalid_token');
      tokens.refresh.delete(old);
      return ok(issuePair(tokens, entry.subject, nowMs));
    }
    case '/logout': {
      const result = authenticate(request, state, tokens, nowMs);
      if (!result.ok) return result.response;
      const access = tokens.access.get(bearer(request));
      if (access) access.revoked = true;
      return ok({ status: true });
    }
    default: {
      // /revoke: by the refresh token in the body, or by the access token in the header; both die.
      const refreshToken = text(body, 'refresh_token');
      const byRefresh = tokens.refresh.get(refreshToken);
      const access = byRefresh ? tokens.access.get(byRefresh.access) : tokens.access.get(bearer(request));
      if (!byRefresh && (!access || access.revoked || access.expiresAtMs <= nowMs)) return fail('invalid_token');
      if (access) {
        access.revoked = true;
        tokens.refresh.delete(access.refresh);
      }
      tokens.refresh.delete(refreshToken);
      return ok({ status: true });
    }
  }
}

function login(body: Body, state: HostbillState, tokens: TokenStore, now: Date): SandboxResponse {
  if (state.mode === 'broken-jwt') return fail('internal_error_0');
  const subject = checkCredentials(state, text(body, 'username'), text(body, 'password'));
  if (!subject) return fail('wronglogin');
  if (state.mode === 'mfa') {
    const code = text(body, 'code');
    if (code === '') {
      return ok({
        mfa: { type: 'totp', message: 'Enter the 6-digit code from your authenticator app', field: 'code' },
      });
    }
    if (code !== state.mfaCode) return fail('invalid_mfa_code');
  }
  state.client.lastlogin = ymdhms(now);
  addLog(state, 'login', 'Client logged in via API', now);
  return ok(issuePair(tokens, subject, now.getTime()));
}

function bearer(request: SandboxRequest): string {
  const match = /^\s*bearer\s+(\S+)/i.exec(String(request.headers.authorization ?? ''));
  return match?.[1] ?? '';
}

/** For tests: the claims of a token this simulator issued. */
export { decodeJwt };
