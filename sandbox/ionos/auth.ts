/**
 * Who is calling: HTTP Basic or a Bearer API token, as the Reseller API takes them. A second demo
 * user has two-factor auth and, like on the real service, cannot use Basic at all.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { SandboxResponse } from '../server-kit';
import { errorResponse } from './errors';

export const IONOS_DEMO_USERNAME = 'reseller@demo.example';
export const IONOS_DEMO_PASSWORD = 'demo-password';
export const IONOS_DEMO_TOKEN = 'demo-ionos-api-token-8f2c1e7b4a9d';
export const IONOS_DEMO_2FA_USERNAME = 'twofactor@demo.example';
export const IONOS_DEMO_2FA_PASSWORD = 'demo-2fa-password';
/** A valid token of a user without reseller privileges: every call but GET / answers 403. */
export const IONOS_DEMO_NO_PRIVILEGE_TOKEN = 'demo-ionos-unprivileged-token-3b6e';

export type Principal = 'reseller' | 'unprivileged';

export type AuthOutcome =
  { readonly ok: true; readonly principal: Principal } | { readonly ok: false; readonly response: SandboxResponse };

export function authenticate(headers: IncomingHttpHeaders): AuthOutcome {
  const header = headers.authorization ?? '';
  const [scheme = '', ...rest] = header.trim().split(/\s+/);
  const credential = rest.join(' ');
  if (scheme.toLowerCase() === 'basic') return basic(credential);
  if (scheme.toLowerCase() === 'bearer') {
    if (credential === IONOS_DEMO_TOKEN) return { ok: true, principal: 'reseller' };
    if (credential === IONOS_DEMO_NO_PRIVILEGE_TOKEN) return { ok: true, principal: 'unprivileged' };
    return denied('The API token is invalid, expired or revoked');
  }
  return denied('Authentication is required: use HTTP Basic authentication or a Bearer API token');
}

function basic(credential: string): AuthOutcome {
  const decoded = Buffer.from(credential, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return denied('Malformed Basic credentials');
  const username = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (username === IONOS_DEMO_USERNAME && password === IONOS_DEMO_PASSWORD) return { ok: true, principal: 'reseller' };
  if (username === IONOS_DEMO_2FA_USERNAME && password === IONOS_DEMO_2FA_PASSWORD) {
    return denied(
      'Two-factor authentication is enabled for this account: Basic authentication is not supported. Use an API token (Bearer) instead.',
    );
  }
  return denied('Invalid username or password');
}

function denied(message: string): AuthOutcome {
  return { ok: false, response: errorResponse(401, message) };
}
